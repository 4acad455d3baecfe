import type { Extraction } from '../../src/index.js';

/** The stance scorer reads our own documents: entities with mentions, stances with holder and target. */
/** `all` keeps every stance, those toward a proposition included, as the maintainers score raw output documents. */
export function stances(out: Extraction, doc: { id: string }, opts: { all?: boolean } = {}) {
  return {
    id: doc.id,
    entities: out.entities.map((e) => ({ id: e.id, mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })) })),
    // The scorer matches actor-to-actor pairs: a stance toward a proposition (no target entity) is not an event.
    stances: out.stances.filter((s) => opts.all || (s.holder && s.target)).map((s) => ({ holder: s.holder, target: s.target, polarity: s.polarity })),
  };
}
