/**
 * The date an article last named, tracked sentence by sentence for the anaphoric rule: an explicit
 * year or month ("in 1988", "In March", "last year"), and the day the story is on ("June 3",
 * "Monday", "yesterday"). Read from left to right, so the cost stays one pass.
 */
import { addDays, addMonths, type Ymd } from '../util/calendar.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon.js';
import { pickDayYear, pickMonthYear, pickWeekday } from './normalise.js';
import type { Scan } from './scan.js';
import { DETERMINERS } from './verbs.js';
import { table } from '../lexicon/table.js';

export interface Mention {
  y: number | null;
  m: number | null;
  /**
   * The last day named ("June 3", "Monday", "yesterday"), kept apart: a weekday names the day of a
   * report ("said Monday") and must not move "that year" away from the year the story is about.
   */
  day: Ymd | null;
  /** The last day named, a report's day included: what "the day before" counts from. */
  recent: Ymd | null;
  /** The sentence where `day` was last set: "that night" looks back only a few sentences. */
  dayAt: number;
}

const DEIXIS: Readonly<Record<string, number>> = table({ today: 0, yesterday: -1, tomorrow: 1 });
const IN_WORDS = new Set(['in', 'since', 'by', 'of', 'until', 'early', 'late', 'mid', 'last', 'this', 'next']);
const RELATIVE_SHIFT: Readonly<Record<string, number>> = table({ last: -1, this: 0, next: 1 });
const REPORT_VERBS = new Set(['said', 'says', 'told', 'added', 'announced', 'reported', 'stated', 'confirmed', 'declared']);
/** "the agency said on Monday": the day of the report, not of the events the story tells. */
const reportDay = (s: Scan, i: number) => REPORT_VERBS.has(s.w(i - 1)) || (s.w(i - 1) === 'on' && REPORT_VERBS.has(s.w(i - 2)));

/** Remembers an explicit year ("in 1988", "June 1998") or month ("In March") at token i. */
export function remember(s: Scan, i: number, last: Mention): void {
  const w = s.w(i);
  // "last year", "this month": a year or month named from the document date is named all the same
  const shift = RELATIVE_SHIFT[w];
  if (shift !== undefined && s.anchor && (s.w(i + 1) === 'year' || s.w(i + 1) === 'month') && !(s.w(i + 2) === '-' && s.touching(i + 1))) {
    const month = s.w(i + 1) === 'month' ? addMonths(s.anchor, shift) : null;
    last.y = month ? month.y : s.anchor.y + shift;
    last.m = month ? month.m : null;
    return;
  }
  if (/^\d{4}$/.test(w) && +w >= 1800 && +w <= 2099 && s.w(i - 1) !== '$') {
    // "June 1998", "June 3, 1998", "Oct. 23, 1998"
    let k = s.w(i - 1) === ',' ? i - 2 : i - 1;
    const day = /^\d{1,2}$/.test(s.w(k)) ? +s.w(k--) : null;
    if (s.w(k) === '.') k--;
    const month = s.w(k) in MONTH_NAMES && /^[A-Z]/.test(s.text(k)) ? MONTH_NAMES[s.w(k)]! : null;
    last.y = +w;
    last.m = month;
    // "the 2021 limits will apply from the following day": a year that modifies a noun names no
    // new day for the story, so the day it is on stays
    if (month === null && DETERMINERS.has(s.w(i - 1)) && s.has(i + 1, 'Noun') && /^[a-z]/.test(s.text(i + 1))) return;
    last.day = month !== null && day !== null ? { y: +w, m: month, d: day } : null;
    last.recent = last.day;
    return;
  }
  if (s.anchor && rememberDay(s, i, last)) return;
  const dayAt = s.w(i + 1) === '.' ? i + 2 : i + 1;
  const day = /^\d{1,2}$/.test(s.w(dayAt)) && +s.w(dayAt) <= 31 ? +s.w(dayAt) : null;
  const ambiguous = (w === 'may' || w === 'march') && !IN_WORDS.has(s.w(i - 1)) && day === null;
  if (w in MONTH_NAMES && w.length > 2 && !ambiguous && /^[A-Z]/.test(s.text(i)) && !/^\d{4}$/.test(s.w(i + 1))) {
    // a year after the day is read at the year
    if (!s.anchor || (day !== null && /^\d{4}$/.test(s.w(dayAt + 2)))) return;
    last.m = MONTH_NAMES[w]!;
    last.y = day === null ? pickMonthYear(s.anchor, last.m, s.tenseOf(i)) : pickDayYear(s.anchor, last.m, day, s.tenseOf(i));
    last.day = day === null ? null : { y: last.y, m: last.m, d: day };
    last.recent = last.day;
  }
}

/** A weekday ("on Monday") or "yesterday" names a day, read as the weekday rule reads it. */
function rememberDay(s: Scan, i: number, last: Mention): boolean {
  const w = s.w(i);
  let day: Ymd | null = null;
  if (w in DEIXIS) day = addDays(s.anchor!, DEIXIS[w]!);
  else if (w in WEEKDAY_NAMES && /^[A-Z]/.test(s.text(i)) && s.w(i - 1) !== 'every' && s.w(i - 1) !== 'each') {
    const shift = s.w(i - 1) === 'last' ? -1 : s.w(i - 1) === 'next' ? 1 : 0;
    const named = pickWeekday(s.anchor!, WEEKDAY_NAMES[w]!, s.tenseOf(i), shift);
    last.recent = named;
    if (!reportDay(s, i)) day = named;
  }
  if (day) (last.day = day), (last.recent = day);
  return day !== null;
}
