/**
 * Dates a deadline points at. The dates stage's records come first (they carry the resolved
 * interval); chrono-node, run on the clause only, is the fallback so the stage stands on its own.
 * Deadlines look forward: "until Friday" said on a Monday is the coming Friday, so bare weekdays are
 * resolved forward unless the deadline is told as past ("passed on Saturday").
 */
import * as chrono from 'chrono-node';
import type { DateRecord } from '../schema/date.js';
import { addDays, dayNumber, fromDayNumber, weekday } from '../util/time.js';

export interface FoundDate {
  start: number;
  end: number;
  /** The last day the expression covers: "June" → its 30th, "the end of the year" → 31 December. */
  day: string | null;
}

const WEEKDAY = /^(?:(?:on|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/**
 * "next Friday" has one reading in the whole output, the dates stage's: the first Friday after the
 * document date (said on a Monday, the Friday four days on). TimeBank's annotation and HeidelTime's
 * English rules resolve "next <weekday>" that way, and in news a deadline "until next Friday" set on a
 * Monday is that week's Friday; a writer meaning the week after says "Friday week" or gives the date.
 * So its record is used as is, and chrono (which jumps a week) is corrected the same way.
 */
const NEXT_WEEKDAY = /\b(?:next|coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAY_IN = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const ABSOLUTE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:$|T)/;
const YEAR_WRITTEN = /\b\d{4}\b/;

/** The first date inside text[from, to), or null. `forward` resolves bare weekdays ahead of the document date. */
export function dateIn(
  text: string,
  from: number,
  to: number,
  docDate: string | null,
  dates: readonly DateRecord[] | undefined,
  forward = true,
): FoundDate | null {
  return datesIn(text, from, to, docDate, dates, forward)[0] ?? null;
}

// What may sit between a preposition and its date: "by the end of June", "until 9 a.m. Tuesday".
const FILLER = /^\s*(?:(?:the|mid|early|late|close of (?:trading|business|play)|end of|on|at)[\s-]+)*$/i;

/** The date that opens text[at, …) (after an article or "the end of"), or null: "by 5% this year" has none. */
export function dateAt(
  text: string,
  at: number,
  to: number,
  docDate: string | null,
  dates: readonly DateRecord[] | undefined,
  forward = true,
): FoundDate | null {
  const d = dateIn(text, at, Math.min(to, at + 60), docDate, dates, forward);
  return d && FILLER.test(text.slice(at, d.start)) ? d : null;
}

/** Every date inside text[from, to), in order: the dates stage's records, else chrono's results. */
export function datesIn(
  text: string,
  from: number,
  to: number,
  docDate: string | null,
  dates: readonly DateRecord[] | undefined,
  forward = true,
): FoundDate[] {
  const recs = (dates ?? []).filter((d) => d.start >= from && d.end <= to && d.type === 'DATE' && usable(d, docDate, forward));
  const first = recs[0];
  const own = [...endOf(text, from, to, docDate), ...chronoIn(text, from, to, docDate, forward)].sort((a, b) => a.start - b.start);
  // chrono reads a whole "5 p.m. on Thursday" or "midnight Friday" where the stage may split it.
  if (first && !own.some((o) => o.start <= first.start && first.end <= o.end && o.end - o.start > first.end - first.start)) {
    return recs.map((rec) => ({ start: rec.start, end: rec.end, day: lastDay(rec) }));
  }
  return own;
}

/**
 * A record the stage resolved the way a deadline reads: absolute, and not a bare weekday or a
 * yearless day that the stage placed in the past while the deadline looks forward.
 */
function usable(d: DateRecord, docDate: string | null, forward: boolean): boolean {
  if (!ABSOLUTE.test(d.value) || (forward && WEEKDAY.test(d.text))) return false;
  if (forward && docDate && !YEAR_WRITTEN.test(d.text) && (lastDay(d) ?? '9') < docDate) return false;
  return true;
}

function lastDay(rec: DateRecord): string | null {
  if (rec.interval) return rec.interval.end.slice(0, 10);
  const v = rec.value;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(v)) return monthEnd(v);
  if (/^\d{4}$/.test(v)) return `${v}-12-31`;
  return null;
}

function monthEnd(ym: string): string | null {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const n = dayNumber(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
  return n === null ? null : fromDayNumber(Math.floor(Date.UTC(y, m, 0) / 86_400_000));
}

/** chrono on one clause; the reference is the document date at noon UTC so no zone shifts the day. */
function chronoIn(text: string, from: number, to: number, docDate: string | null, forward: boolean): FoundDate[] {
  const slice = text.slice(from, to);
  const ref = docDate ? new Date(`${docDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.parse(slice, { instant: ref, timezone: 0 }, { forwardDate: forward });
  const out: FoundDate[] = [];
  for (const r of results) {
    if (/^\d+$/.test(r.text.trim()) || r.text.trim().length < 3) continue;
    // "six months before the election": relative to an event we cannot date.
    if (/\b(?:before|after)\b/i.test(r.text)) continue;
    // A bare clock time ("until 8 p.m.") is on the reference day.
    const known = r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('hour') || /end of/i.test(r.text);
    const monthOnly = !known && r.start.isCertain('month');
    if (!known && !monthOnly) continue;
    const iso = r.start.date().toISOString().slice(0, 10);
    // Without a document date only fully written dates can be resolved.
    let day = !docDate && !r.start.isCertain('year') ? null : monthOnly ? monthEnd(iso.slice(0, 7)) : iso;
    // A yearless day just gone is that day, not next year's ("were given a May 9 deadline" on May 12).
    if (forward && day && docDate && r.start.isCertain('day') && !r.start.isCertain('year')) day = recentPast(day, docDate);
    // "by Monday" written on a Monday means the next one: today would be "today".
    // With a clock time it is today's: "closes at 11 p.m. on Monday" written that Monday.
    if (forward && day && day === docDate && WEEKDAY_IN.test(r.text) && !r.start.isCertain('day') && !r.start.isCertain('hour')) day = fromDayNumber(dayNumber(day)! + 7);
    const wd = r.start.get('weekday');
    if (day && docDate && NEXT_WEEKDAY.test(r.text) && wd !== null && !r.start.isCertain('day')) day = nextWeekday(docDate, wd);
    out.push({ start: from + r.index, end: from + r.index + r.text.length, day });
  }
  return out;
}

const END_OF = /\b(?:the\s+)?end\s+of\s+(?:(the|this|next)\s+)?(week|month|year)\b/gi;

/** "the end of the year", "the end of next month": the last day of that period. */
function endOf(text: string, from: number, to: number, docDate: string | null): FoundDate[] {
  if (!docDate) return [];
  const out: FoundDate[] = [];
  const [y, m] = docDate.split('-').map(Number) as [number, number];
  for (const hit of text.slice(from, to).matchAll(END_OF)) {
    const next = hit[1]?.toLowerCase() === 'next' ? 1 : 0;
    const unit = hit[2]!.toLowerCase();
    let day: string | null;
    if (unit === 'year') day = `${y + next}-12-31`;
    else if (unit === 'month') day = fromDayNumber(Math.floor(Date.UTC(y, m + next, 0) / 86_400_000));
    else {
      const n = dayNumber(docDate)!;
      const dow = (n + 4) % 7; // 0 = Sunday: the week ends on Friday for business purposes
      day = fromDayNumber(n + ((5 - dow + 7) % 7) + 7 * next);
    }
    out.push({ start: from + hit.index!, end: from + hit.index! + hit[0].length, day });
  }
  return out;
}

/** The same month and day a year earlier when that falls within 60 days before the document date. */
function recentPast(day: string, docDate: string): string {
  const prev = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  const a = dayNumber(prev);
  const d = dayNumber(docDate);
  if (a === null || d === null || day <= docDate) return day;
  return d - a >= 0 && d - a <= 60 ? prev : day;
}

/** The first day after `docDate` that falls on weekday `wd` (0 = Sunday): "next Friday". */
function nextWeekday(docDate: string, wd: number): string | null {
  const today = weekday(docDate);
  return today === null ? null : addDays(docDate, (wd - today + 7) % 7 || 7);
}
