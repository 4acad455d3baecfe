import type { Extraction } from '../../src/index.js';

/** CoNLL types: GPE, LOC and FAC are LOC; NORP, EVENT and MISC are MISC; a demonym mention is MISC. */
const CONLL = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC', MISC: 'MISC' } as const;

export function entities(out: Extraction, doc: { id: string }) {
  const spans = out.entities.flatMap((e) =>
    e.mentions
      .filter((m) => m.kind !== 'pronoun')
      .map((m) => ({ start: m.start, end: m.end, type: m.kind === 'demonym' ? 'MISC' : CONLL[e.type] })),
  );
  return { id: doc.id, entities: spans };
}
