/**
 * Fixture evaluation: `fixtures/<slug>.txt` with `fixtures/<slug>.gold.json` (validated by the output
 * schema; an optional `"annotated": [kinds]` says which kinds the gold covers, default all five).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionSchema, RECORD_KINDS, type Extraction } from '../schema/result.js';
import { findBadSpan } from '../pipeline/spans.js';
import { createExtractor, type Extractor } from '../pipeline/run.js';
import { prf, scoreExtraction, type PRF, type Scores } from './score.js';

export interface Fixture {
  slug: string;
  text: string;
  gold: Extraction;
  annotated: ReadonlySet<string>;
}

/** Reads and validates every fixture in `dir`; throws naming the file on the first invalid gold. */
export function loadFixtures(dir: string): Fixture[] {
  if (!existsSync(dir)) throw new Error(`no fixtures directory: ${dir}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const slug = f.slice(0, -'.gold.json'.length);
      const text = readFileSync(join(dir, `${slug}.txt`), 'utf8');
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { annotated?: string[] };
      const parsed = ExtractionSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${f}: invalid gold: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const bad = findBadSpan(parsed.data, text);
      if (bad) throw new Error(`${f}: ${bad}`);
      const annotated = new Set(raw.annotated ?? RECORD_KINDS);
      return { slug, text, gold: parsed.data, annotated };
    });
}

export interface EvalReport {
  fixtures: { slug: string; scores: Record<string, PRF & { gold: number; pred: number; matched: number }> }[];
  total: Record<string, PRF & { gold: number; pred: number; matched: number }>;
  rules: Record<string, { pred: number; matched: number; precision: number }>;
}

export function evaluateFixtures(dir: string, extractor: Extractor = createExtractor()): EvalReport {
  const total: Scores = {};
  const fixtures: EvalReport['fixtures'] = [];
  for (const fx of loadFixtures(dir)) {
    const pred = extractor.extract(fx.text, { id: fx.slug });
    const own = scoreExtraction(fx.gold, pred, fx.annotated);
    scoreExtraction(fx.gold, pred, fx.annotated, total);
    fixtures.push({ slug: fx.slug, scores: summarise(own) });
  }
  const rules: EvalReport['rules'] = {};
  for (const [measure, c] of Object.entries(total)) {
    if (measure.includes('.') || measure === 'entity-names') continue;
    for (const [rule, r] of Object.entries(c.rules)) rules[rule] = { ...r, precision: r.pred ? r.matched / r.pred : 0 };
  }
  return { fixtures, total: summarise(total), rules };
}

function summarise(scores: Scores): EvalReport['total'] {
  return Object.fromEntries(
    Object.entries(scores).map(([k, c]) => [k, { gold: c.gold, pred: c.pred, matched: c.matched, ...prf(c) }]),
  );
}

export function formatEvalReport(report: EvalReport, perRule = true): string {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, s: EvalReport['total'][string]) =>
    `${name.padEnd(18)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)} ${String(s.matched).padStart(5)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}`;
  const lines = [`${'measure'.padEnd(18)}  gold  pred match  prec    rec     F1`];
  for (const [k, s] of Object.entries(report.total)) lines.push(row(k, s));
  if (perRule) {
    lines.push('', `${'rule'.padEnd(34)}  pred match  prec`);
    for (const [rule, r] of Object.entries(report.rules).sort()) {
      lines.push(`${rule.padEnd(34)} ${String(r.pred).padStart(5)} ${String(r.matched).padStart(5)}  ${f(r.precision)}`);
    }
  }
  return lines.join('\n');
}
