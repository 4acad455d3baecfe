import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { PRONOUNS } from '../lexicon.js';

/**
 * Personal pronouns (he, his, she, her), so later stages can resolve "he said". The resolver links
 * each to the nearest preceding compatible person in the same or the previous sentence, or drops it.
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/pronoun',
  kind: 'entities',
  description: 'Third-person personal pronouns, linked by the resolver to the nearest preceding person.',
  confidence: 0.6,
  examples: {
    match: [{ text: 'Asim Munir arrived on Monday. He met officials.', expect: { text: 'He', kind: 'pronoun', gender: 'm' } }],
    noMatch: ['They met officials on Monday.'],
  },
  run(ctx) {
    for (const s of ctx.doc.sentences) {
      for (const t of s.tokens) {
        const gender = PRONOUNS[t.norm];
        if (gender) ctx.emit({ ...ctx.doc.span(t.start, t.end), type: 'PERSON', kind: 'pronoun', gender, strength: 0, evidence: ctx.doc.span(s.start, s.end) });
      }
    }
  },
});
