/** THE ordered list of dates rules, and how their candidates become records. */
import type { Stage } from '../pipeline/rule.js';
import type { DateRecord } from '../schema/date.js';
import type { DateCandidate } from './scan.js';
import { resolveDates } from './resolve.js';
import chronoCalendar from './rules/chrono-calendar.js';
import year from './rules/year.js';

export const rules = Object.freeze([chronoCalendar, year]);

export const datesStage: Stage<DateCandidate, Omit<DateRecord, 'id'>, null> = {
  kind: 'dates',
  rules,
  prepare: () => null,
  resolve: resolveDates,
};
