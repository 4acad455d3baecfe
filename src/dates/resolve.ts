/**
 * Candidates → records: where candidates overlap, the longer span wins (then the higher confidence,
 * then the earlier rule), so "last Friday night" beats "Friday"; each record gets its interval.
 * Overlaps are settled per sentence, so the cost stays linear in the article's length.
 */
import type { Stamped } from '../pipeline/rule.js';
import type { DateRecord } from '../schema/date.js';
import { intervalOf } from '../util/calendar.js';
import type { DateCandidate } from './scan.js';

type Ranked = { c: Stamped<DateCandidate>; order: number };

const better = (a: Ranked, b: Ranked) =>
  b.c.end - b.c.start - (a.c.end - a.c.start) || b.c.confidence - a.c.confidence || a.order - b.order;

export function resolveDates(candidates: Stamped<DateCandidate>[]): Omit<DateRecord, 'id'>[] {
  const bySentence = new Map<number, Ranked[]>();
  candidates.forEach((c, order) => {
    const group = bySentence.get(c.evidence.start);
    if (group) group.push({ c, order });
    else bySentence.set(c.evidence.start, [{ c, order }]);
  });
  const kept: Stamped<DateCandidate>[] = [];
  for (const group of bySentence.values()) {
    const chosen: Stamped<DateCandidate>[] = [];
    for (const { c } of group.sort(better)) {
      if (!chosen.some((k) => k.start < c.end && c.start < k.end)) chosen.push(c);
    }
    kept.push(...chosen);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => ({ ...c, interval: c.type === 'DATE' || c.type === 'TIME' ? intervalFor(c) : null }));
}

/** The interval of a date; the document's present for PRESENT_REF is left to the reader. */
function intervalFor(c: DateCandidate): { start: string; end: string } | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)$/.exec(c.value);
  return m ? { start: m[1]!, end: m[1]! } : intervalOf(c.value);
}
