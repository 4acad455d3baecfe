/**
 * Cues inside a direct quotation: "“They want safe streets,” she said" credits the quote to its
 * speaker; PARC-style annotation (PolNeAR) leaves the attributions the speaker makes inside it
 * unmarked (on the dev corpus, 1 in 15 such cues was an attribution). The claims stage drops those
 * candidates, whichever rule made them.
 */
import type { Document } from '../doc/document.js';
import type { Span } from '../schema/span.js';
import { paragraphBreakBefore, sideOf } from '../cues/quotes.js';

/** How far back a quotation may have opened, in tokens: keeps the scan linear in the text. */
const MAX_BACK = 300;

/**
 * Is document token `i` inside a double-mark quotation opened earlier in the same paragraph?
 * Single marks (‘ ’) are skipped: the right one is mostly an apostrophe ("voters’ anger").
 */
export function insideQuotation(doc: Document, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - MAX_BACK; j--) {
    const t = doc.tokens[j]!;
    if (paragraphBreakBefore(doc, j + 1)) return false;
    if (t.text === '‘' || t.text === '’') continue;
    const side = sideOf(doc, t);
    if (side) return side === 'open';
  }
  return false;
}

/** Does the cue starting at character `start` stand inside a quotation? (binary search for its token) */
export function cueQuoted(doc: Document, start: number): boolean {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.tokens.length && insideQuotation(doc, lo);
}

/**
 * Claims whose cue stands inside the content of another claim that follows its cue ("Ruiz said
 * that Ortiz wants a recount": "wants" is inside what Ruiz said) or of an "according to". PolNeAR marks the outer
 * attribution and seldom the nested one (about a quarter of them on the dev corpus), so these
 * are dropped. Sorting and one sweep keep it O(n log n) in the number of claims.
 */
export function withoutNested<C extends { cue: Span; content: Span; cueClass: string }>(claims: readonly C[]): C[] {
  // "Most voters say they back the levy, according to the poll": an "according to" credits the clause before it, nested cues included.
  const spans = claims.filter((c) => c.content.start >= c.cue.end || (c.cueClass === 'according-to' && c.content.end <= c.cue.start)).map((c) => [c.content.start, c.content.end] as const).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged.at(-1);
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const inside = (x: number) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = merged[mid]!;
      if (x < s) hi = mid - 1;
      else if (x >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
  // An "according to" inside a content still credits its clause (two in three were attributions): kept.
  return claims.filter((c) => c.cueClass === 'according-to' || !inside(c.cue.start));
}
