/** Lookups later stages share: which entity a span of text refers to. */
import type { Entity, Mention } from '../schema/entity.js';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

/** Every entity mention overlapping [start, end), in text order. */
export function mentionsIn(entities: readonly Entity[] | undefined, start: number, end: number): MentionHit[] {
  const hits: MentionHit[] = [];
  for (const entity of entities ?? []) {
    for (const mention of entity.mentions) {
      if (mention.start < end && start < mention.end) hits.push({ entity, mention });
    }
  }
  return hits.sort((a, b) => a.mention.start - b.mention.start);
}

/** The entity of the first mention inside [start, end), or null. */
export function entityIn(entities: readonly Entity[] | undefined, start: number, end: number): Entity | null {
  return mentionsIn(entities, start, end)[0]?.entity ?? null;
}
