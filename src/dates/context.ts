/** Words around a time expression that TimeML includes in its span: "early", "the end of", "fiscal". */
import { POSITION_MODS, QUANT_MODS } from './lexicon.js';
import type { Scan } from './scan.js';
import { quarterOf, type Ymd } from '../util/calendar.js';
import { table } from '../lexicon/table.js';

export interface Prefix {
  from: number;
  mod: string | null;
}

const PHRASES: readonly [readonly string[], string][] = [
  [['the', 'end', 'of'], 'END'],
  [['the', 'beginning', 'of'], 'START'],
  [['the', 'start', 'of'], 'START'],
  [['the', 'middle', 'of'], 'MID'],
  [['the', 'turn', 'of'], 'START'],
];

/** "early", "late", "mid", "the end of" ... just before token i. */
export function positionBefore(s: Scan, i: number): Prefix {
  for (const [words, mod] of PHRASES) {
    const k = words.length;
    if (i >= k && words.every((w, j) => s.w(i - k + j) === w)) return { from: i - k, mod };
  }
  const w = s.w(i - 1);
  if (w in POSITION_MODS && w !== 'later' && w !== 'earlier') {
    const from = s.w(i - 2) === 'the' ? i - 2 : i - 1;
    return { from, mod: POSITION_MODS[w]! };
  }
  if (w === '-' && s.w(i - 2) === 'mid') return { from: i - 2, mod: 'MID' };
  return { from: i, mod: null };
}

/** A word that makes a bare month or year read as time: "in May", "since 1998". */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'of', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'before', 'after', 'during', 'between',
  'and', 'or', 'last', 'this', 'next', 'early', 'late', 'mid', 'end', 'until', 'throughout', 'around', '-', 'fiscal',
]);

const MULTI_QUANT: readonly [string, string, string][] = [
  ['more', 'than', 'MORE_THAN'], ['less', 'than', 'LESS_THAN'], ['fewer', 'than', 'LESS_THAN'],
  ['at', 'least', 'EQUAL_OR_MORE'], ['up', 'to', 'EQUAL_OR_LESS'], ['at', 'most', 'EQUAL_OR_LESS'],
];

/** An approximator at i ("nearly", "more than", "about"): where the count starts, and the mod. */
export function quantifierAt(s: Scan, i: number): { next: number; mod: string | null } {
  for (const [a, b, mod] of MULTI_QUANT) if (s.w(i) === a && s.w(i + 1) === b) return { next: i + 2, mod };
  const w = s.w(i);
  if (w in QUANT_MODS && w !== 'some' && w !== 'over' && w !== 'under') return { next: i + 1, mod: QUANT_MODS[w]! };
  return { next: i, mod: null };
}

/** True when the document reports by quarter (earnings news): its year-ago references are quarters. */
export function mentionsQuarter(tokens: readonly { norm: string }[]): boolean {
  return tokens.some((t) => t.norm === 'quarter' || t.norm.endsWith('-quarter'));
}

/** A quarter as year and number. */
export interface Quarter {
  y: number;
  q: number;
}

const QUARTER_ORDINALS: Readonly<Record<string, number>> = table({ first: 1, second: 2, third: 3, fourth: 4 });

/**
 * The quarter an earnings report is about, which its "the quarter", "the latest period" and
 * "a year earlier" refer to: the ordinal quarter it names most ("the fiscal first quarter",
 * "fourth-quarter"), else the last completed one. Ties keep the last completed quarter.
 */
export function reportedQuarter(tokens: readonly { norm: string }[], anchor: Ymd): Quarter {
  const aq = quarterOf(anchor.m);
  const last: Quarter = aq === 1 ? { y: anchor.y - 1, q: 4 } : { y: anchor.y, q: aq - 1 };
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm.replace(/^fiscal-/, '');
    const glued = /^(first|second|third|fourth)-quarter$/.exec(w);
    let q = glued ? QUARTER_ORDINALS[glued[1]!]! : 0;
    if (!q && w in QUARTER_ORDINALS) {
      let k = i + 1;
      while (tokens[k]?.norm === 'fiscal' || tokens[k]?.norm === '-') k++;
      if (tokens[k]?.norm === 'quarter') q = QUARTER_ORDINALS[w]!;
    }
    if (q) counts[q]!++;
  }
  const best = Math.max(...counts);
  if (best === 0 || counts[last.q] === best) return last;
  const q = counts.indexOf(best);
  return { y: q > aq ? anchor.y - 1 : anchor.y, q };
}

/** The reported quarter a year earlier: what "a year ago" means in a quarterly report. */
export function yearAgoQuarter(reported: Quarter): string {
  return `${reported.y - 1}-Q${reported.q}`;
}
