/** THE ordered list of stances rules, and how their candidates become records. */
import type { Stage } from '../pipeline/rule.js';
import type { Stance } from '../schema/stance.js';

type Candidate = Omit<Stance, 'id' | 'rule' | 'confidence'>;

export const rules = Object.freeze([]);

export const stancesStage: Stage<Candidate, Omit<Stance, 'id'>, null> = {
  kind: 'stances',
  rules,
  prepare: () => null,
  resolve: (candidates) => candidates,
};
