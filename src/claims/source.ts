/**
 * Who a claim's source is: the entity it names (a person first, then the first mention), and
 * whether it is named, anonymous ("officials", "a senior diplomat who spoke on condition of
 * anonymity", "reports") or absent.
 */
import type { Document, Token } from '../doc/document.js';
import type { Entity } from '../schema/entity.js';
import type { Span } from '../schema/span.js';
import { entityOf } from '../cues/entities.js';
import { mentionsIn, type MentionHit } from '../pipeline/lookup.js';
import { ANONYMITY_MARKERS, ANONYMOUS_HEADS, PRONOUNS } from '../cues/words.js';
import type { Phrase } from '../cues/frame.js';
import { anonymityFormula } from '../cues/anonymity.js';

export interface Source {
  source: string | null;
  sourceSpan: Span | null;
  sourceText: string | null;
  sourceKind: 'named' | 'anonymous' | 'unattributed';
}

export const NO_SOURCE: Source = Object.freeze({ source: null, sourceSpan: null, sourceText: null, sourceKind: 'unattributed' });

export function sourceOf(doc: Document, entities: readonly Entity[] | undefined, toks: readonly Token[], np: Phrase, resolveVia?: Phrase | null): Source {
  const start = toks[np.from]!.start;
  const end = toks[np.to - 1]!.end;
  const ref = resolveVia ?? np;
  const entity = linkedEntity(entities, toks, ref);
  const words = toks.slice(np.from, np.to);
  return {
    source: entity?.id ?? null,
    sourceSpan: doc.span(start, end),
    sourceText: doc.text.slice(start, end),
    sourceKind: kindOf(words, toks.slice(np.to, np.to + 12), !!entity, leadingName(doc.text, entity, start)),
  };
}

/**
 * Anonymous when the text says so or the head is a generic person ("officials", "a diplomat"), even
 * when a name modifies it: "United Nations officials", "a Qatari diplomat", "a spokesman for the
 * ministry" (the entity is then the one they speak for); named for an entity, a proper name or a pronoun.
 */
function kindOf(words: readonly Token[], after: readonly Token[], linked: boolean, person: boolean): 'named' | 'anonymous' {
  if (after.some((t) => ANONYMITY_MARKERS.has(t.norm)) || words.some((t) => ANONYMITY_MARKERS.has(t.norm))) return 'anonymous';
  // "who asked not to be named", "who was not authorized to speak": the formulas the subject finder keeps in the source.
  if ([after, words].some((ts) => ts.some((t, i) => /^(who|that)$/.test(t.norm) && anonymityFormula(ts, i + 1) > 0))) return 'anonymous';
  // "Ana Ruiz, an analyst at the bank": a person's name opening the phrase names it, whatever its appositive's head.
  if (person) return 'named';
  const h = headIndex(words);
  const head = words[h]!;
  if (ANONYMOUS_HEADS.has(head.norm) && !head.tags.includes('ProperNoun')) return 'anonymous';
  if (linked) return 'named';
  if (words.length === 1 && PRONOUNS.has(head.norm)) return 'named';
  // A capitalised word names the source up to its head; "a report released Monday in Boston" names none.
  const proper = words.some((t, i) => i <= h && (i > 0 || t.tags.includes('ProperNoun')) && /^\p{Lu}/u.test(t.text) && !t.tags.includes('Determiner') && !t.tags.includes('Date'));
  return proper ? 'named' : 'anonymous';
}

/** The head stands before the phrase's first preposition, participle aside or relative clause: "officials in Kabul", "a spokesman for the ministry", "the report, published …", "a diplomat, who …". */
function headIndex(words: readonly Token[]): number {
  const prep = words.findIndex((t, i) => i > 0 && (t.tags.includes('Preposition') || (t.norm === ',' && (!!words[i + 1]?.tags.includes('PastTense') || /^(who|whose|which)$/.test(words[i + 1]?.norm ?? '')))));
  let h = (prep > 0 ? prep : words.length) - 1;
  // "two officials familiar with the talks": an adjective after the noun is no head.
  // "economists polled by Bloomberg": a participle after the noun is no head either.
  while (h > 0 && ((words[h]!.tags.includes('Adjective') || words[h]!.tags.includes('PastTense')) && !words[h]!.tags.includes('Noun'))) h--;
  return h;
}

