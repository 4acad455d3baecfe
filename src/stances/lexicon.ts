/**
 * Stance cues the shared lexicon (src/cues) lacks, added to the stances stage's own cue index only:
 * statements of continued commitment, an irregular past the shared inflector lacks, fines, siding with
 * a party, phone calls between leaders, and a summons read as a protest. Written like users' `cues.stance` entries, which come after
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
  // "The Commission fined Acme 2 million euros": a penalty imposed on a party.
  Object.freeze({ cue: 'fine', kind: 'sanction', polarity: 'oppose' as const }),
  // "The judge sided with the tenants".
  back('side with'),
  // "Summoned the ambassador": a diplomatic protest, not an attack.
  Object.freeze({ cue: 'summon', kind: 'protest', polarity: 'oppose' as const }),
  // "Oman, which has mediated between Washington and Tehran": a go-between helps both parties; the parties do not act toward it.
  Object.freeze({ cue: 'mediate', kind: 'mediate', polarity: 'support' as const }),
  // "has so far avoided taking sides": staying out, like "refrained from taking sides".
  ...['avoid taking sides', 'avoid taking a position', 'avoid taking a stance'].map((cue) => Object.freeze({ cue, kind: 'refrain', polarity: 'neutral' as const })),
  // "spoke by phone with the Kenyan president": consultation, mutual like talks.
  ...['speak by phone with', 'speak by telephone with', 'talk by phone with', 'hold phone talks with', 'hold a phone call with'].map((cue) => Object.freeze({ cue, kind: 'negotiate', polarity: 'support' as const })),
]);

/** Forms of "deny": a denial rejects a charge (stances/denial) and negates a denied act ("denied sending troops"). */
export const DENY = /^(deny|denies|denied|denying)$/;
