/** THE ordered list of dates rules, and how their candidates become records. */
import type { Stage } from '../pipeline/rule.js';
import type { DateRecord } from '../schema/date.js';
import type { DateCandidate } from './scan.js';
import { resolveDates } from './resolve.js';
import chronoCalendar from './rules/chrono-calendar.js';
import year from './rules/year.js';
import month from './rules/month.js';
import weekday from './rules/weekday.js';
import dayDeixis from './rules/day-deixis.js';
import relativeUnit from './rules/relative-unit.js';
import quarter from './rules/quarter.js';
import season from './rules/season.js';
import duration from './rules/duration.js';
import vague from './rules/vague.js';
import set from './rules/set.js';
import holiday from './rules/holiday.js';
import definiteYear from './rules/definite-year.js';
import anaphoric from './rules/anaphoric.js';
import openDuration from './rules/open-duration.js';

export const rules = Object.freeze([chronoCalendar, year, month, weekday, dayDeixis, relativeUnit, quarter, season, duration, vague, set, holiday, definiteYear, anaphoric, openDuration]);

export const datesStage: Stage<DateCandidate, Omit<DateRecord, 'id'>, null> = {
  kind: 'dates',
  rules,
  prepare: () => null,
  resolve: resolveDates,
};
