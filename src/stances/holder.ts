/**
 * Who holds a stance: the entities a subject phrase names. One holder per party of "X and Y"; within
 * one party, the head of the phrase ("Civic Alliance leader Martín Ojeda" → the person, not the
 * party that modifies "leader"), a person first, else the first name.
 */
import type { Document, Token } from '../doc/document.js';
import type { Extraction } from '../schema/result.js';
import type { MentionHit } from '../pipeline/lookup.js';
import { subjectBefore, type Phrase } from '../cues/frame.js';
import { entitiesIn } from '../cues/entities.js';

type Records = Readonly<Partial<Extraction>>;

export interface Holder {
  ids: string[];
  text: string;
}

/** The holder's entities: one per party of "X and Y" (the head of each), else one. */
export function holderOf(doc: Document, records: Records, toks: readonly Token[], p: Phrase): Holder | null {
  const text = doc.text.slice(toks[p.from]!.start, toks[p.to - 1]!.end);
  const ids: string[] = [];
  // "the Department for Environment, Food and Rural Affairs" is one name, not three parties.
  if (isNameList(records, toks, p)) {
    const first = entitiesIn(records.entities, toks, p)[0];
    return first ? { ids: [first.entity.id], text } : null;
  }
  // Commas separate parties only in a list ("A, B and C"); otherwise they set off an appositive.
  const list = toks.slice(p.from, p.to).some((t) => t.norm === 'and' || t.norm === '&');
  const sep = list ? /^(and|&|,)$/ : /^(and|&)$/;
  let from = p.from;
  for (let j = p.from; j <= p.to; j++) {
    if (j < p.to && !sep.test(toks[j]!.norm)) continue;
    if (j > from) {
      const pick = headOf(entitiesIn(records.entities, toks, { from, to: j }), toks, j);
      if (pick && !ids.includes(pick.entity.id) && !othersOf(toks, pick, j) && !whereOnly(toks, from, pick)) ids.push(pick.entity.id);
    }
    from = j + 1;
  }
  return ids.length ? { ids, text } : null;
}

/**
 * A name followed, inside its party, by a noun or a possessive modifies that noun ("Liberal Democrat
 * spokesman Tom Harrow", "Pakistan's army chief"); a name followed by a comma, a preposition or
 * nothing heads its phrase. A person head first; with no head, the modifiers ("Villalba's office").
 */
function headOf(all: readonly MentionHit[], toks: readonly Token[], end: number): MentionHit | undefined {
  // "The Georgia Secretary of State, Brad Raffensperger,": a person in apposition after a comma is who speaks.
  const comma = toks.find((t, i) => i < end && t.norm === ',' && all.some((h) => h.mention.end <= t.start));
  // Not "Viktor Orban, a close ally of Aleksandar Vucic,": a person before the comma heads the phrase.
  const appositive = comma && all.find((h) => h.entity.type === 'PERSON' && h.mention.start > comma.start);
  if (appositive && !all.some((h) => h.entity.type === 'PERSON' && h.mention.end <= comma.start)) return appositive;
  // "Greek sides of the island of Cyprus": a name in a prepositional phrase after the head is its complement,
  // unless no name comes before it ("the Prime Minister of Pakistan, Shehbaz Sharif").
  const prep = toks.find((t, i) => i < end && (t.tags.includes('Preposition') || /^(to|of|for|in|at|from)$/.test(t.norm)) && all.some((h) => h.mention.end <= t.start));
  const hits = prep ? all.filter((h) => h.mention.start < prep.start) : all;
  const heads = hits.filter((h) => {
    const next = toks.find((t, i) => i < end && t.start >= h.mention.end);
    return !next || next.norm !== "'s" && !(/\p{L}/u.test(next.text) && /Noun|Adjective/.test(next.tags.join(' ')) && !next.tags.includes('Preposition'));
  });
  const pool = heads.length ? heads : hits;
  return pool.find((h) => h.entity.type === 'PERSON') ?? pool[0];
}

