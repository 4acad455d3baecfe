/**
 * Calendar arithmetic on ISO days, done on UTC day numbers so that no local time zone can shift a
 * day. Also turns a TIMEX3 value into its inclusive interval of ISO days.
 */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseIso(iso: string | null): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

export const toDayNum = (t: Ymd) => Math.floor(Date.UTC(t.y, t.m - 1, t.d) / 86_400_000);

export function fromDayNum(n: number): Ymd {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export const isoDay = (t: Ymd) => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const addDays = (t: Ymd, n: number) => fromDayNum(toDayNum(t) + n);

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (t: Ymd) => (((toDayNum(t) + 4) % 7) + 7) % 7;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds months, clamping the day to the month's length. */
export function addMonths(t: Ymd, n: number): Ymd {
  const idx = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** ISO 8601 week: [week-year, week number]. */
export function isoWeek(t: Ymd): [number, number] {
  const n = toDayNum(t);
  const thursday = n - ((weekday(t) + 6) % 7) + 3;
  const ty = fromDayNum(thursday).y;
  const jan1 = toDayNum({ y: ty, m: 1, d: 1 });
  return [ty, Math.floor((thursday - jan1) / 7) + 1];
}

export function isoWeekValue(t: Ymd): string {
  const [y, w] = isoWeek(t);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** Monday of an ISO week. */
function weekStart(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  const monday1 = toDayNum(jan4) - ((weekday(jan4) + 6) % 7);
  return fromDayNum(monday1 + (w - 1) * 7);
}

export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The inclusive interval of ISO days a TIMEX3 date value covers, or null (relative, duration, set). */
export function intervalOf(value: string): { start: string; end: string } | null {
  let m: RegExpExecArray | null;
  const span = (a: Ymd, b: Ymd) => ({ start: isoDay(a), end: isoDay(b) });
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value))) return { start: value, end: value };
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const t = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    return span(t, t);
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const s = weekStart(+m[1]!, +m[2]!);
    return span(s, addDays(s, 6));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = +m[1]!, mo = +m[2]!;
    return span({ y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) });
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = +m[1]!, q = +m[2]!;
    return span({ y, m: q * 3 - 2, d: 1 }, { y, m: q * 3, d: daysInMonth(y, q * 3) });
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = +m[1]!, h = +m[2]!;
    return span({ y, m: h * 6 - 5, d: 1 }, { y, m: h * 6, d: 30 + (h === 2 ? 1 : 0) });
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1]!;
    const [a, b] = SEASON_MONTHS[m[2]!]!;
    const end = addMonths({ y, m: b, d: 1 }, 0);
    const e = b > 12 ? { y: y + 1, m: b - 12, d: daysInMonth(y + 1, b - 12) } : { ...end, d: daysInMonth(y, b) };
    return span({ y, m: a, d: 1 }, e);
  }
  if ((m = /^(\d{4})$/.exec(value))) return span({ y: +m[1]!, m: 1, d: 1 }, { y: +m[1]!, m: 12, d: 31 });
  if ((m = /^(\d{3})$/.exec(value))) return span({ y: +m[1]! * 10, m: 1, d: 1 }, { y: +m[1]! * 10 + 9, m: 12, d: 31 });
  if ((m = /^(\d{2})$/.exec(value))) return span({ y: +m[1]! * 100, m: 1, d: 1 }, { y: +m[1]! * 100 + 99, m: 12, d: 31 });
  return null;
}
