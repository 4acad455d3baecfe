/** Lookups later stages share: which entity a span of text refers to. */
import type { Entity, Mention } from '../schema/entity.js';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

interface MentionIndex {
  hits: MentionHit[];
  /** Running maximum of mention ends, so a search can stop early. */
  maxEnd: number[];
}

/**
 * Mentions sorted by start, built once per entity list (records are frozen after their stage):
 * a lookup is a binary search instead of a scan of every mention, which per sentence would make
 * the later stages quadratic in article length. Weakly keyed, so nothing outlives the document.
 */
const indexes = new WeakMap<readonly Entity[], MentionIndex>();

function indexOf(entities: readonly Entity[]): MentionIndex {
  let index = indexes.get(entities);
  if (!index) {
    const hits = entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })));
    hits.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
    const maxEnd: number[] = [];
    let m = -1;
    for (const h of hits) maxEnd.push((m = Math.max(m, h.mention.end)));
    index = { hits, maxEnd };
    indexes.set(entities, index);
  }
  return index;
}

/** Every entity mention overlapping [start, end), in text order. */
export function mentionsIn(entities: readonly Entity[] | undefined, start: number, end: number): MentionHit[] {
  if (!entities?.length) return [];
  const { hits, maxEnd } = indexOf(entities);
  // first hit whose running max end exceeds start: nothing before it can overlap
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid]! > start) hi = mid;
    else lo = mid + 1;
  }
  const out: MentionHit[] = [];
  for (let i = lo; i < hits.length && hits[i]!.mention.start < end; i++) {
    if (hits[i]!.mention.end > start) out.push(hits[i]!);
  }
  return out;
}

/** The entity of the first mention inside [start, end), or null. */
export function entityIn(entities: readonly Entity[] | undefined, start: number, end: number): Entity | null {
  return mentionsIn(entities, start, end)[0]?.entity ?? null;
}
