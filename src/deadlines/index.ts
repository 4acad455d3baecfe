/** THE ordered list of deadlines rules, and how their candidates become records. */
import type { Stage } from '../pipeline/rule.js';
import type { Deadline } from '../schema/deadline.js';

type Candidate = Omit<Deadline, 'id' | 'rule' | 'confidence'>;

export const rules = Object.freeze([]);

export const deadlinesStage: Stage<Candidate, Omit<Deadline, 'id'>, null> = {
  kind: 'deadlines',
  rules,
  prepare: () => null,
  resolve: (candidates) => candidates,
};
