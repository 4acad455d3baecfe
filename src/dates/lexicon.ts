/** Frozen word lists for the dates rules: numbers, units, months, weekdays, seasons, parts of day. */
import { table } from '../lexicon/table.js';

export const NUMBER_WORDS: Readonly<Record<string, number>> = table({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5, single: 1, couple: 2,
});

/** Vague counts: "several years" → PXY. */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'numerous', 'countless']);

export const ORDINALS: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
  seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, last: 4, final: 4,
});

/** Duration units: TIMEX3 letter and whether it goes after the T. */
export interface Unit {
  readonly letter: string;
  readonly time: boolean;
  readonly factor: number;
  readonly name: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
}
const u = (letter: string, time: boolean, factor: number, name: Unit['name']): Unit => Object.freeze({ letter, time, factor, name });
export const UNITS: Readonly<Record<string, Unit>> = table({
  second: u('S', true, 1, 'second'), minute: u('M', true, 1, 'minute'), hour: u('H', true, 1, 'hour'),
  day: u('D', false, 1, 'day'), week: u('W', false, 1, 'week'), month: u('M', false, 1, 'month'),
  quarter: u('Q', false, 1, 'quarter'), year: u('Y', false, 1, 'year'), decade: u('E', false, 1, 'decade'),
  century: u('C', false, 1, 'century'), weekend: u('WE', false, 1, 'day'), night: u('D', false, 1, 'day'),
  fortnight: u('W', false, 2, 'week'),
  sec: u('S', true, 1, 'second'), min: u('M', true, 1, 'minute'), hr: u('H', true, 1, 'hour'), yr: u('Y', false, 1, 'year'),
});

/** Singular form of a unit word ("years" → "year", "centuries" → "century"), or null. */
export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (UNITS[w]) return UNITS[w]!;
  if (w === 'centuries') return UNITS.century!;
  if (w.endsWith('s') && UNITS[w.slice(0, -1)]) return UNITS[w.slice(0, -1)]!;
  return null;
}

export const MONTH_NAMES: Readonly<Record<string, number>> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

export const WEEKDAY_NAMES: Readonly<Record<string, number>> = table({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

export const SEASONS: Readonly<Record<string, string>> = table({
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
});

/** Parts of the day with their TIMEX3 suffix. */
export const DAY_PARTS: Readonly<Record<string, string>> = table({
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
});

/** Words that point backwards, forwards or at now, before a calendar unit. */
export const SHIFTERS: Readonly<Record<string, number>> = table({
  last: -1, past: -1, latest: -1, previous: -1, preceding: -1, prior: -1, this: 0, current: 0, present: 0,
  next: 1, coming: 1, following: 1, upcoming: 1,
});

/** Modifiers before a date ("early 1998", "late last year") and their TIMEX3 mod. */
export const POSITION_MODS: Readonly<Record<string, string>> = table({
  early: 'START', earlier: 'START', late: 'END', later: 'END', mid: 'MID', middle: 'MID',
});

/** Approximators before a duration: included in the span, with their mod. */
export const QUANT_MODS: Readonly<Record<string, string>> = table({
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX',
  nearly: 'EQUAL_OR_LESS', almost: 'EQUAL_OR_LESS', over: 'MORE_THAN', under: 'LESS_THAN',
});

/**
 * Words only a match report uses: in such an article "the second half" and "the fourth quarter" are
 * periods of play, not of the year ("scored in the 78th minute", "led at half-time").
 */
export const MATCH_REPORT = /\b(?:half-?time|full-time|kick-?off|stoppage time|injury time|goalkeeper|striker|midfielder|equali[sz]er|\d{1,3}(?:st|nd|rd|th)[- ]minute|touchdowns?|quarterback|field goal|free throws?)\b/i;
