/**
 * Candidates → records: where candidates overlap, the longer span wins (then the higher confidence,
 * then the earlier rule), so "last Friday night" beats "Friday"; each record gets its interval.
 */
import type { Stamped } from '../pipeline/rule.js';
import type { DateRecord } from '../schema/date.js';
import { intervalOf } from './calendar.js';
import type { DateCandidate } from './scan.js';

export function resolveDates(candidates: Stamped<DateCandidate>[]): Omit<DateRecord, 'id'>[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || b.c.confidence - a.c.confidence || a.order - b.order);
  const kept: Stamped<DateCandidate>[] = [];
  for (const { c } of ranked) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => ({ ...c, interval: c.type === 'DATE' || c.type === 'TIME' ? intervalOf(c.value) : null }));
}
