/** THE ordered list of claims rules, and how their candidates become records. */
import type { Stage } from '../pipeline/rule.js';
import type { Claim } from '../schema/claim.js';

type Candidate = Omit<Claim, 'id' | 'rule' | 'confidence'>;

export const rules = Object.freeze([]);

export const claimsStage: Stage<Candidate, Omit<Claim, 'id'>, null> = {
  kind: 'claims',
  rules,
  prepare: () => null,
  resolve: (candidates) => candidates,
};
