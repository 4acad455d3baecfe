/** THE ordered list of dates rules, and how their candidates become records. */
import type { Stage } from '../pipeline/rule.js';
import type { DateRecord } from '../schema/date.js';

type Candidate = Omit<DateRecord, 'id' | 'rule' | 'confidence'>;

export const rules = Object.freeze([]);

export const datesStage: Stage<Candidate, Omit<DateRecord, 'id'>, null> = {
  kind: 'dates',
  rules,
  prepare: () => null,
  resolve: (candidates) => candidates,
};
