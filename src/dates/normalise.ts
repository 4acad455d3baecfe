/**
 * From words to TIMEX3 values: numbers in words or digits, and the choice of a weekday, month or
 * calendar unit relative to the document date, looking back in past-tense sentences.
 */
import { addDays, addMonths, isoDay, isoMonth, isoWeekValue, quarterOf, weekday, type Ymd } from '../util/calendar.js';
import { NUMBER_WORDS, VAGUE_COUNTS, unitOf, type Unit } from './lexicon.js';
import type { Scan, Tense } from './scan.js';

export interface NumberRead {
  /** null for a vague count ("several", "a few"): value X. */
  value: number | null;
  next: number;
}

/** Reads a count at token i: "48", "twenty four", "twenty-four", "a", "a few", "several", "1 1/2". */
export function readNumber(s: Scan, i: number): NumberRead | null {
  const w = s.w(i);
  if (/^\d+(?:\.\d+)?$/.test(w)) {
    const frac = /^(\d+)\/(\d+)$/.exec(s.w(i + 1));
    if (frac) return { value: Number(w) + Number(frac[1]) / Number(frac[2]), next: i + 2 };
    return { value: Number(w.replace(/,/g, '')), next: i + 1 };
  }
  if ((w === 'a' || w === 'an') && VAGUE_COUNTS.has(s.w(i + 1))) return { value: null, next: i + 2 };
  // "half a dozen days" is six of them; "half a year", "half an hour"
  if (w === 'half' && s.w(i + 1) === 'a' && s.w(i + 2) === 'dozen') return { value: 6, next: i + 3 };
  if (w === 'half' && (s.w(i + 1) === 'a' || s.w(i + 1) === 'an')) return { value: 0.5, next: i + 2 };
  if (w === 'a' && s.w(i + 1) === 'couple' && s.w(i + 2) === 'of') return { value: 2, next: i + 3 };
  // "the next couple of years"
  if (w === 'couple' && s.w(i + 1) === 'of' && s.w(i - 1) !== 'a') return { value: 2, next: i + 2 };
  if (VAGUE_COUNTS.has(w) && w !== 'some') return { value: null, next: i + 1 };
  // "seven-and-a-half years"
  const halfGlued = /^([a-z]+|\d+)-and-a-half$/.exec(s.glued(i).word);
  const halfBase = halfGlued ? (/^\d/.test(halfGlued[1]!) ? Number(halfGlued[1]) : wordNumber(halfGlued[1]!)) : null;
  if (halfBase !== null) return { value: halfBase + 0.5, next: s.glued(i).next };
  const compound = wordNumber(w);
  if (compound === null) return null;
  let value = compound;
  let next = i + 1;
  // "twenty four", "one hundred"
  const tail = wordNumber(s.w(next));
  if (tail !== null && value >= 20 && value % 10 === 0 && tail < 10) {
    value += tail;
    next++;
  } else if (s.w(next) === 'hundred') {
    value *= 100;
    next++;
  }
  if (s.w(next) === 'and' && s.w(next + 1) === 'a' && s.w(next + 2) === 'half') return { value: value + 0.5, next: next + 3 };
  return { value, next };
}

/** "twenty-four" → 24, "seven" → 7, else null. */
export function wordNumber(w: string): number | null {
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w]!;
  const parts = w.split('-');
  // "half-dozen" is six, not twelve and a half
  if (w === 'half-dozen') return 6;
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS) {
    return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  }
  return null;
}

/** P2W, PT48H, P1.5Y, PXY; decades and centuries become years. */
export function durationValue(n: number | null, unit: Unit): string {
  let letter = unit.letter;
  let count: number | null = n === null ? null : n * unit.factor;
  if (unit.name === 'decade') (letter = 'Y'), (count = n === null ? null : n * 10);
  if (unit.name === 'century') (letter = 'Y'), (count = n === null ? null : n * 100);
  if (letter === 'WE') letter = 'WE';
  // "2 1/2 years" → P2Y6M, "a minute and a half" → PT1M30S
  if (count !== null && !Number.isInteger(count)) {
    const whole = Math.floor(count);
    const part = count - whole;
    const smaller: Record<string, [string, number]> = { Y: ['M', 12], H: ['M', 60], M: unit.time ? ['S', 60] : ['D', 30], D: ['H', 24], W: ['D', 7] };
    const [l2, f] = smaller[letter] ?? [letter, 1];
    const rest = `${Math.round(part * f)}${l2}`;
    if (unit.time) return `PT${whole ? `${whole}${letter}` : ''}${rest}`;
    return l2 === 'H' ? `P${whole ? `${whole}${letter}` : ''}T${rest}` : `P${whole ? `${whole}${letter}` : ''}${rest}`;
  }
  const c = count === null ? 'X' : String(count);
  // An uncounted century keeps its unit (TimeBank's letter C); decades are counted in years
  if (unit.name === 'decade' && n === null) return 'PXY';
  if (unit.name === 'century' && n === null) return 'PXC';
  return unit.time ? `PT${c}${letter}` : `P${c}${letter}`;
}

