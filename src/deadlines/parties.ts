/**
 * Who issues a deadline and who must meet it: noun phrases found around the verb by walking the
 * sentence's tokens, then mapped to entities through their mentions (pronouns included, as the
 * entity stage links them). A mention that only modifies the phrase's head ("the North Dakota
 * court", "officials in Brussels") is not the party; a country's governing body is the country
 * ("the Thai government").
 */
import type { Sentence, Token } from '../doc/document.js';
import { mentionsIn } from '../pipeline/lookup.js';
import type { Entity } from '../schema/entity.js';
import { GOVERNING } from './lexicon.js';

const AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'being', 'will', 'would', 'could', 'may', 'might', 'must', 'shall', 'should', 'also', 'already', 'now', 'still', 'just', 'not', 'reportedly', 'allegedly', 'effectively', 'formally', 'officially', 'previously', 'then', 'since', 'once', 'again', 'finally', 'recently']);
const RAISING = new Set(['said', 'believed', 'reported', 'thought', 'understood', 'alleged', 'expected', 'known', 'seen']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const STOP = new Set(['that', 'which', 'who', 'whom', 'when', 'while', 'if', 'after', 'before', 'because', 'as', 'but', 'although', 'though', 'unless', 'where', 'so', 'said', 'says', 'told']);
// Entity typing is uncertain (a league may come out EVENT): only pronouns linked to events are refused.
const NOT_ACTORS = new Set(['EVENT']);
const BREAK = /^[,;:()\[\]—–"“”]$/;

export interface Phrase {
  start: number;
  end: number;
}

/** The subject noun phrase before token index `verb` (an index into sentence.tokens), or null. */
export function subjectBefore(sentence: Sentence, verb: number): Phrase | null {
  const toks = sentence.tokens;
  let i = verb - 1;
  while (i >= 0 && AUX.has(toks[i]!.norm)) i--;
  // "The FCA is said to have given…": a raising verb and its "to" stand between subject and verb.
  if (toks[i]?.norm === 'to' && RAISING.has(toks[i - 1]?.norm ?? '')) for (i -= 2; i >= 0 && AUX.has(toks[i]!.norm); ) i--;
  i = skipInterjected(toks, i);
  // "The rebel commander, Joseph Mbeki, rejected…": the name in apposition is the subject.
  if (toks[i]?.text === ',') return appositiveName(toks, i);
  while (i >= 0 && AUX.has(toks[i]!.norm)) i--;
  if (i < 0) return null;
  if (PRONOUNS.has(toks[i]!.norm)) return { start: toks[i]!.start, end: toks[i]!.end };
  // "The Commission, which has until June 20 to rule": a relative pronoun stands for the noun phrase before its comma.
  if (/^(which|who)$/.test(toks[i]!.norm) && toks[i - 1]?.text === ',' && i >= 2) return subjectBefore(sentence, i - 1);
  const end = i;
  while (i >= 0) {
    const t = toks[i]!;
    // "Britain, France and Germany have given…": a list of names runs on over its commas.
    if (t.text === ',' && listComma(toks, i, end)) {
      i--;
      continue;
    }
    if (BREAK.test(t.text) || STOP.has(t.norm) || PRONOUNS.has(t.norm)) break;
    if (isVerb(t) && i !== end) break;
    i--;
  }
  // "The FA charged the club and gave it…", "X accused Y of "waste" and gave it…": a coordinated verb
  // shares the first verb's subject, whatever its object holds (quotes included).
  if (/^(?:and|but|then)$/.test(toks[end]!.norm) && toks[end - 1]?.text !== ',') {
    const first = coordinatedVerb(sentence, end);
    return first >= 0 ? subjectBefore(sentence, first) : null;
  }
  if (i === end) return null;
  // "The court ruled that …, and gave ministers 28 days": after a comma, the verb joins the main clause's.
  if (i === end - 1 && toks[i]?.text === ',' && /^(?:and|but|then)$/.test(toks[end]!.norm)) return mainSubject(sentence, i);
  return { start: toks[i + 1]!.start, end: toks[end]!.end };
}

/** A comma between two capitalised names of a list whose last item follows "and"/"or" before `end`. */
function listComma(toks: readonly Token[], i: number, end: number): boolean {
  const cap = (t: Token | undefined) => !!t && /^[A-Z]/.test(t.text);
  if (!cap(toks[i - 1]) || !cap(toks[i + 1]) || toks[i - 1]!.tags.includes('Date')) return false;
  // "In Paris, Britain and France…": a fronted place or time is not the list's first item
  if (/^(?:in|on|at|from|for|after|before|since|with|across)$/.test(toks[i - 2]?.norm ?? '')) return false;
  for (let k = i + 1; k <= end; k++) if (/^(?:and|or)$/.test(toks[k]!.norm)) return true;
  return false;
}

/** Index of the verb that a verb after the coordinator at `and` is joined to, or -1 (not across ; : or a clause comma). */
export function coordinatedVerb(sentence: Sentence, and: number): number {
  for (let k = and - 1; k >= 0; k--) {
    const t = sentence.tokens[k]!;
    if (/^[;:]$/.test(t.text)) return -1;
    if (isVerb(t) && !t.tags.includes('Gerund') && sentence.tokens[k - 1]?.norm !== 'to') return k;
  }
  return -1;
}

/** The object noun phrase right after the verb at `v`: up to a preposition, punctuation or verb. */
export function objectAfter(sentence: Sentence, v: number): Phrase | null {
  const toks = sentence.tokens;
  let k = v + 1;
  while (k < toks.length && !BREAK.test(toks[k]!.text) && !/^(?:of|for|over|to|in|on|at|with|from|by|as|against|about|and|but|that)$/.test(toks[k]!.norm) && !isVerb(toks[k]!)) k++;
  return k > v + 1 ? { start: toks[v + 1]!.start, end: toks[k - 1]!.end } : null;
}

/** The subject of the sentence's first verb before token `before`: its main clause. */
function mainSubject(sentence: Sentence, before: number): Phrase | null {
  for (let k = 1; k < before; k++) if (isVerb(sentence.tokens[k]!)) return subjectBefore(sentence, k);
  return null;
}

/**
 * "Trump, who remains influential, has issued…": when a comma closes a relative clause or an
 * apposition right before the verb, the subject is before that clause.
 */
function skipInterjected(toks: readonly Token[], i: number): number {
  if (i < 1 || toks[i]!.text !== ',') return i;
  for (let k = i - 1; k > 0 && k > i - 40; k--) {
    if (toks[k]!.text !== ',') continue;
    const first = toks[k + 1]!.norm;
    return /^(?:who|which|whose|whom|a|an|the|its|his|her|their|also|including|as|said|officials?)$/.test(first) ? k - 1 : i;
  }
  return i;
}

/** The capitalised name between the comma `close` and the comma before it, after a common-noun phrase. */
function appositiveName(toks: readonly Token[], close: number): Phrase | null {
  let k = close - 1;
  while (k >= 0 && /^[A-Z]/.test(toks[k]!.text) && toks[k]!.text !== ',') k--;
  if (k < 0 || k === close - 1 || toks[k]!.text !== ',' || k === 0 || !/^[a-z]/.test(toks[k - 1]!.text)) return null;
  return { start: toks[k + 1]!.start, end: toks[close - 1]!.end };
}

/** A verb that is not also read as a name or a noun ("Reserve", "Commission" stay in the phrase). */
function isVerb(t: Token): boolean {
  return t.tags.includes('Verb') && !t.tags.includes('ProperNoun') && !t.tags.includes('Noun') && /^[a-z]/.test(t.text);
}


/**
 * The entity a phrase names: its head mention, skipping mentions inside a locative modifier
 * ("in Texas") and mentions that modify a common-noun head ("the Kenyan court"), unless that head
 * is a governing body. A possessor yields to a later mention ("Argentina's President Javier Milei").
 */
export function partyIn(entities: readonly Entity[] | undefined, sentence: Sentence, p: Phrase | null): string | null {
  if (!p) return null;
  const hits = mentionsIn(entities, p.start, p.end).filter((h) => h.mention.start >= p.start && h.mention.end <= p.end);
  let best: string | null = null;
  for (const h of hits) {
    // Deadlines are set and met by actors: a pronoun linked to an event is a linking slip.
    if (NOT_ACTORS.has(h.entity.type) && h.mention.kind === 'pronoun') continue;
    const before = tokenBefore(sentence, h.mention.start);
    if (before && before.start >= p.start && /^(?:in|at|from|near|across|inside|outside|to|with|against|by)$/.test(before.norm)) continue;
    const after = tokenAfter(sentence, h.mention.end);
    // A fragment of a longer name ("Freedom" in "Freedom of Information Act") is not the party.
    if (after && after.end <= p.end && /^[A-Z]/.test(after.text) && !mentionsIn(entities, after.start, after.end).length) continue;
    if (after?.norm === 'of' && /^[A-Z]/.test(tokenAfter(sentence, after.end)?.text ?? '')) continue;
    const possessive = after && after.end <= p.end && /^['’]s$|^['’]$/.test(after.text);
    if (possessive) {
      const head = tokenAfter(sentence, after.end);
      if (head && GOVERNING.has(head.norm)) best ??= h.entity.id;
      continue;
    }
    // "the Teamsters union" is the union itself; "the North Dakota court" is not North Dakota.
    const classifier = h.entity.type === 'ORG' || h.entity.type === 'PERSON';
    if (after && after.end <= p.end && isCommonNoun(after) && !classifier && !GOVERNING.has(after.norm) && !mentionsIn(entities, after.start, after.end).length) continue;
    // The first party wins: "gave Apple and Meta 60 days" binds Apple first.
    return h.entity.id;
  }
  return best;
}

/** Only when the phrase ends with the entity's mention ("the Federal Aviation Administration"). */
export function headParty(entities: readonly Entity[] | undefined, sentence: Sentence, p: Phrase | null): string | null {
  if (!p) return null;
  const hits = mentionsIn(entities, p.start, p.end).filter((h) => h.mention.end === p.end || GOVERNING.has(lastWord(sentence, p)));
  return hits.length ? partyIn(entities, sentence, p) : null;
}

function lastWord(sentence: Sentence, p: Phrase): string {
  return tokenBefore(sentence, p.end)?.norm ?? '';
}

function isCommonNoun(t: Token): boolean {
  return /^[a-z]/.test(t.text) && t.tags.includes('Noun') && !t.tags.includes('Pronoun');
}

function tokenBefore(sentence: Sentence, offset: number): Token | undefined {
  let found: Token | undefined;
  for (const t of sentence.tokens) {
    if (t.end <= offset) found = t;
    else break;
  }
  return found;
}

function tokenAfter(sentence: Sentence, offset: number): Token | undefined {
  return sentence.tokens.find((t) => t.start >= offset);
}

