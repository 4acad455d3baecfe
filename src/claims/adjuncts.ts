/**
 * What sits around a verb cue without being its source or content: the time adjunct of a subject
 * ("Spicer on Thursday said"), adjuncts after the cue ("said in a statement on Friday"), a fronted
 * clause, and the sentence a closing "said:" opens.
 */
import type { Document, Sentence, Token } from '../doc/document.js';
import type { Span } from '../schema/span.js';
import type { Phrase } from '../cues/frame.js';
import { isAgentParticiple } from '../cues/noun-phrase.js';
import { subjectBefore } from '../cues/frame.js';
import { quoteEndAfter, sideOf } from '../cues/quotes.js';
import { has, isTime, TIME_WORDS } from '../cues/words.js';
import { contentBefore, contentSpan } from './content.js';
import { isEnd } from './interrupted.js';


/** Does the text before token e (after the quote or sentence start) hold a verb, as a reported clause does? */
export function clauseBefore(doc: Document, sentence: Sentence, e: number): boolean {
  const before = contentBefore(doc, sentence, e);
  if (!before) return false;
  const first = doc.tokenAt(before.start);
  // "As caucusing got under way, X weighed in": a fronted adverbial clause; but "Though A, B is C, experts say"
  // holds a main clause after the adverbial one.
  const adverbial = !first || /^(as|when|after|while|because|although|though|since|before|until|once|if|unless|whenever)$/.test(first.norm);
  if (!first) return false;
  let comma = !adverbial;
  for (let i = first.i; i < doc.tokens.length && doc.tokens[i]!.start < before.end; i++) {
    const t = doc.tokens[i]!;
    if (t.norm === ',') comma = true;
    if (comma && t.tags.includes('Verb') && !t.tags.includes('Gerund')) return true;
  }
  return false;
}

/** "He said:" closing its sentence: the content is the next sentence, or the quotation it opens. */
export function afterColon(doc: Document, sentence: Sentence, a: number): Span | null {
  const toks = sentence.tokens;
  if (toks[a - 1]?.norm !== ':' || toks.slice(a).some((t) => /[\p{L}\p{N}]/u.test(t.text))) return null;
  const next = doc.sentences[sentence.i + 1];
  const first = next?.tokens[0];
  if (!next || !first) return null;
  if (sideOf(doc, first) === 'open') {
    const close = quoteEndAfter(doc, first.i);
    const end = sideOf(doc, doc.tokens[close]!) === 'close' ? doc.tokens[close - 1]!.end : doc.tokens[close]!.end;
    return contentSpan(doc, first.start, end);
  }
  return contentSpan(doc, next.start, next.end);
}

/** Does nothing but adjuncts ("in a statement on Tuesday") follow the cue up to a comma or the end? */
export function trailing(doc: Document, toks: readonly Token[], a: number): { ok: boolean; end: number } {
  let j = a;
  while (j < toks.length) {
    const t = toks[j]!;
    if (isEnd(doc, t) || t.norm === ',' || t.norm === '—') return { ok: true, end: j };
    const modifier = has(t, 'Adjective') || has(t, 'Value') || has(t, 'Possessive') || t.norm === "'s" || t.norm === '-';
    // "in a notice posted on Tuesday", "in a letter sent to residents": a participle on the adjunct's noun.
    const participle = j > a && isAgentParticiple(t) && has(toks[j - 1], 'Noun') && !has(toks[j - 1], 'Pronoun') && (has(toks[j + 1], 'Preposition') || /^(to|by|for)$/.test(toks[j + 1]?.norm ?? '') || isEnd(doc, toks[j + 1]) || toks[j + 1]?.norm === ',');
    if (participle) {
      // The tagger may call the "to" after it a conjunction ("sent to residents").
      j += /^(to|by|for)$/.test(toks[j + 1]?.norm ?? '') ? 2 : 1;
      continue;
    }
    if (has(t, 'Preposition') || TIME_WORDS.has(t.norm) || has(t, 'Date') || has(t, 'Adverb') || has(t, 'Determiner') || (j > a && (modifier || (has(t, 'Noun') && !has(t, 'Pronoun'))))) {
      j++;
      continue;
    }
    return { ok: false, end: j };
  }
  return { ok: true, end: j };
}

/** "Sean Spicer on Thursday said", "the senator last week said": the time adjunct is not the subject. */
export function withoutTime<P extends Phrase>(toks: readonly Token[], p: P | null): P | null {
  if (!p || !isTimeHead(toks, p)) return p;
  let k = p.to - 1;
  while (k > p.from && (isTime(toks[k]) || has(toks[k], 'Determiner'))) k--;
  // What is left must end a noun phrase: "Spicer on Thursday" → "Spicer", "the senator last week" → "the senator".
  if (has(toks[k], 'Preposition') && k > p.from) k--;
  // "A poll released Monday": the participle goes with its time; the noun before it heads the source.
  if (k > p.from && isAgentParticiple(toks[k]) && has(toks[k - 1], 'Noun')) return { ...p, to: k };
  return k >= p.from && k < p.to - 1 && !isTime(toks[k]) && (has(toks[k], 'Noun') || toks[k]!.norm === ')') ? { ...p, to: k + 1 } : p;
}

