/**
 * The document date: from the caller, else a header line ("date 2025-06-21", "Date: June 21, 2025"),
 * else a wire dateline ("WASHINGTON, June 21, 2025 (Reuters) -", "LONDON 1996-08-30"). A dateline
 * without a year gives no date: we would have to invent the year.
 */
import { MONTHS } from '../lexicon/calendar.js';

export type DateSource = 'option' | 'header' | 'dateline';
export interface DocDate {
  date: string | null;
  source: DateSource | null;
  /** Where the article body starts: after a header, which is not part of the text proper. */
  bodyStart: number;
}

const MONTH = '(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ISO = '(?<iso>\\d{4}-\\d{2}-\\d{2})';
const MDY = `${MONTH}\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4})`;
const DMY = `(?<day2>\\d{1,2})\\s+${MONTH.replace('month', 'month2')}\\s+(?<year2>\\d{4})`;
const HEADER = new RegExp(`^\\s*(?:date|dated|published)\\s*:?\\s*(?:${ISO}|${MDY}|${DMY})(?:T[\\d:.Z+-]+)?[ \\t]*(?:\\r?\\n)?\\s*`, 'i');
const DATELINE = new RegExp(`^\\s*[A-Z][A-Z.'’ -]{1,40},?\\s+(?:${ISO}|${MDY})\\b`, 'u');

export function findDocDate(text: string, given?: string | null): DocDate {
  const header = HEADER.exec(text.slice(0, 200));
  const bodyStart = header ? header[0].length : 0;
  if (given) return { date: given, source: 'option', bodyStart };
  if (header) {
    const date = fromGroups(header.groups!);
    if (date) return { date, source: 'header', bodyStart };
  }
  const dateline = DATELINE.exec(text.slice(0, 200));
  if (dateline) {
    const date = fromGroups(dateline.groups!);
    if (date) return { date, source: 'dateline', bodyStart: 0 };
  }
  return { date: null, source: null, bodyStart };
}

function fromGroups(g: Record<string, string | undefined>): string | null {
  if (g.iso) return validDay(g.iso);
  const month = g.month ?? g.month2;
  const day = g.day ?? g.day2;
  const year = g.year ?? g.year2;
  if (!month || !day || !year) return null;
  const m = MONTHS[month.toLowerCase().replace('.', '').slice(0, 3) as keyof typeof MONTHS];
  return validDay(`${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** Returns the ISO day if it exists in the calendar (no 2025-02-30), else null. */
export function validDay(iso: string): string | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? iso : null;
}