/** The weekday (0 = Sunday) nearest the anchor in the direction the tense suggests. */
export function pickWeekday(anchor: Ymd, wd: number, tense: Tense, shift = 0): Ymd {
  const today = weekday(anchor);
  const back = (today - wd + 7) % 7;
  const ahead = (wd - today + 7) % 7;
  if (shift < 0) return addDays(anchor, -(back || 7));
  if (shift > 0) return addDays(anchor, ahead || 7);
  if (tense === 'past') return addDays(anchor, -back);
  if (tense === 'future') return addDays(anchor, ahead);
  return back <= ahead ? addDays(anchor, -back) : addDays(anchor, ahead);
}

/**
 * The year of a bare month name: back in past-tense sentences, ahead in future ones. "last
 * February" written in March is a year back: the month just gone is "last month" or "in February".
 */
export function pickMonthYear(anchor: Ymd, month: number, tense: Tense, shift = 0): number {
  if (shift < 0) return month < anchor.m - 1 ? anchor.y : anchor.y - 1;
  if (shift > 0) return month > anchor.m ? anchor.y : anchor.y + 1;
  if (tense === 'past' && month > anchor.m + 1) return anchor.y - 1;
  if (tense === 'future' && month < anchor.m) return anchor.y + 1;
  // an open tense leans ahead ("the November election" in April): a past month is told in the past tense
  if (tense === 'present' && month - anchor.m > 7) return anchor.y - 1;
  if (tense === 'present' && anchor.m - month > 5) return anchor.y + 1;
  return anchor.y;
}

/** The year of a month and day without one: the nearest, or the last one in a past sentence. */
export function pickDayYear(anchor: Ymd, month: number, day: number, tense: Tense): number {
  const diff = (month - anchor.m) * 31 + (day - anchor.d);
  // "the year ended March 31" written in November: a past sentence never reaches forward a year
  if (tense === 'past') return diff > 62 ? anchor.y - 1 : anchor.y;
  if (tense === 'future') return diff < -31 ? anchor.y + 1 : anchor.y;
  if (diff > 183) return anchor.y - 1;
  if (diff < -183) return anchor.y + 1;
  return anchor.y;
}

/** The value of "this/last/next <unit>" at the granularity of the unit. */
export function unitValue(anchor: Ymd, unit: Unit['name'], k: number): string | null {
  switch (unit) {
    case 'day':
      return isoDay(addDays(anchor, k));
    case 'week':
      return isoWeekValue(addDays(anchor, 7 * k));
    case 'month': {
      const t = addMonths(anchor, k);
      return isoMonth(t.y, t.m);
    }
    case 'quarter': {
      const q = (anchor.y * 4 + quarterOf(anchor.m) - 1) + k;
      return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    case 'year':
      return String(anchor.y + k);
    case 'decade':
      return String(Math.floor(anchor.y / 10) + k);
    case 'century':
      return String(Math.floor(anchor.y / 100) + k);
    default:
      return null;
  }
}

/** "three years ago": the anchor moved back, at the unit's granularity ("ago" takes no quarters). */
export function agoValue(anchor: Ymd, n: number, unit: Unit['name'], dir: -1 | 1): string | null {
  if (!Number.isInteger(n) || unit === 'quarter') return null;
  return unitValue(anchor, unit, dir * n);
}

/** Years said in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
export function spokenYear(s: Scan, i: number): { year: number; from: number; next: number } | null {
  const w = s.w(i);
  if ((w === 'nineteen' || w === 'eighteen') && !s.has(i + 1, 'Plural')) {
    const tail = wordNumber(s.w(i + 1));
    if (tail !== null && tail >= 10 && tail < 100 && unitOf(s.w(i + 2)) === null) return { year: (w === 'nineteen' ? 1900 : 1800) + tail, from: i, next: i + 2 };
  }
  if (w === 'year' && s.w(i + 1) === 'two' && s.w(i + 2) === 'thousand') {
    return s.w(i - 1) === 'the' ? { year: 2000, from: i - 1, next: i + 3 } : null;
  }
  return null;
}
