import type { Claim } from '../schema/claim.js';
import type { CueIndex } from '../cues/index.js';

export type ClaimCandidate = Omit<Claim, 'id' | 'rule' | 'confidence' | 'evidence'>;
export interface ClaimsData {
  readonly cues: CueIndex;
}
