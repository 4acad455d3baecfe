/**
 * Readings of a sentence's first words that the tagger's capital misleads: common-noun modifiers
 * ("Industry analysts"), first names read as gerunds ("Erling Haaland"), party labels before a name.
 */
import type { Token } from '../doc/document.js';
import { hasTag, isCapitalised } from './match.js';

export const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Country', 'City'];

/** "Democrat Jon Ossoff", "Republican Liz Cheney": labels that stay out of the person's name. */
export const PARTY_LABELS: ReadonlySet<string> = new Set(['Democrat', 'Republican', 'Independent', 'Conservative', 'Tory', 'Labour', 'Libertarian']);

/**
 * A sentence-opening common noun that modifies the lower-case noun after it: "Industry analysts said",
 * "Court filings show", "Health officials warned" (a compound, not a name); and a descriptor before a
 * name, "Pension fund Vasa Capital", "Chip maker Arm Holdings". The tagger's own guess for an opening
 * capital is no support: only an untagged noun before a plural noun, or any word before "noun Name".
 */
export function commonModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || !/^\p{Ll}+$/u.test(next.text) || !hasTag(next, 'Noun') || hasTag(next, 'Pronoun')) return false;
  const after = tokens[k + 2];
  if (hasTag(next, 'Singular') && !hasTag(next, 'Verb') && after && isCapitalised(after) && hasTag(after, 'ProperNoun', 'Person', 'Organization')) return !hasTag(t, 'Person', 'Place', 'Country', 'City', 'Acronym');
  return hasTag(next, 'Plural') && !hasTag(next, 'Verb') && hasTag(t, 'Noun') && !hasTag(t, ...NAME_TAGS, 'Adjective');
}

/**
 * "Erling Haaland scored", "Sterling Brown said": a first name ending in "-ing" that the tagger reads as
 * a gerund, before a singular proper noun that a verb follows. "Following Trump's visit" and "Leading
 * Republicans said" keep their verb reading (a possessive, a plural after it).
 */
export function gerundFirstName(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  return hasTag(tokens[k]!, 'Gerund') && !!next && isCapitalised(next) && hasTag(next, 'ProperNoun') && !hasTag(next, 'Plural', 'Place', 'Country', 'City') && !!after && /^\p{Ll}/u.test(after.text) && hasTag(after, 'Verb');
}

/**
 * "Environmental groups sued": an opening adjective before a plural noun, though the article capitalises
 * the word inside a name ("Environmental Protection Agency"). An opening plural noun before a verb
 * ("Builders warned") is left alone: clubs open sentences the same way ("Rangers won").
 */
export function commonOpener(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (hasTag(t, ...NAME_TAGS) || !next || !/^\p{Ll}+$/u.test(next.text)) return false;
  return hasTag(t, 'Adjective') && hasTag(next, 'Plural') && !hasTag(next, 'Verb');
}
