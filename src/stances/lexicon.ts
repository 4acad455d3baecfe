/**
 * Stance cues the shared lexicon (src/cues) lacks, added to the stances stage's own cue index only:
 * statements of continued commitment, and an irregular past the shared inflector lacks. Written like users' `cues.stance` entries, which come after
 * these and so override them.
 */
import type { StanceCue } from '../schema/options.js';

const back = (cue: string): StanceCue => Object.freeze({ cue, kind: 'back', polarity: 'support' as const });

const aid = (cue: string): StanceCue => Object.freeze({ cue, kind: 'aid', polarity: 'support' as const });

export const STANCE_CUES: readonly StanceCue[] = Object.freeze([
  back('remain committed to'),
  back('stay committed to'),
  back('be committed to'),
  back('reaffirm its commitment to'),
  back('reaffirm their commitment to'),
  back('reaffirm his commitment to'),
  back('reaffirm her commitment to'),
  back('renew its commitment to'),
  back('recommit to'),
  // The shared inflector spells the past of "pay" as "payed": the irregular form, until it learns it.
  aid('paid'),
]);

/** Forms of "deny": a denial rejects a charge (stances/denial) and negates a denied act ("denied sending troops"). */
export const DENY = /^(deny|denies|denied|denying)$/;
