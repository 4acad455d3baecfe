/**
 * Noun phrases around a cue: the one ending before a token (past "of"/"and" attachments, post-modifiers
 * such as "familiar with the talks"), the one starting after it, and a participle phrase on a subject.
 * Token indexes are indexes into `sentence.tokens`.
 */
import type { Token } from '../doc/document.js';
import { AUX, has, ING_NAME, NEGATION, spacedDash } from './words.js';

export interface Phrase {
  from: number;
  to: number;
}

const PERSONAL = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
// "the envoy to Peru", "a spokesman for the ministry": prepositions that attach to a noun inside a noun phrase.
const NP_PREPS = new Set(['for', 'at', 'in', 'from', 'with', 'on', 'to']);
/** Adjectives that, with "to" or "with", post-modify a subject ("people familiar with the plan"). */
const POST_ADJ = new Set(['close', 'familiar', 'loyal', 'allied', 'opposed', 'linked', 'sympathetic', 'connected', 'aligned', 'friendly', 'closest']);
const isWord = (t: Token | undefined) => !!t && /[\p{L}\p{N}]/u.test(t.text);

/** Can this token sit inside a noun phrase? */
export function inNounPhrase(t: Token): boolean {
  // "the Washington Post/ABC News poll": a slash joins two names; "42%" is a noun phrase.
  if (t.norm === "'s" || t.norm === '&' || t.norm === '-' || t.norm === '–' || t.norm === '/' || t.norm === '%') return true;
  if (!isWord(t)) return false;
  if (has(t, 'Preposition') || has(t, 'Conjunction') || t.norm === 'that') return false;
  if (AUX.has(t.norm) || NEGATION.has(t.norm)) return false;
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective')) return /^[A-Z]/.test(t.text) && has(t, 'ProperNoun');
  if (has(t, 'Adverb') && !has(t, 'Noun')) return false;
  return true;
}

