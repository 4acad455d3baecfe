/**
 * Verb forms the tagger misreads: "is telling reporters" (read as the adjective of "a telling sign")
 * and "tells clients" (read as a plural noun). A verb that takes its hearer as object is a verb when
 * an object follows it: after a form of "be" for the -ing form, after its subject for the -s form.
 */
import type { Token } from '../doc/document.js';
import type { CueEntry } from './lexicon.js';

/** Lemmas whose first object is a hearer ("tell them", "assure investors", "warn voters"). */
const HEARER_VERBS = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'advise', 'urge', 'caution']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", 'am']);

const has = (t: Token | undefined, tag: string) => !!t && t.tags.includes(tag);

/** An object after the verb: a pronoun or a noun phrase, but not "that" ("it is telling that …" is the adjective). */
function objectAt(t: Token | undefined): boolean {
  if (!t || t.norm === 'that') return false;
  return has(t, 'Pronoun') || has(t, 'Noun') || has(t, 'ProperNoun') || (has(t, 'Determiner') && !/^(a|an)$/.test(t.norm)) || /^(anyone|everyone|them|him|her|us|me)$/.test(t.norm);
}

/**
 * "She is telling members that …", "The mayor tells reporters the plan is dead", "Ruiz, a lawyer, tells
 * clients …" (but "a telling sign", "it is telling that", "the tells of a bluffer" stay non-verbs).
 */
export function hearerVerb(toks: readonly Token[], i: number, entry: CueEntry): boolean {
  const t = toks[i]!;
  if (entry.pos !== 'verb' || !HEARER_VERBS.has(entry.phrase) || has(t, 'Verb') || !objectAt(toks[i + 1])) return false;
  const prev = toks[i - 1];
  if (!prev) return false;
  if (t.norm.endsWith('ing')) return BE.has(prev.norm);
  if (!t.norm.endsWith('s')) return false;
  if (has(prev, 'Determiner') || has(prev, 'Possessive') || has(prev, 'Adjective') || has(prev, 'Preposition') || prev.norm === "'s") return false;
  return prev.norm === ',' || has(prev, 'Noun') || has(prev, 'ProperNoun');
}

/** "It is telling that nobody came": "tell" with no hearer before "that" is the adjective ("told that" is passive, handled there). */
export function adjectiveTelling(toks: readonly Token[], i: number, entry: CueEntry): boolean {
  return entry.pos === 'verb' && entry.phrase === 'tell' && toks[i]!.norm === 'telling' && toks[i + 1]?.norm === 'that';
}
