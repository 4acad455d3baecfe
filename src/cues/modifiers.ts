/** The verb group between a subject and its cue: auxiliaries, adverbs, negation, "refused to". */
import type { Token } from '../doc/document.js';
import { AUX, CONTROL, has, HEDGES, HEDGING_CONTROL, MODALITY, NEGATION, REFUSAL } from './words.js';

export interface Modifiers {
  negated: boolean;
  hedged: boolean;
  modality: string | null;
  /** Index of the first token of the verb group (auxiliaries included). */
  groupStart: number;
}

/** Words compromise may tag as adjectives that sit in a verb group ("has long been", "has so far refrained"). */
const ADVERBIAL = new Set(['long', 'far', 'so', 'thus', 'yet', 'ever', 'still', 'already', 'also', 'later', 'earlier']);
/** Time adverbs the tagger reads as ordinals or conjunctions ("first reported", "now says"); not after a determiner ("the first reported case"). */
const TIME_ADVERBS = new Set(['first', 'now', 'then', 'once', 'initially', 'finally', 'soon']);

/** Words between subject and cue that do not break the link: auxiliaries, adverbs, negation, "refused to". */
export function modifiersBefore(toks: readonly Token[], k: number, floor = 0): Modifiers {
  const m: Modifiers = { negated: false, hedged: false, modality: null, groupStart: k };
  let j = k - 1;
  while (j >= floor) {
    const t = toks[j]!;
    const before = toks[j - 1];
    const timeAdverb = (TIME_ADVERBS.has(t.norm) && !!before && !has(before, 'Determiner') && !has(before, 'Possessive') && before.norm !== "'s") || (t.norm === 'since' && AUX.has(before?.norm ?? ''));
    if (AUX.has(t.norm) || (has(t, 'Adverb') && !has(t, 'Noun') && t.norm !== 'when') || NEGATION.has(t.norm) || ADVERBIAL.has(t.norm) || timeAdverb) {
      if (NEGATION.has(t.norm)) m.negated = true;
      if (HEDGES.has(t.norm)) m.hedged = true;
      if (MODALITY.has(t.norm)) m.modality = MODALITY.get(t.norm)!;
      j--;
      continue;
    }
    // "refused to condemn", "appears to back", "wants to meet": the subject is the outer verb's.
    if (t.norm === 'to' && j - 1 >= floor && (REFUSAL.has(toks[j - 1]!.norm) || CONTROL.has(toks[j - 1]!.norm))) {
      const v = toks[j - 1]!.norm;
      if (REFUSAL.has(v)) m.negated = true;
      if (HEDGING_CONTROL.has(v)) m.hedged = true;
      j -= 2;
      continue;
    }
    // "refrained from condemning" works the same way through "from".
    if (t.norm === 'from' && j - 1 >= floor && /^refrain/.test(toks[j - 1]!.norm)) {
      m.negated = true;
      j -= 2;
      continue;
    }
    break;
  }
  m.groupStart = j + 1;
  return m;
}

