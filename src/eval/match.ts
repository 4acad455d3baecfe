/** Matching helpers for fixture scoring: span overlap, entity alignment, greedy one-to-one pairing. */
import type { Entity } from '../schema/entity.js';

export interface Range {
  start: number;
  end: number;
}

export const overlaps = (a: Range | null | undefined, b: Range | null | undefined): boolean =>
  !!a && !!b && a.start < b.end && b.start < a.end;

/** Overlap length over the longer span's length. */
export function overlapRatio(a: Range, b: Range): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.max(a.end - a.start, b.end - b.start, 1);
}

/**
 * Maps each predicted entity id to the gold entity id it shares the most overlapping mentions with
 * (pronoun mentions aside): the way we say a predicted holder "is" a gold holder.
 */
export function alignEntities(gold: readonly Entity[], pred: readonly Entity[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of pred) {
    let best: string | null = null;
    let bestCount = 0;
    for (const g of gold) {
      let count = 0;
      for (const pm of p.mentions) {
        if (pm.kind === 'pronoun') continue;
        if (g.mentions.some((gm) => gm.kind !== 'pronoun' && overlaps(pm, gm))) count++;
      }
      if (count > bestCount) [best, bestCount] = [g.id, count];
    }
    if (best) map.set(p.id, best);
  }
  return map;
}

/** Greedy one-to-one matching: pairs are taken by descending score; score 0 means no match. */
export function greedyMatch<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P) => number): [number, number][] {
  const pairs: { g: number; p: number; s: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const s = score(g, p);
      if (s > 0) pairs.push({ g: gi, p: pi, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([g, p]);
  }
  return out;
}
