/**
 * A rule is a plain object: an id equal to its path ("claims/said-that"), a description, a base
 * confidence, examples that must and must not match, and `run`, which emits candidates through the
 * context. The runner stamps each candidate with the rule id and checks its spans.
 */
import type { Document } from '../doc/document.js';
import type { Span } from '../schema/span.js';
import type { RecordKind } from '../schema/result.js';
import type { Extraction } from '../schema/result.js';
import type { ResolvedConfig } from '../schema/options.js';

export interface RuleExample {
  text: string;
  /** Document date for the example, when it matters. */
  date?: string;
  /** A subset of one emitted candidate: span objects may be given as their text only. */
  expect?: Record<string, unknown>;
  /** A known miss: the test fails if it starts to pass, so that it gets promoted. */
  backlog?: boolean;
}

export type NoMatchExample = string | { text: string; date?: string };

/** What a rule sees: the document, its stage's prepared data, and the records of earlier stages. */
export interface RuleContext<C, D = unknown> {
  readonly doc: Document;
  /** What the stage's `prepare` built once from the configuration (lexicons, gazetteer index). */
  readonly data: D;
  readonly records: Readonly<Partial<Extraction>>;
  emit(candidate: C & { evidence: Span; confidence?: number }): void;
}

export interface Rule<C = unknown, D = unknown> {
  readonly id: string;
  readonly kind: RecordKind;
  readonly description: string;
  /** Confidence given to a candidate that sets none. */
  readonly confidence: number;
  readonly examples: { readonly match: readonly RuleExample[]; readonly noMatch: readonly NoMatchExample[] };
  run(ctx: RuleContext<C, D>): void;
}

export function defineRule<C, D = unknown>(rule: Rule<C, D>): Rule<C, D> {
  return Object.freeze(rule);
}

/** A candidate after the runner stamped it. */
export type Stamped<C> = C & { rule: string; confidence: number; evidence: Span };

/** One kind's stage: its ordered rules, and how their candidates become records. */
export interface Stage<C = unknown, R = unknown, D = unknown> {
  readonly kind: RecordKind;
  readonly rules: readonly Rule<C, D>[];
  /** Builds the stage's data once per extractor from the validated configuration. */
  prepare(config: ResolvedConfig): D;
  /** Merge, dedupe and finish candidates into records without ids (the runner numbers them). */
  resolve(candidates: Stamped<C>[], ctx: Omit<RuleContext<C, D>, 'emit'>): R[];
}