/**
 * Heads that speak for the entity owning them: "Ruiz's campaign", "his office", and a state's organs, which stand for
 * the state as its capital does ("Iran's foreign ministry", "Russia's army"); an independent body does not ("Spain's central bank").
 */
const SPEAKS_FOR = new Set(['campaign', 'office', 'government', 'administration', 'camp', 'team', 'representative', 'representatives',
  'ministry', 'army', 'military', 'forces', 'embassy', 'cabinet', 'delegation', 'president', 'leader', 'leadership', 'envoy', 'ambassador',
  'negotiators', 'minister', 'regime', 'junta', 'parliament', 'mission',
  // and what it publishes: "the firm's filings show", "the council's own data show".
  'board', 'filing', 'filings', 'records', 'documents', 'statement', 'letter', 'data', 'figures', 'study', 'survey', 'poll', 'website', 'account',
  'lawyer', 'lawyers', 'attorney', 'attorneys']);

/**
 * The entity the phrase names: the one whose mention covers its head, else a person, else the first. An
 * owner named before a possessive ("Spain's central bank") names something else, unless the head speaks
 * for it or is a generic speaker ("the ministry's spokesman"); names that follow the head still link
 * ("analysts at Barclays"), and so do modifiers ("United Nations officials", "Fijian rebels").
 */
function linkedEntity(entities: readonly Entity[] | undefined, toks: readonly Token[], p: Phrase): Entity | null {
  const start = toks[p.from]!.start;
  const end = toks[p.to - 1]!.end;
  const words = toks.slice(p.from, p.to);
  const head = words[headIndex(words)]!;
  const all = mentionsIn(entities, start, end);
  // "the Spaniard", "a Briton": a demonym heading the phrase names a person of that country, not the country.
  const covers = (h: MentionHit) => h.mention.start <= head.start && head.end <= h.mention.end;
  const onHead = all.filter((h) => covers(h) && h.mention.kind !== 'demonym');
  if (onHead.length) return (onHead.find((h) => h.entity.type === 'PERSON') ?? onHead[0]!).entity;
  const speaker = ANONYMOUS_HEADS.has(head.norm) || SPEAKS_FOR.has(head.norm);
  const owner = (h: MentionHit) => h.mention.end <= head.start && (/^\s*['’]/.test(ownerTail(toks, h)) || h.mention.kind === 'pronoun');
  // "an indictment unsealed in Boston": a place where a document was found or issued is not its author ("officials in Kabul" still link).
  const place = (h: MentionHit) => h.mention.start > head.end && /^(GPE|LOC|FAC)$/.test(h.entity.type) && /\b(in|at|near|on)\s+(the\s+)?$/i.test(textBefore(toks, h));
  const hits = all.filter((h) => !(covers(h) && h.mention.kind === 'demonym') && (speaker || (!owner(h) && !place(h))));
  return (hits.find((h) => h.entity.type === 'PERSON') ?? hits[0])?.entity ?? null;
}

/** The two words before a mention ("in the" before "Netherlands"). */
function textBefore(toks: readonly Token[], h: MentionHit): string {
  const k = toks.findIndex((t) => t.start >= h.mention.start);
  return toks.slice(Math.max(0, k - 2), Math.max(0, k)).map((t) => t.norm + ' ').join('');
}

/** The text of the token right after a mention ("'s" when the mention owns what follows). */
function ownerTail(toks: readonly Token[], h: MentionHit): string {
  const next = toks.find((t) => t.start >= h.mention.end);
  return next && next.start - h.mention.end <= 1 ? next.text : '';
}

/** Does a person's name, or a name set off by an appositive, open the phrase ("Ana Ruiz, a spokeswoman for …", "Helio, the carmaker")? */
function leadingName(text: string, entity: Entity | null, start: number): boolean {
  return !!entity && entity.mentions.some((m) => m.kind === 'name' && m.start <= start && start < m.end && (entity.type === 'PERSON' || /^\s*,/.test(text.slice(m.end, m.end + 3))));
}
