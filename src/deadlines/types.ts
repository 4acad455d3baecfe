import type { Deadline } from '../schema/deadline.js';

/** What a deadlines rule emits: a deadline without id, rule and confidence. */
export type DeadlineCandidate = Omit<Deadline, 'id' | 'rule' | 'confidence'>;
