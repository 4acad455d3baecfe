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
  const head = words[headIndex(words)]!;
  if (ANONYMOUS_HEADS.has(head.norm) && !head.tags.includes('ProperNoun')) return 'anonymous';
  if (linked) return 'named';
  if (words.length === 1 && PRONOUNS.has(head.norm)) return 'named';
  const proper = words.some((t, i) => (i > 0 || t.tags.includes('ProperNoun')) && /^\p{Lu}/u.test(t.text) && !t.tags.includes('Determiner'));
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

/** Heads that speak for the entity that modifies them: "Ruiz's campaign", "the ministry's spokesman", "his office". */
const SPEAKS_FOR = new Set(['campaign', 'office', 'government', 'administration', 'camp', 'team', 'representative', 'representatives']);

/**
 * The entity the phrase names. An entity that only modifies another head names something else:
 * "Spain's central bank" is the bank, not Spain; "court filings" are no court. It still links when the
 * head is a generic speaker for it ("United Nations officials", "the ministry's spokesman") or when the
 * entity follows the head ("analysts at Barclays", "a survey by the Pew Research Center").
 */
function linkedEntity(entities: readonly Entity[] | undefined, toks: readonly Token[], p: Phrase): Entity | null {
  const start = toks[p.from]!.start;
  const end = toks[p.to - 1]!.end;
  const words = toks.slice(p.from, p.to);
  const head = words[headIndex(words)]!;
  if (ANONYMOUS_HEADS.has(head.norm) || SPEAKS_FOR.has(head.norm)) return entityOf(entities, start, end);
  const between = (from: number) => toks.filter((t) => t.start >= from && t.end <= head.start);
  // A modifier runs up to the head with no comma or bracket between (an appositive's name is no modifier: "Ana Ruiz, an economist at …").
  const modifier = (h: MentionHit) => h.mention.end <= head.start && !between(h.mention.end).some((t) => /^[,(—–-]$/.test(t.norm));
  // "the Spaniard", "a Briton": a demonym heading the phrase names a person of that country, not the country.
  const person = (h: MentionHit) => h.mention.kind === 'demonym' && h.mention.start <= head.start && head.end <= h.mention.end;
  const hits = mentionsIn(entities, start, end).filter((h) => !modifier(h) && !person(h));
  return (hits.find((h) => h.entity.type === 'PERSON') ?? hits[0])?.entity ?? null;
}

/** Does a person's name, or a name set off by an appositive, open the phrase ("Ana Ruiz, a spokeswoman for …", "Helio, the carmaker")? */
function leadingName(text: string, entity: Entity | null, start: number): boolean {
  return !!entity && entity.mentions.some((m) => m.kind === 'name' && m.start <= start && start < m.end && (entity.type === 'PERSON' || /^\s*,/.test(text.slice(m.end, m.end + 3))));
}