/**
 * Private people named by their role: where they are says nothing of who acts. (Not bodies or events:
 * "a court in Paris", "a bombing near Samarra" leave the place as the only actor the text gives.)
 */
const INDIVIDUAL = /^(judge|magistrate|juror|jury|man|woman|boy|girl|resident|teacher|doctor|nurse|student|lawyer|attorney|farmer|driver|worker|mother|father|pastor|priest|imam|rabbi|businessman|businesswoman|voter|shopkeeper|reporter|journalist|professor|scientist|researcher|activist|blogger|landlord|tenant|pensioner|retiree|homeowner|plaintiff|patient)$/;

/**
 * "A judge in Texas ordered", "A man from Ohio sued": a place in the prepositional phrase of an
 * indefinite subject only says where the person is; it holds no stance of its own.
 */
function whereOnly(toks: readonly Token[], from: number, pick: MentionHit): boolean {
  if (!/^(a|an)$/.test(toks[from]?.norm ?? '') || (pick.entity.type !== 'GPE' && pick.entity.type !== 'LOC')) return false;
  const prep = toks.findIndex((t, i) => i > from && t.end <= pick.mention.start && /^(in|at|from)$/.test(t.norm));
  if (prep < 0 || toks.slice(from + 1, prep).some((t) => /^[A-Z]/.test(t.text))) return false;
  return INDIVIDUAL.test(toks[prep - 1]?.norm ?? '');
}

/** People who stand apart from the owner they are named by: "Acme's investors" do not speak for Acme. */
const NON_AGENT = /^(investors|shareholders|stockholders|bondholders|creditors|lenders|customers|clients|critics|rivals|opponents|detractors|competitors|enemies|foes)$/;

/** "Two of Norrland's biggest investors": the name only modifies a head noun naming other people. */
function othersOf(toks: readonly Token[], pick: MentionHit, end: number): boolean {
  const next = toks.find((t) => t.start >= pick.mention.end);
  return !!next && (next.norm === "'s" || next.norm === "’s") && NON_AGENT.test(toks[end - 1]?.norm ?? '');
}

/**
 * "Department for Environment, Food and Rural Affairs": an "of/for" name whose complement is a list
 * of bare capitalised words (no determiner, no country), at least one comma before the "and".
 */
function isNameList(records: Records, toks: readonly Token[], p: Phrase): boolean {
  const comma = toks.findIndex((t, i) => i >= p.from && i < p.to && t.norm === ',');
  if (comma < 0) return false;
  const head = toks.slice(p.from, comma);
  const of = head.findIndex((t) => t.norm === 'of' || t.norm === 'for');
  if (of < 1 || !/^[A-Z]/.test(head[of + 1]?.text ?? '')) return false;
  const rest = toks.slice(comma + 1, p.to);
  if (!rest.some((t) => t.norm === 'and' || t.norm === '&')) return false;
  const bare = rest.every((t) => /^(and|&|,)$/.test(t.norm) || /^[A-Z]/.test(t.text));
  const places = entitiesIn(records.entities, toks, { from: comma + 1, to: p.to }).some((h) => h.entity.type === 'GPE');
  return bare && !places;
}

/** "Syria said it will withdraw": a pronoun subject inside a claim's content is its source. */
export function speakerOf(doc: Document, records: Records, toks: readonly Token[], p: Phrase, cueToken: number): Holder | null {
  if (p.to - p.from !== 1 || !/^(he|she|it|they|we)$/.test(toks[p.from]!.norm)) return null;
  const at = toks[cueToken]!.start;
  const claim = (records.claims ?? []).find((c) => c.source && c.content.start <= at && at < c.content.end);
  if (!claim?.source) return null;
  // "Iran said it would retaliate": "it" is the country speaking, never a person ("“If Paris signs this, it signs our death warrant,” said Dubois").
  const person = records.entities?.find((e) => e.id === claim.source)?.type === 'PERSON';
  const pronoun = toks[p.from]!.norm;
  if ((pronoun === 'it' && person) || ((pronoun === 'he' || pronoun === 'she') && !person)) return null;
  return { ids: [claim.source], text: doc.text.slice(toks[p.from]!.start, toks[p.to - 1]!.end) };
}

