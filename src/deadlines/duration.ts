/** Durations written in words or digits: "two-week", "48 hours", "a week", "30 business days". */
import { NUMBER_WORDS, UNITS } from './lexicon.js';

export interface FoundDuration {
  start: number;
  end: number;
  /** ISO 8601: P2W, PT48H, P30D. */
  iso: string;
}

const NUM = `(?:\\d+|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
// Bounded alternatives only: linear on a sentence.
const DURATION = new RegExp(`\\b(${NUM})[- ](?:(?:more|extra|additional|further|business|working|calendar)[- ])?(minute|hour|day|week|month|year)s?\\b`, 'gi');

/** ISO value of a number and unit; business days count as days. */
export function isoDuration(amount: number, unit: string): string | null {
  const u = UNITS[unit.toLowerCase()];
  if (!u || !Number.isFinite(amount) || amount <= 0) return null;
  return u.startsWith('T') ? `PT${amount}${u.slice(1)}` : `P${amount}${u}`;
}

/** Every duration phrase in text[from, to), in order, with offsets into `text`. */
export function durationsIn(text: string, from: number, to: number): FoundDuration[] {
  const slice = text.slice(from, to);
  const out: FoundDuration[] = [];
  DURATION.lastIndex = 0;
  for (const m of slice.matchAll(DURATION)) {
    const word = m[1]!.toLowerCase();
    const amount = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    const iso = amount === undefined ? null : isoDuration(amount, m[2]!);
    if (iso) out.push({ start: from + m.index!, end: from + m.index! + m[0].length, iso });
  }
  return out;
}

/** The first duration starting exactly at `at` (after spaces), or null. */
export function durationAt(text: string, at: number, to: number): FoundDuration | null {
  while (at < to && text[at] === ' ') at++;
  const d = durationsIn(text, at, Math.min(to, at + 40))[0];
  return d && d.start === at ? d : null;
}
