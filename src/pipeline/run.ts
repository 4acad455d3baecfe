/**
 * The runner: validates the configuration once, prepares each stage's data once, and freezes the
 * result. Per document it builds the document model, runs every stage's rules in order, stamps and
 * checks each candidate, resolves candidates into records, numbers them, and validates the output.
 */
import { buildDocument, type Document } from '../doc/document.js';
import { ExtractorConfigSchema, ExtractOptionsSchema, type ExtractorConfig, type ExtractOptions, type ResolvedConfig } from '../schema/options.js';
import { ExtractionSchema, type Extraction, type TraceEvent } from '../schema/result.js';
import type { Span } from '../schema/span.js';
import { ExtractError } from './errors.js';
import type { Rule, RuleContext, Stage, Stamped } from './rule.js';
import { findBadSpan } from './spans.js';
import { ID_PREFIX, STAGES } from './stages.js';
import { checkText } from './input.js';

export type { TraceEvent };

/**
 * Optional instrumentation, outside the validated options because it holds a function: `timing`
 * is called once per phase with its wall time in ms. Phases: 'document' (sentences, tokens and
 * compromise tagging; its parts are also reported as 'document.sentences', 'document.compromise'
 * and 'document.tokens'), then each stage's kind ('entities', 'dates', ...), then 'validate'.
 * Used by `npm run bench`; costs nothing when absent.
 */
export interface ExtractHooks {
  timing?(phase: string, ms: number): void;
}

export interface Extractor {
  /** Extracts every record kind from one article. */
  extract(text: string, options?: ExtractOptions, hooks?: ExtractHooks): Extraction;
  /** The active rules, in pipeline order. */
  readonly rules: readonly Rule<any, any>[];
  readonly config: Readonly<ResolvedConfig>;
}

interface Prepared {
  stage: Stage<any, any, any>;
  data: unknown;
  rules: readonly Rule<any, any>[];
}

export function createExtractor(config: ExtractorConfig = {}): Extractor {
  const parsed = ExtractorConfigSchema.safeParse(config);
  if (!parsed.success) throw new ExtractError('CONFIG', `invalid configuration: ${oneLine(parsed.error)}`);
  const cfg = deepFreeze(parsed.data);
  const known = new Set(STAGES.flatMap((s) => s.rules.map((r) => r.id)));
  const unknown = cfg.disable.filter((id) => !known.has(id));
  if (unknown.length) throw new ExtractError('CONFIG', `unknown rule id(s) in disable: ${unknown.join(', ')}`);
  const disabled = new Set(cfg.disable);
  const prepared: Prepared[] = STAGES.map((stage) => ({
    stage,
    data: stage.prepare(cfg),
    rules: stage.rules.filter((r) => !disabled.has(r.id)),
  }));

  function extract(text: string, options: ExtractOptions = {}, hooks?: ExtractHooks): Extraction {
    const timing = hooks?.timing;
    let t0 = timing ? performance.now() : 0;
    const lap = (phase: string): void => {
      if (!timing) return;
      const t1 = performance.now();
      timing(phase, t1 - t0);
      t0 = t1;
    };
    const opts = ExtractOptionsSchema.safeParse(options);
    if (!opts.success) throw new ExtractError('OPTIONS', `invalid options: ${oneLine(opts.error)}`);
    checkText(text, cfg.maxInputLength);
    const doc = buildDocument(text, { date: opts.data.date ?? null, timing });
    lap('document');
    const trace: TraceEvent[] | null = opts.data.trace ? [] : null;
    const records: Partial<Extraction> = {};
    for (const p of prepared) {
      const base = { doc, data: p.data, records };
      const candidates: Stamped<unknown>[] = [];
      for (const rule of p.rules) runRule(rule, base, candidates, trace);
      const resolved = p.stage.resolve(candidates, base) as Record<string, unknown>[];
      const prefix = ID_PREFIX[p.stage.kind];
      (records as Record<string, unknown>)[p.stage.kind] = resolved.map((r, i) => ({ id: `${prefix}${i + 1}`, ...r }));
      lap(p.stage.kind);
    }
    const out = {
      id: opts.data.id ?? null,
      date: doc.date,
      dateSource: doc.dateSource,
      entities: records.entities ?? [],
      dates: records.dates ?? [],
      deadlines: records.deadlines ?? [],
      stances: records.stances ?? [],
      claims: records.claims ?? [],
      ...(trace ? { trace } : {}),
    };
    const checked = ExtractionSchema.safeParse(out);
    if (!checked.success) throw new Error(`internal error: output fails its schema: ${oneLine(checked.error)}`);
    lap('validate');
    return checked.data;
  }

  return Object.freeze({ extract, rules: Object.freeze(prepared.flatMap((p) => p.rules)), config: cfg });
}

/** Runs one rule, stamping what it emits; candidates with bad spans are refused (and traced). */
export function runRule(
  rule: Rule<any, any>,
  base: Omit<RuleContext<unknown, unknown>, 'emit'>,
  into: Stamped<unknown>[],
  trace: TraceEvent[] | null,
): void {
  const emit = (candidate: Record<string, unknown> & { evidence: Span; confidence?: number }) => {
    const bad = candidate?.evidence ? findBadSpan(candidate, base.doc.text) : 'no evidence span';
    if (bad) {
      trace?.push({ rule: rule.id, event: 'refused', reason: bad });
      return;
    }
    const stamped = { ...candidate, rule: rule.id, confidence: candidate.confidence ?? rule.confidence };
    into.push(stamped as Stamped<unknown>);
    const at = spanOf(candidate);
    trace?.push({ rule: rule.id, event: 'emitted', ...at });
  };
  rule.run({ ...base, emit } as RuleContext<unknown, unknown>);
}

function spanOf(c: Record<string, unknown>): { start?: number; end?: number } {
  const s = (typeof c.start === 'number' ? c : (c.cue ?? c.evidence)) as { start?: number; end?: number };
  return { start: s?.start, end: s?.end };
}

function oneLine(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export type { Document };