/** "X issued a declaration demanding that Y ...": the participle's holder is the subject of the sentence's first verb. */
export function clauseHolder(doc: Document, records: Records, toks: readonly Token[], before: number): Holder | null {
  const v = toks.findIndex((t, i) => i < before && t.tags.includes('Verb') && !t.tags.includes('Gerund'));
  const sub = v > 0 ? subjectBefore(toks, v) : null;
  return sub ? holderOf(doc, records, toks, sub.antecedent ?? sub) : null;
}

/** A subject cut at a comma inside a listed name ("…, Food and Rural Affairs") regains the name's start. */
export function withNameListStart(records: Records, toks: readonly Token[], p: Phrase): Phrase {
  let from = p.from;
  for (let k = 0; k < 6 && toks[from - 1]?.norm === ','; k++) {
    let j = from - 2;
    while (j >= 0 && j > from - 12 && toks[j]!.norm !== ',' && (/^[A-Z]/.test(toks[j]!.text) || /^(of|for|the|and|&)$/.test(toks[j]!.norm))) j--;
    const seg = toks.slice(j + 1, from - 1);
    from = j + 1;
    if (seg.some((t) => t.norm === 'of' || t.norm === 'for')) {
      const whole = { from, to: p.to };
      return isNameList(records, toks, whole) ? whole : p;
    }
    if (toks[j]?.norm !== ',') return p;
  }
  return p;
}

const SUBORDINATOR = /^(after|before|when|while|because|since|although|though|once|until|unless|as)$/;

/** The subordinator that opens the clause of a subject starting at `from` ("after talks with Y"), else -1. */
function subordinatorBefore(toks: readonly Token[], from: number): number {
  for (let j = from - 1; j >= 0 && j >= from - 8; j--) {
    const t = toks[j]!;
    if (SUBORDINATOR.test(t.norm)) return j;
    // (Not stopping at verbs: the tagger reads "after talks with Y" as a verb "talks".)
    if (t.norm === ',' || t.norm === ';' || t.norm === 'that') return -1;
  }
  return -1;
}

/** "she had spoken to both sides and urged them": the subject of the verb before the "and" when it stated no stance. */
export function verbBeforeHolder(doc: Document, records: Records, toks: readonly Token[], and: number): Holder | null {
  for (let j = and - 1; j >= Math.max(0, and - 20); j--) {
    const t = toks[j]!;
    if (t.norm === ',' || t.norm === ';') return null;
    if (!t.tags.includes('Verb') || t.tags.includes('Gerund') || t.tags.includes('Auxiliary')) continue;
    const sub = subjectBefore(toks, j);
    if (!sub) continue;
    // "X said its members would strike after talks with Y broke down, accusing Y of …": the verb of a
    // subordinate clause lends its subject to no one; the participle is the main clause's.
    const sc = subordinatorBefore(toks, sub.from);
    if (sc >= 0) return clauseHolder(doc, records, toks, sc);
    return holderOf(doc, records, toks, sub.antecedent ?? sub) ?? speakerOf(doc, records, toks, sub, j);
  }
  return null;
}

/** "Marles said after meeting Teodoro": a gerund in a time adjunct right after a verb is done by that verb's subject. */
export function adjunctHolder(doc: Document, records: Records, toks: readonly Token[], groupStart: number): Holder | null {
  const prep = groupStart - 1;
  if (!/^(after|before|while|since|when|upon|without)$/.test(toks[prep]?.norm ?? '')) return null;
  const verb = toks[prep - 1];
  if (!verb || !verb.tags.includes('Verb') || verb.tags.includes('Gerund')) return null;
  const sub = subjectBefore(toks, prep - 1);
  return sub ? holderOf(doc, records, toks, sub.antecedent ?? sub) : null;
}
