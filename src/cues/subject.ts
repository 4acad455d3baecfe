/**
 * The subject of a cue's verb: a noun phrase before it, past auxiliaries and adverbs, a parenthetical
 * (", for its part,"), a relative clause, or an appositive between the subject and the verb; or a
 * relative pronoun with its antecedent ("officials who said").
 */
import type { Token } from '../doc/document.js';
import { has, isTime, RELATIVE } from './words.js';
import { modifiersBefore } from './modifiers.js';
import { inNounPhrase, isAgentParticiple, lastIndexOf, nounPhraseAfter, nounPhraseBefore, type Phrase } from './noun-phrase.js';
import { anonymityClauseBefore } from './anonymity.js';

export interface Subject extends Phrase {
  /** A relative pronoun subject ("who said"): the noun phrase it stands for, when adjacent. */
  antecedent: Phrase | null;
}


/** The subject of the verb at token k: a noun phrase, or a relative pronoun with its antecedent. */
export function subjectBefore(toks: readonly Token[], k: number, floor = 0): Subject | null {
  const m = modifiersBefore(toks, k, floor);
  let end = m.groupStart;
  // "Officials who asked not to be named said": the formula belongs to the subject.
  const anon = anonymityClauseBefore(toks, end, floor);
  if (anon > floor) {
    const np = nounPhraseBefore(toks, toks[anon - 1]?.norm === ',' ? anon - 1 : anon, floor);
    if (np) return { from: np.from, to: toks[end - 1]?.norm === ',' ? end - 1 : end, antecedent: null };
  }
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
    else if (open > floor && !/ing$/.test(toks[k]?.norm ?? '') && isParticipleAside(toks, open + 1, end - 1)) {
      // "The lawsuit, filed in 2023 by a former manager, alleges": the participle phrase belongs to the source, as PolNeAR marks it.
      const np = nounPhraseBefore(toks, open, floor);
      return np ? { from: np.from, to: end - 1, antecedent: null } : null;
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
  if (np && isTimeOnly(toks, np)) {
    // "A poll released Monday found", "a survey conducted last week shows": the time belongs to a participle on the subject.
    const p = /^(on|in|last|this|earlier|late)$/.test(toks[np.from - 1]?.norm ?? '') ? np.from - 2 : np.from - 1;
    const head = p > floor && isAgentParticiple(toks[p]) ? nounPhraseBefore(toks, p, floor) : null;
    if (head && head.to === p) return { from: head.from, to: end, antecedent: null };
  }
  return np ? { ...np, antecedent: null } : null;
}

/** Is the phrase only a time ("Monday", "last week", "March 3")? */
function isTimeOnly(toks: readonly Token[], p: Phrase): boolean {
  for (let k = p.from; k < p.to; k++) if (!isTime(toks[k]) && !has(toks[k], 'Value')) return false;
  return true;
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

/** ", filed in 2023 by a former manager,", ", asked about the report,": a participle phrase (a finite clause has its subject first). */
function isParticipleAside(toks: readonly Token[], from: number, to: number): boolean {
  const first = toks[from];
  return !!first && to - from <= 14 && has(first, 'PastTense') && !has(first, 'Auxiliary') && !has(first, 'Copula') && (has(toks[from + 1], 'Preposition') || has(toks[from + 1], 'Particle'));
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
