/** Which entity a phrase names, for claims' sources and stances' holders and targets alike. */
import type { Token } from '../doc/document.js';
import type { Entity } from '../schema/entity.js';
import { mentionsIn, type MentionHit } from '../pipeline/lookup.js';
import type { Phrase } from './frame.js';

/** The entity a span refers to: a person mention first (the head of "Pakistan's army chief, Asim Munir"), else the first. */
export function entityOf(entities: readonly Entity[] | undefined, start: number, end: number): Entity | null {
  const hits = mentionsIn(entities, start, end);
  return (hits.find((h) => h.entity.type === 'PERSON') ?? hits[0])?.entity ?? null;
}

/** Entity mentions inside a phrase of sentence tokens, one hit per entity, in text order. */
export function entitiesIn(entities: readonly Entity[] | undefined, toks: readonly Token[], p: Phrase): MentionHit[] {
  const hits = mentionsIn(entities, toks[p.from]!.start, toks[p.to - 1]!.end);
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.entity.id) && seen.add(h.entity.id));
}