export { isTime };

export function isTimeHead(toks: readonly Token[], p: Phrase): boolean {
  const head = toks[p.to - 1]!;
  return isTime(head);
}

/** Nouns that a clause may take back as its object: "…, a charge the army denied", "an account the firm disputes". */
const TAKEN_BACK = new Set(['charge', 'claim', 'accusation', 'allegation', 'assertion', 'account', 'version', 'suggestion', 'characterization', 'description', 'figure', 'estimate']);

/**
 * "…, a charge Ukraine's army denied": the object relative clause's subject is the source; the noun before it
 * ("a charge") is what is denied, not who denies it. Only when a determiner opens that noun and a name,
 * possessive or determiner opens the next phrase ("the novelist Ana Ruiz" has no such noun).
 */
export function withoutTakenBack<P extends Phrase>(toks: readonly Token[], p: P | null): P | null {
  if (!p || p.to - p.from < 3 || !/^(a|an|the|that)$/.test(toks[p.from]!.norm) || !TAKEN_BACK.has(toks[p.from + 1]!.norm)) return p;
  const next = toks[p.from + 2]!;
  const opens = has(next, 'ProperNoun') || has(next, 'Determiner') || has(next, 'Possessive') || (has(next, 'Pronoun') && !/^(who|which|that)$/.test(next.norm));
  return opens ? { ...p, from: p.from + 2 } : p;
}

/**
 * "A voter asked for a selfie and Ortiz said, “…”": a phrase joined by "and" right after a verb or preposition
 * starts as that verb's object; only the part after "and" is the next verb's subject ("The mayor and her aide said" stays whole).
 */
export function withoutObject<P extends Phrase>(toks: readonly Token[], p: P | null): P | null {
  const before = toks[(p?.from ?? 0) - 1];
  if (!p || !before || !(has(before, 'Preposition') || (has(before, 'Verb') && !has(before, 'Auxiliary') && !has(before, 'Copula')))) return p;
  // Only a common noun phrase with its determiner before "and" ("a selfie", "the offer"): "Harvard and Yale found",
  // "both Obama and his wife", "generals and admirals" are one subject.
  const and = toks.findIndex((t, j) => j > p.from && j < p.to - 1 && t.norm === 'and');
  if (and < 0 || !has(toks[p.from], 'Determiner') || /^(both|either|neither|between)$/.test(toks[p.from]!.norm)) return p;
  return toks.slice(p.from, and).some((t) => has(t, 'ProperNoun')) ? p : { ...p, from: and + 1 };
}

/** "A statement posted on the website said C": the subject runs back over a participle and its place to the noun it modifies. */
export function withParticiple<P extends Phrase>(toks: readonly Token[], p: P | null, before: (k: number) => Phrase | null): P | null {
  if (!p || !/^(on|in|at|from)$/.test(toks[p.from - 1]?.norm ?? '') || !isAgentParticiple(toks[p.from - 2]) || !has(toks[p.from - 3], 'Noun') || has(toks[p.from - 3], 'Pronoun')) return p;
  const head = before(p.from - 2);
  return head && head.to === p.from - 2 ? { ...p, from: head.from } : p;
}

/** Documents that carry their author after "by": "a survey by the Pew Research Center found …". */
const AUTHORED = new Set(['survey', 'poll', 'study', 'report', 'analysis', 'review', 'audit', 'investigation', 'estimate', 'paper', 'letter', 'statement', 'memo', 'ruling', 'assessment']);

/** ", a survey by the STEM institute found": the subject runs back over "by" to the document it authors. */
export function withAuthor<P extends Phrase>(toks: readonly Token[], p: P | null, before: (k: number) => Phrase | null): P | null {
  if (!p || toks[p.from - 1]?.norm !== 'by' || !AUTHORED.has(toks[p.from - 2]?.norm ?? '')) return p;
  const doc = before(p.from - 1);
  return doc && doc.to === p.from - 1 ? { ...p, from: doc.from } : p;
}

/** The subject before the verb at token k, read past a time adjunct, a taken-back noun, an object before "and", a participle's place and a document's author. */
export function nearSubject(toks: readonly Token[], k: number) {
  const before = (j: number) => subjectBefore(toks, j);
  return withAuthor(toks, withParticiple(toks, withoutObject(toks, withoutTakenBack(toks, withoutTime(toks, before(k)))), before), before);
}
