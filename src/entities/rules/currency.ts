import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';

/** Country-marked currency signs ("C$", "HK$", "US$"): one MISC name, so "US" is not read as the country. */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/currency',
  kind: 'entities',
  description: 'Currency signs prefixed by a country code (C$, HK$, US$, A$) as MISC names.',
  confidence: 0.8,
  examples: {
    match: [{ text: 'The bank sold C$ 100 million of bonds.', expect: { text: 'C$', type: 'MISC' } }],
    noMatch: ['The bank sold $100 million of bonds.'],
  },
  run(ctx) {
    for (const s of ctx.doc.sentences) {
      const toks = s.tokens;
      for (let i = 0; i + 1 < toks.length; i++) {
        const a = toks[i]!;
        const b = toks[i + 1]!;
        if (b.text === '$' && b.start === a.end && /^[A-Z]{1,3}$/.test(a.text)) {
          ctx.emit({ ...ctx.doc.span(a.start, b.end), type: 'MISC', kind: 'name', strength: 4, evidence: ctx.doc.span(s.start, s.end) });
        }
      }
    }
  },
});
