import type { Claim } from '../schema/claim.js';
import type { CueIndex } from '../cues/index.js';

/** What a rule finds; the stage adds `contentParts` once the claim is kept. */
export type ClaimCandidate = Omit<Claim, 'id' | 'rule' | 'confidence' | 'evidence' | 'contentParts'>;
export interface ClaimsData {
  readonly cues: CueIndex;
}
