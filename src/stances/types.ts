import type { Stance } from '../schema/stance.js';
import type { CueIndex } from '../cues/index.js';

export type StanceCandidate = Omit<Stance, 'id' | 'rule' | 'confidence' | 'evidence'>;
export interface StancesData {
  readonly cues: CueIndex;
}
