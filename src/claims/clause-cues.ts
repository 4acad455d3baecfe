/** Verb forms left out of the cue lexicon that still report a belief when a clause follows them. */
import type { Token } from '../doc/document.js';
import { has } from '../cues/words.js';


/**
 * "Conservatives thought the term would be different": "thought" is left out of the cues ("the thought of",
 * "thought about running"), but a finite "thought" between a subject and a clause reports a belief.
 */
export function thoughtClause(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (t.norm !== 'thought' || !has(t, 'Verb') || !prev || !next) return false;
  const subject = (has(prev, 'Noun') || has(prev, 'Pronoun')) && !has(prev, 'Determiner') && !has(prev, 'Possessive') && prev.norm !== "'s";
  const clause = next.norm === 'that' || /^(he|she|they|it|we|you|this|these|those|the|some|most|many|his|her|their)$/.test(next.norm) || (has(next, 'ProperNoun') && /^\p{Lu}/u.test(next.text));
  return subject && clause;
}
