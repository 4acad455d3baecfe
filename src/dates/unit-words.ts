/**
 * Unit words read without a plain count before them: "hours after", "weeks or months of", "two-week",
 * and whether "a second" is the unit or the ordinal. Helpers of the dates/duration rule.
 */
import { unitOf, type Unit } from './lexicon.js';
import { durationValue, readNumber, wordNumber } from './normalise.js';
import type { Hit, Scan } from './scan.js';

/** Words after a bare plural unit that make it a stretch of time: "hours after", "months of talks", "weeks away". */
const BARE_AFTER = new Set(['ago', 'later', 'earlier', 'after', 'before', 'away', 'of']);
/** Words before a unit that make it a thing, not a stretch: "the days of", "those years before". */
const NOT_BARE = new Set(['the', 'these', 'those', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose', 'of', 'what', 'which', 'many', 'several', 'few', 'some', 'more', 'most', 'all',
  // "3.6 million hours of spills" is an amount, not a stretch
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'millions', 'thousands', 'hundreds', 'dozens']);

/**
 * "hours after the vote", "months of talks", "weeks away", "years ago": a bare plural unit the
 * word after shows to be time ("months ago" keeps its "ago"); "days of protest" with a
 * determiner ("the days of") or an adjective before it names an era and is left out.
 */
export function bareBefore(s: Scan, i: number, unit: Unit): Hit | null {
  const next = s.w(i + 1);
  if (!BARE_AFTER.has(next) || unit.name === 'second' || unit.name === 'quarter') return null;
  const prev = s.w(i - 1);
  if (NOT_BARE.has(prev) || /^\d/.test(prev) || readNumber(s, i - 1) || (s.has(i - 1, 'Adjective') && !s.has(i - 1, 'Adverb'))) return null;
  if (next === 'of' && (s.w(i + 2) === 'age' || !/^[a-z]/.test(s.text(i + 2)))) return null;
  // the TempEval gold writes a bare "months ago" as the open stretch, "ago" in its span
  if (next === 'ago') return { from: i, to: i + 2, type: 'DURATION', value: durationValue(null, unit) };
  return { from: i, to: i + 1, type: 'DURATION', value: durationValue(null, unit) };
}

/** "weeks or months of talks": one open stretch, valued by its first unit. */
export function bareRange(s: Scan, i: number, unit: Unit): Hit | null {
  const other = unitOf(s.w(i + 2));
  if ((s.w(i + 1) !== 'or' && s.w(i + 1) !== 'to') || !other || !s.w(i + 2).endsWith('s') || !BARE_AFTER.has(s.w(i + 3))) return null;
  const prev = s.w(i - 1);
  if (NOT_BARE.has(prev) || /^\d/.test(prev) || readNumber(s, i - 1)) return null;
  return { from: i, to: i + 3, type: 'DURATION', value: durationValue(null, unit) };
}

/** "two-week", "10-year", "48-hour", but not "45-year-old". */
export function hyphenated(s: Scan, i: number): { n: number | null; unit: Unit; next: number } | null {
  const g = s.glued(i);
  // "day-long", "decades-long", "two-year-long": how long something lasted
  const long = /^(?:([a-z]+|\d+)-)?([a-z]+)-long$/.exec(g.word);
  const longUnit = long ? unitOf(long[2]!) : null;
  if (long && longUnit && longUnit.name !== 'quarter') {
    const n = long[1] === undefined ? (long[2]!.endsWith('s') ? null : 1) : /^\d/.test(long[1]) ? Number(long[1]) : wordNumber(long[1]);
    if (long[1] === undefined || n !== null) return { n, unit: longUnit, next: g.next };
  }
  const m = /^([a-z]+|\d+(?:\.\d+)?)-(?:and-a-half-)?([a-z]+)$/.exec(g.word);
  if (!m) return null;
  const unit = unitOf(m[2]!);
  // "several-year": a count left open
  const vague = m[1] === 'several' || m[1] === 'multi';
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : vague ? null : wordNumber(m[1]!);
  if (!unit || (n === null && !vague) || m[2]!.endsWith('s') || unit.name === 'quarter') return null;
  if (s.w(g.next) === '-' || s.w(g.next) === 'old') return null;
  // "$15-an-hour": a rate (the set rule's), not a stretch of one hour
  if ((m[1] === 'a' || m[1] === 'an') && s.w(i - 1) === '-' && /\d/.test(s.w(i - 2))) return null;
  return { n, unit, next: g.next };
}

const AFTER_SECOND = new Set(['later', 'earlier', 'ago', 'longer', 'before', 'after', 'when', 'that', 'too']);

/**
 * "a second" the unit ends its phrase ("for a second.", "a second later", "a second or two");
 * otherwise it is the ordinal: "a second term", "a second five-year term", "a second- or third-tier issue".
 */
export function unitSecond(s: Scan, k: number): boolean {
  const next = s.w(k + 1);
  if (!next || /^[.,;:!?)"”’]$/.test(next)) return true;
  if (next === 'or' || next === 'and') return s.w(k + 2) === 'two' || s.w(k + 2) === 'so';
  if (next === '-' || /^\d/.test(next) || readNumber(s, k + 1)) return false;
  return AFTER_SECOND.has(next) || (s.has(k + 1, 'Preposition') && !s.touching(k));
}
