/**
 * Calendar arithmetic on ISO-day strings ("2025-06-21") and ISO 8601 durations ("P2W", "P1Y6M",
 * "PT48H"), for records that compare and offset dates (deadlines). Built on `calendar.ts`, which
 * works on UTC day numbers so that no time zone shifts a day.
 */
import { addMonths, fromDayNum, isoDay, parseIso, toDayNum, weekday as weekdayOf } from './calendar.js';

export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Parses an ISO 8601 duration with digits; "PXW" and other unknown amounts give null. */
export function parseDuration(value: string): DurationParts | null {
  const m = DURATION.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** Day number (days since 1970-01-01) of an ISO day, or null when it is not one. */
export function dayNumber(iso: string): number | null {
  const t = parseIso(iso);
  return t ? toDayNum(t) : null;
}

export const fromDayNumber = (n: number): string => isoDay(fromDayNum(n));

export function addDays(iso: string, days: number): string | null {
  const n = dayNumber(iso);
  return n === null ? null : fromDayNumber(n + days);
}

/**
 * The day a duration after `iso` ends: months and years by the calendar (clamped to the month's
 * last day), weeks and days by count, hours rounded up to whole days.
 */
export function addDuration(iso: string, duration: string): string | null {
  const d = parseDuration(duration);
  const start = parseIso(iso);
  if (!d || !start) return null;
  const months = Math.trunc(d.years * 12 + d.months);
  const day = toDayNum(months ? addMonths(start, months) : start);
  const hours = d.hours + d.minutes / 60 + d.seconds / 3600;
  return fromDayNumber(day + Math.round(d.weeks * 7 + d.days) + Math.ceil(hours / 24));
}

/** -1, 0 or 1 as day a is before, equal to or after day b. */
export function compareDays(a: string, b: string): number {
  const x = dayNumber(a) ?? 0;
  const y = dayNumber(b) ?? 0;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: string): number | null {
  const t = parseIso(iso);
  return t ? weekdayOf(t) : null;
}