/** The noun phrase ending just before token `end` (exclusive), scanning left; null if none. */
export function nounPhraseBefore(toks: readonly Token[], end: number, floor = 0): Phrase | null {
  // A personal pronoun is a whole noun phrase ("on Sunday it would expel").
  if (end - 1 >= floor && PERSONAL.has(toks[end - 1]!.norm)) return { from: end - 1, to: end };
  let j = end - 1;
  while (j >= floor && j > end - 16) {
    const t = toks[j]!;
    // Two finite verbs do not meet: a "verb" right before the cue is a mistagged noun ("the Clinton campaign says").
    const before = toks[j - 1];
    const mistagged =
      j === end - 1 && has(t, 'Verb') && !AUX.has(t.norm) && !has(t, 'PastTense') && !has(t, 'Gerund') &&
      (j === floor || !before || (!has(before, 'Pronoun') && !AUX.has(before.norm) && before.norm !== 'to'));
    // "Ruiz campaign manager Dana Holt", "Party Chairman X", "two party officials", "“…,” campaign manager X said": a noun modifier tagged as a verb.
    const modifier = j < end - 1 && has(t, 'Verb') && !AUX.has(t.norm) && !has(t, 'PastTense') && !has(t, 'Gerund') && !has(t, 'Copula') &&
      has(toks[j + 1], 'Noun') && !has(toks[j + 1], 'Pronoun') && (!before || j === floor || before.norm === ',' || /^["“”]$/.test(before.text) || /Noun|Determiner|Adjective|Value/.test(before.tags.join(' ')) && !has(before, 'Pronoun'));
    // "those surveyed", "those polled": a participle after "those" ends the noun phrase.
    const thoseParticiple = j === end - 1 && has(t, 'PastTense') && before?.norm === 'those';
    // "A poll released Monday found", "a survey conducted last week shows": the participle cannot be a second
    // finite verb before the cue's, so it post-modifies the noun before it (the time between is the caller's modifier).
    // "the city housing department", "a polling firm": a gerund between a noun or determiner and a noun modifies it.
    const gerundModifier = j < end - 1 && has(t, 'Gerund') && has(toks[j + 1], 'Noun') && !has(toks[j + 1], 'Pronoun') && !!before && j - 1 >= floor && (has(before, 'Determiner') || (has(before, 'Noun') && !has(before, 'Pronoun')) || has(before, 'Adjective'));
    // "the embattled senator", "the mayor with the famous temper": a participle between a determiner and its noun is an adjective.
    const attributive = j < end - 1 && has(t, 'PastTense') && !AUX.has(t.norm) && has(toks[j + 1], 'Noun') && !has(toks[j + 1], 'Pronoun') && has(before, 'Determiner') && j - 1 >= floor;
    const reduced = j === end - 1 && j - 1 >= floor && isAgentParticiple(t) && has(before, 'Noun') && !has(before, 'Pronoun') && !has(before, 'ProperNoun');
    // "“…,” retired Air Force general Lloyd Newton said": a participle opening the subject after a quotation or comma.
    // (Not after a determiner, "the unsigned opinion": that reading made stance holders of objects.)
    const leadParticiple = j < end - 1 && has(t, 'PastTense') && !AUX.has(t.norm) && has(toks[j + 1], 'Noun') && !has(toks[j + 1], 'Pronoun') && !!before && (before.norm === ',' || /^["“”]$/.test(before.text)) && j - 1 >= floor;
    // "Golding told", "Manning said": a capitalised -ing word right before a finite verb is a name, not a participle.
    const nameGerund = j === end - 1 && has(t, 'Gerund') && ING_NAME.test(t.text) && !!toks[end] && has(toks[end], 'Verb') && !has(toks[end], 'Gerund') && (has(toks[end], 'PastTense') || /s$/.test(toks[end]!.norm));
    // "SAN FRANCISCO (Reuters) - A federal judge": a dash with space on both sides parts phrases (a hyphen joins words).
    if (spacedDash(toks, j)) break;
    if (inNounPhrase(t) || mistagged || modifier || gerundModifier || attributive || thoseParticiple || reduced || leadParticiple || nameGerund) {
      j--;
      continue;
    }
    // "of" and "and" join two noun phrases ("the Ministry of Defense", "Sanders and his aides"), as do
    // the prepositions of titles ("a professor of law at Yale", "a spokesman for the campaign").
    // "nearly three in five said", "4 in 10": a proportion is one noun phrase.
    const proportion = t.norm === 'in' && has(toks[j - 1], 'Value') && has(toks[j + 1], 'Value');
    // ("to" only before a name or a determiner: "envoy to Peru", not "a deadline to release the files".)
    const toName = t.norm !== 'to' || has(toks[j + 1], 'ProperNoun') || has(toks[j + 1], 'Determiner');
    if ((t.norm === 'of' || t.norm === 'and' || proportion || (NP_PREPS.has(t.norm) && toName && has(toks[j - 1], 'Noun') && !has(toks[j - 1], 'Pronoun'))) && j - 1 >= floor && j + 1 < end && inNounPhrase(toks[j - 1]!) && inNounPhrase(toks[j + 1]!)) {
      j--;
      continue;
    }
    // "economists polled by Reuters", "a report commissioned by the ministry": a participle with its agent post-modifies the head.
    if (t.norm === 'by' && j - 2 >= floor && j + 1 < end && inNounPhrase(toks[j + 1]!) && isAgentParticiple(toks[j - 1]) && has(toks[j - 2], 'Noun') && !has(toks[j - 2], 'Pronoun')) {
      j -= 2;
      continue;
    }
    // "the teachers’ union": the apostrophe of a plural possessive is inside the noun phrase.
    if (/^[’']$/.test(t.text) && j + 1 < end && has(toks[j - 1], 'Possessive') && toks[j - 1]!.end === t.start) {
      j--;
      continue;
    }
    // "sources close to the campaign", "officials familiar with the talks": an adjective phrase after the head.
    const head = toks[j - 2];
    if ((t.norm === 'to' || t.norm === 'with') && POST_ADJ.has(toks[j - 1]?.norm ?? '') && j - 2 >= floor && j + 1 < end && head && isWord(head) && (has(head, 'Noun') || /s$/.test(head.norm)) && !has(head, 'Pronoun') && inNounPhrase(toks[j + 1]!)) {
      // A plural head the tagger took for a verb ("Sources close to …") is still the head.
      j -= inNounPhrase(head) ? 2 : 3;
      continue;
    }
    // "Washington along with its allies", "the mayor together with her aides".
    if (t.norm === 'with' && j - 2 >= floor && /^(along|together)$/.test(toks[j - 1]!.norm) && inNounPhrase(toks[j - 2]!)) {
      j -= 2;
      continue;
    }
    // A parenthesis inside a name: "Rep. Gwen Moore (D-Wis.)".
    if (t.norm === ')') {
      const open = lastIndexOf(toks, '(', j - 1, Math.max(floor, j - 8));
      if (open > floor) {
        j = open - 1;
        continue;
      }
    }
    // An abbreviation's period inside a name ("Sen. Warren").
    if (t.norm === '.' && j - 1 >= floor && /^[A-Z][a-z]{0,3}$/.test(toks[j - 1]!.text) && j + 1 < end) {
      j--;
      continue;
    }
    break;
  }
  let from = j + 1;
  while (from < end && !isWord(toks[from])) from++;
  return from < end ? { from, to: end } : null;
}

/** A past participle that takes a "by" agent after a noun ("polled", "commissioned"), not an auxiliary. */
export function isAgentParticiple(t: Token | undefined): boolean {
  return !!t && has(t, 'PastTense') && !AUX.has(t.norm) && (/ed$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm));
}
/** Irregular participles that post-modify nouns ("a letter sent to residents"); not the reporting verbs themselves (said, told, found). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['sent', 'written', 'given', 'made', 'held', 'taken', 'shown', 'built', 'brought', 'paid', 'led', 'drawn', 'kept', 'signed', 'won', 'run', 'set', 'put', 'known', 'seen', 'chosen', 'spoken', 'broken', 'stolen', 'hidden', 'left', 'sold', 'bought']);

/**
 * "Syrian jets including two bombers struck", "a group based in Trinidad claims": a
 * participle phrase after the head belongs to the subject, which starts at the noun phrase before it.
 */
export function withPostModifier(toks: readonly Token[], np: Phrase, floor: number): Phrase {
  for (let j = np.from - 1; j >= floor && j > np.from - 8; j--) {
    const t = toks[j]!;
    const participle = (has(t, 'Gerund') || (has(t, 'PastTense') && !AUX.has(t.norm)) || t.norm === 'loyal' || t.norm === 'close') && !has(t, 'Noun');
    if (participle) {
      const head = nounPhraseBefore(toks, j, floor);
      return head && head.to === j && !has(toks[head.to - 1], 'Pronoun') ? { from: head.from, to: np.to } : np;
    }
    if (!inNounPhrase(t) && !has(t, 'Preposition')) return np;
  }
  return np;
}

/** A noun phrase starting at token i (determiners, adjectives, names, "of"-attachments). */
export function nounPhraseAfter(toks: readonly Token[], i: number, limit = toks.length): Phrase | null {
  let j = i;
  while (j < limit && j < i + 16) {
    const t = toks[j]!;
    // "told reporters the bill had passed": a determiner after a noun starts a new phrase.
    if (j > i && has(t, 'Determiner') && has(toks[j - 1], 'Noun')) break;
    // "told the Gazette she was", "told him they would": a personal pronoun after a noun opens the next clause.
    if (j > i && PERSONAL.has(t.norm) && has(toks[j - 1], 'Noun')) break;
    if (j > i && has(toks[j - 1], 'Pronoun') && PERSONAL.has(toks[j - 1]!.norm) && !has(t, 'Possessive')) break;
    // "Sen. Warren": an abbreviation's period inside a name, not the full stop after "said Ruiz."
    if (inNounPhrase(t) || (t.norm === '.' && /^[A-Z][a-z]{0,3}$/.test(toks[j - 1]?.text ?? '') && j > i && j + 1 < limit && /^\p{Lu}/u.test(toks[j + 1]!.text))) {
      j++;
      continue;
    }
    if ((t.norm === 'of' || t.norm === 'and') && j > i && j + 1 < limit && inNounPhrase(toks[j + 1]!)) {
      j++;
      continue;
    }
    // "Rep. Ann Lee (D-Ore.)": a parenthesis closes the name.
    if (t.norm === '(' && j > i) {
      let k = j + 1;
      while (k < limit && k < j + 8 && toks[k]!.norm !== ')') k++;
      if (toks[k]?.norm === ')') {
        j = k + 1;
        break;
      }
    }
    break;
  }
  return j > i ? { from: i, to: j } : null;
}

/** The last token with this norm in [floor, from], or -1. */
export function lastIndexOf(toks: readonly Token[], norm: string, from: number, floor: number): number {
  for (let j = from; j >= floor; j--) if (toks[j]!.norm === norm) return j;
  return -1;
}
