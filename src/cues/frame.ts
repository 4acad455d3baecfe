/**
 * Where a cue's participants sit in its sentence: the subject noun phrase before the cue (past
 * auxiliaries, adverbs, "refused to", a parenthetical ", for its part,"), the noun phrase after it,
 * and the words between subject and cue that negate, hedge or mark modality. Token indexes are
 * indexes into `sentence.tokens`; everything here is per sentence.
 */
import type { Token } from '../doc/document.js';
import { AUX, NEGATION, RELATIVE } from './words.js';
import { modifiersBefore } from './modifiers.js';

export { modifiersBefore, type Modifiers } from './modifiers.js';

export interface Phrase {
  from: number;
  to: number;
}

export interface Subject extends Phrase {
  /** A relative pronoun subject ("who said"): the noun phrase it stands for, when adjacent. */
  antecedent: Phrase | null;
}


const PERSONAL = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const NP_PREPS = new Set(['for', 'at', 'in', 'from', 'with', 'on']);
/** Adjectives that, with "to" or "with", post-modify a subject ("people familiar with the plan"). */
const POST_ADJ = new Set(['close', 'familiar', 'loyal', 'allied', 'opposed', 'linked', 'sympathetic', 'connected', 'aligned', 'friendly', 'closest']);
const has = (t: Token | undefined, tag: string) => !!t && t.tags.includes(tag);
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
    // "Clinton campaign manager Robby Mook", "Party Chairman X": a noun modifier tagged as a verb.
    const modifier = j < end - 1 && has(t, 'Verb') && !AUX.has(t.norm) && !has(t, 'PastTense') && !has(t, 'Gerund') && !has(t, 'Copula') &&
      has(toks[j + 1], 'Noun') && !has(toks[j + 1], 'Pronoun') && (!before || j === floor || before.norm === ',' || /Noun|Determiner|Adjective/.test(before.tags.join(' ')) && !has(before, 'Pronoun'));
    // "those surveyed", "those polled": a participle after "those" ends the noun phrase.
    const thoseParticiple = j === end - 1 && has(t, 'PastTense') && before?.norm === 'those';
    if (inNounPhrase(t) || mistagged || modifier || thoseParticiple) {
      j--;
      continue;
    }
    // "of" and "and" join two noun phrases ("the Ministry of Defense", "Sanders and his aides"), as do
    // the prepositions of titles ("a professor of law at Yale", "a spokesman for the campaign").
    if ((t.norm === 'of' || t.norm === 'and' || (NP_PREPS.has(t.norm) && has(toks[j - 1], 'Noun') && !has(toks[j - 1], 'Pronoun'))) && j - 1 >= floor && j + 1 < end && inNounPhrase(toks[j - 1]!) && inNounPhrase(toks[j + 1]!)) {
      j--;
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

/** The subject of the verb at token k: a noun phrase, or a relative pronoun with its antecedent. */
export function subjectBefore(toks: readonly Token[], k: number, floor = 0): Subject | null {
  const m = modifiersBefore(toks, k, floor);
  let end = m.groupStart;
  // Skip a parenthetical between subject and verb: "Tehran, for its part, has condemned".
  if (toks[end - 1]?.norm === ',') {
    const open = lastIndexOf(toks, ',', end - 2, Math.max(floor, end - 26));
    const rel = open > floor ? relativeAfterNoun(toks, open + 1, end - 1) : -1;
    if (open > floor && (isParenthetical(toks, open + 1, end - 1) || isRelativeClause(toks, open + 1))) end = open;
    else if (rel > 0) {
      // "Kasich, a Republican who has refused to endorse him, said": the name and its appositive noun.
      const np = nounPhraseBefore(toks, open, floor);
      return np ? { from: np.from, to: rel, antecedent: null } : null;
    }
    else if (open > floor && isAppositive(toks, open + 1, end - 1)) {
      // "The state's chairman, Phil Lovas, said": both noun phrases name the subject.
      const np = nounPhraseBefore(toks, open, floor);
      return np ? { from: np.from, to: end - 1, antecedent: null } : { from: open + 1, to: end - 1, antecedent: null };
    } else return null;
  }
  const rel = toks[end - 1];
  if (rel && RELATIVE.has(rel.norm) && end - 1 >= floor) {
    const before = toks[end - 2]?.norm === ',' ? end - 2 : end - 1;
    return { from: end - 1, to: end, antecedent: nounPhraseBefore(toks, before, floor) };
  }
  const np = nounPhraseBefore(toks, end, floor);
  return np ? { ...np, antecedent: null } : null;
}

/**
 * "Russian aircraft including helicopter gunships killed", "a group based in Trinidad claims": a
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
    if (inNounPhrase(t) || (t.norm === '.' && /^[A-Z][a-z]{0,3}$/.test(toks[j - 1]?.text ?? '') && j > i)) {
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

/** ", who remains influential in X," between a subject and its verb. */
function isRelativeClause(toks: readonly Token[], from: number): boolean {
  return toks[from]?.norm === 'who' || toks[from]?.norm === 'which' || toks[from]?.norm === 'whose';
}

/** ", a Republican who has refused to endorse him,": an appositive noun phrase with a relative clause; the pronoun's index or -1. */
function relativeAfterNoun(toks: readonly Token[], from: number, to: number): number {
  const np = nounPhraseAfter(toks, from, to);
  if (!np || np.to - np.from > 10 || has(toks[np.from], 'Pronoun') || to - from > 24) return -1;
  return /^(who|whose)$/.test(toks[np.to]?.norm ?? '') ? np.to : -1;
}

function isParenthetical(toks: readonly Token[], from: number, to: number): boolean {
  const first = toks[from];
  if (!first || to - from > 12) return false;
  if (has(first, 'Gerund') || (has(first, 'Verb') && /ing$/.test(first.norm))) return true; // ", speaking to veterans,"
  return to - from <= 7 && (has(first, 'Preposition') || has(first, 'Adverb') || /^(however|meanwhile|too|though)$/.test(first.norm));
}

/**
 * ", Phil Lovas," or ", a spokesman for the campaign," or ", director of the institute at the
 * university's law school and a former adviser,": noun phrases joined by prepositions and "and".
 */
function isAppositive(toks: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 22) return false;
  const np = nounPhraseBefore(toks, to, from);
  if (np && np.from === from) return true;
  if (!inNounPhrase(toks[from]!) || !inNounPhrase(toks[to - 1]!) || has(toks[to - 1], 'Pronoun')) return false;
  for (let j = from + 1; j < to - 1; j++) {
    const t = toks[j]!;
    if (inNounPhrase(t) || has(t, 'Preposition') || t.norm === 'and') continue;
    return false;
  }
  return true;
}

export function lastIndexOf(toks: readonly Token[], norm: string, from: number, floor: number): number {
  for (let j = from; j >= floor; j--) if (toks[j]!.norm === norm) return j;
  return -1;
}
