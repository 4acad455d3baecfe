/** Verb forms left out of the cue lexicon that still report a belief when a clause follows them. */
import type { Token } from '../doc/document.js';

const has = (t: Token | undefined, tag: string) => !!t && t.tags.includes(tag);

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

/**
 * "Trump knows there are people who …", "he knew his drinking was a danger", "most candidates know that they can …":
 * "know" reports a belief only before a clause ("knew Ali for decades", "knows how to", "known as" are not claims).
 */
export function knowClause(toks: readonly Token[], i: number): boolean {
  if (!/^(know|knows|knew)$/.test(toks[i]!.norm)) return false;
  const next = toks[i + 1];
  if (!next) return false;
  // "they're being spun": a contracted pronoun and verb is a clause.
  if (next.norm === 'that' || /^(he|she|they|it|there|we|i)'(s|re|ll|d|ve|m)$/.test(next.norm)) return true;
  if (!/^(he|she|they|it|there|we|i)$/.test(next.norm) && !has(next, 'Determiner') && !has(next, 'Possessive') && !has(next, 'ProperNoun')) return false;
  for (let k = i + 2; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k]!;
    if (!/\p{L}/u.test(t.text)) return false;
    if (has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Infinitive') && !has(t, 'Noun')) return true;
  }
  return false;
}
