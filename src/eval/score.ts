/**
 * Scores one extraction against its gold, per measure. A measure counts gold items, predicted
 * items and matches; precision = matched / predicted, recall = matched / gold. Each predicted item's
 * rule is kept so that a false positive can be traced to the rule that made it.
 *
 * Measures: `entities` (mentions: exact span and entity type; pronoun mentions aside),
 * `entity-names` (one per entity: canonical name and type), `dates` (overlapping span, same value),
 * `deadlines` (same sentence) and its `deadlines.issuer/target/due` (a matched deadline with the right
 * field), `stances` (overlapping cue, same polarity, same holder) and `stances.target`, `claims`
 * (overlapping cue, contents overlapping by half of the longer) and `claims.source`.
 */
import type { Extraction } from '../schema/result.js';
import { alignEntities, greedyMatch, overlapRatio, overlaps } from './match.js';

export interface Count {
  gold: number;
  pred: number;
  matched: number;
  /** Per rule: predicted and matched. */
  rules: Record<string, { pred: number; matched: number }>;
}

export type Scores = Record<string, Count>;

const emptyCount = (): Count => ({ gold: 0, pred: 0, matched: 0, rules: {} });

function count(scores: Scores, name: string, gold: number, preds: readonly { rule: string }[], matchedIdx: Iterable<number>): void {
  const c = (scores[name] ??= emptyCount());
  const matched = new Set(matchedIdx);
  c.gold += gold;
  c.pred += preds.length;
  c.matched += matched.size;
  preds.forEach((p, i) => {
    const r = (c.rules[p.rule] ??= { pred: 0, matched: 0 });
    r.pred++;
    if (matched.has(i)) r.matched++;
  });
}

export function scoreExtraction(gold: Extraction, pred: Extraction, kinds: ReadonlySet<string>, into: Scores = {}): Scores {
  const align = alignEntities(gold.entities, pred.entities);
  const same = (p: string | null, g: string | null) => (p === null ? g === null : align.get(p) === g);

  if (kinds.has('entities')) {
    const typed = (x: Extraction) =>
      x.entities.flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => ({ ...m, type: e.type, rule: m.rule ?? e.rule })));
    const g = typed(gold);
    const p = typed(pred);
    const pairs = greedyMatch(g, p, (a, b) => (a.start === b.start && a.end === b.end && a.type === b.type ? 1 : 0));
    count(into, 'entities', g.length, p, pairs.map(([, pi]) => pi));
    const key = (e: { name: string; type: string }) => `${e.name.toLowerCase()}|${e.type}`;
    const namePairs = greedyMatch(gold.entities, pred.entities, (a, b) => (key(a) === key(b) ? 1 : 0));
    count(into, 'entity-names', gold.entities.length, pred.entities, namePairs.map(([, pi]) => pi));
  }
  if (kinds.has('dates')) {
    const pairs = greedyMatch(gold.dates, pred.dates, (a, b) => (overlaps(a, b) && a.value === b.value ? 1 + overlapRatio(a, b) : 0));
    count(into, 'dates', gold.dates.length, pred.dates, pairs.map(([, pi]) => pi));
  }
  if (kinds.has('deadlines')) {
    const pairs = greedyMatch(gold.deadlines, pred.deadlines, (a, b) => (overlaps(a.evidence, b.evidence) ? 1 + (overlaps(a.cue, b.cue) ? 1 : 0) : 0));
    count(into, 'deadlines', gold.deadlines.length, pred.deadlines, pairs.map(([, pi]) => pi));
    const field = (name: string, ok: (g: (typeof gold.deadlines)[number], p: (typeof pred.deadlines)[number]) => boolean) =>
      count(into, `deadlines.${name}`, gold.deadlines.length, pred.deadlines, pairs.filter(([gi, pi]) => ok(gold.deadlines[gi]!, pred.deadlines[pi]!)).map(([, pi]) => pi));
    field('issuer', (g, p) => same(p.issuer, g.issuer));
    field('target', (g, p) => same(p.target, g.target));
    field('due', (g, p) => (g.due ?? g.dueLatest) === (p.due ?? p.dueLatest));
  }
  if (kinds.has('stances')) {
    const pairs = greedyMatch(gold.stances, pred.stances, (a, b) =>
      overlaps(a.cue, b.cue) && a.polarity === b.polarity && same(b.holder, a.holder) ? 1 + overlapRatio(a.cue, b.cue) : 0,
    );
    count(into, 'stances', gold.stances.length, pred.stances, pairs.map(([, pi]) => pi));
    const targetOk = pairs.filter(([gi, pi]) => {
      const g = gold.stances[gi]!;
      const p = pred.stances[pi]!;
      return g.target ? same(p.target, g.target) : !p.target || p.targetText !== null;
    });
    count(into, 'stances.target', gold.stances.length, pred.stances, targetOk.map(([, pi]) => pi));
  }
  if (kinds.has('claims')) {
    const pairs = greedyMatch(gold.claims, pred.claims, (a, b) =>
      overlaps(a.cue, b.cue) && overlapRatio(a.content, b.content) >= 0.5 ? 1 + overlapRatio(a.content, b.content) : 0,
    );
    count(into, 'claims', gold.claims.length, pred.claims, pairs.map(([, pi]) => pi));
    const sourceOk = pairs.filter(([gi, pi]) => {
      const g = gold.claims[gi]!;
      const p = pred.claims[pi]!;
      if (g.source) return same(p.source, g.source) || overlaps(g.sourceSpan, p.sourceSpan);
      return g.sourceSpan ? overlaps(g.sourceSpan, p.sourceSpan) : p.sourceSpan === null;
    });
    count(into, 'claims.source', gold.claims.length, pred.claims, sourceOk.map(([, pi]) => pi));
  }
  return into;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Pick<Count, 'gold' | 'pred' | 'matched'>): PRF {
  const precision = c.pred ? c.matched / c.pred : c.gold ? 0 : 1;
  const recall = c.gold ? c.matched / c.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
