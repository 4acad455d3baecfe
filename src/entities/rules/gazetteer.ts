import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { isCapsSentence, phraseAt } from '../match.js';
import { emitParts } from '../hyphenated.js';

/** Known names and aliases: countries, cities, regions, organisations, the user's entries. */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/gazetteer',
  kind: 'entities',
  description: 'Names and aliases from the gazetteer (countries, cities, regions, organisations), longest match, token by token.',
  confidence: 0.95,
  examples: {
    match: [
      { text: 'The United States and Iran held talks in Oman.', expect: { text: 'United States', name: 'United States', type: 'GPE', kind: 'name' } },
      { text: 'A U.S. official spoke to reporters.', expect: { text: 'U.S.', name: 'United States', kind: 'alias' } },
      { text: 'Fighting spread across the Middle East.', expect: { text: 'Middle East', type: 'LOC' } },
      { text: 'The Taliban-led government said nothing.', expect: { text: 'Taliban', type: 'ORG' } },
      { text: 'BRITAIN SAYS NO TO EU PLAN', expect: { text: 'BRITAIN', name: 'United Kingdom' } },
    ],
    noMatch: ['The committee met on Tuesday to discuss the budget.', 'TELL US WHO WON'],
  },
  run(ctx) {
    for (const s of ctx.doc.sentences) {
      const caps = isCapsSentence(s);
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        const hit = phraseAt(toks, i, ctx.data, caps, (p) => p.kind !== 'demonym');
        if (hit) {
          const a = toks[i]!;
          const b = toks[hit.end - 1]!;
          const { name, type, kind } = hit.phrase;
          ctx.emit({ ...ctx.doc.span(a.start, b.end), name, type, kind, strength: 3, evidence: ctx.doc.span(s.start, s.end) });
          i = hit.end - 1;
        } else if (toks[i]!.text.includes('-')) {
          emitParts(ctx, toks[i]!, s, (p) => p.kind !== 'demonym', caps);
        }
      }
    }
  },
});
