/**
 * Dates a deadline points at. The dates stage's records come first (they carry the resolved
 * interval); chrono-node, run on the clause only, is the fallback so the stage stands on its own.
 * Deadlines look forward: "until Friday" said on a Monday is the coming Friday, so bare weekdays are
 * resolved forward unless the deadline is told as past ("passed on Saturday").
 */
import * as chrono from 'chrono-node';
import type { DateRecord } from '../schema/date.js';
import { dayNumber, fromDayNumber } from '../util/time.js';

export interface FoundDate {
  start: number;
  end: number;
  /** The last day the expression covers: "June" → its 30th, "the end of the year" → 31 December. */
  day: string | null;
}

const WEEKDAY = /^(?:(?:on|this|next|coming)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const ABSOLUTE = /^\d{4}-\d{2}(?:-\d{2})?/;

/** The first date inside text[from, to), or null. `forward` resolves bare weekdays ahead of the document date. */
export function dateIn(
  text: string,
  from: number,
  to: number,
  docDate: string | null,
  dates: readonly DateRecord[] | undefined,
  forward = true,
): FoundDate | null {
  const rec = (dates ?? []).find((d) => d.start >= from && d.end <= to && (d.type === 'DATE' || d.type === 'TIME'));
  if (rec && ABSOLUTE.test(rec.value) && !WEEKDAY.test(rec.text)) {
    return { start: rec.start, end: rec.end, day: lastDay(rec) };
  }
  return chronoIn(text, from, to, docDate, forward);
}

function lastDay(rec: DateRecord): string | null {
  if (rec.interval) return rec.interval.end.slice(0, 10);
  const v = rec.value;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(v)) return monthEnd(v);
  return null;
}

function monthEnd(ym: string): string | null {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const n = dayNumber(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
  return n === null ? null : fromDayNumber(Math.floor(Date.UTC(y, m, 0) / 86_400_000));
}

/** chrono on one clause; the reference is the document date at noon UTC so no zone shifts the day. */
function chronoIn(text: string, from: number, to: number, docDate: string | null, forward: boolean): FoundDate | null {
  const slice = text.slice(from, to);
  const ref = docDate ? new Date(`${docDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.parse(slice, { instant: ref, timezone: 0 }, { forwardDate: forward });
  for (const r of results) {
    if (/^\d+$/.test(r.text.trim()) || r.text.trim().length < 3) continue;
    const known = r.start.isCertain('day') || r.start.isCertain('weekday') || /end of/i.test(r.text);
    const monthOnly = !known && r.start.isCertain('month');
    if (!known && !monthOnly) continue;
    const iso = r.start.date().toISOString().slice(0, 10);
    // Without a document date only fully written dates can be resolved.
    if (!docDate && !r.start.isCertain('year')) return { start: from + r.index, end: from + r.index + r.text.length, day: null };
    return { start: from + r.index, end: from + r.index + r.text.length, day: monthOnly ? monthEnd(iso.slice(0, 7)) : iso };
  }
  return null;
}
