import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { isCapsSentence, phraseAt } from '../match.js';
import { emitParts } from '../hyphenated.js';

/** "Israeli strikes", "American defense", "Iranians": mentions of the country, kind demonym. */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/demonym',
  kind: 'entities',
  description: 'Demonyms and nationality adjectives as mentions of their country ("Israeli" → Israel).',
  confidence: 0.9,
  examples: {
    match: [
      { text: 'Israeli airstrikes continued overnight.', expect: { text: 'Israeli', name: 'Israel', kind: 'demonym', type: 'GPE' } },
      { text: 'Two Americans were freed on Friday.', expect: { text: 'Americans', name: 'United States', kind: 'demonym' } },
      { text: 'The Pakistani-Afghan border stayed shut.', expect: { text: 'Pakistani', name: 'Pakistan' } },
    ],
    noMatch: ['The israeli-style fence was built last year.'],
  },
  run(ctx) {
    for (const s of ctx.doc.sentences) {
      const caps = isCapsSentence(s);
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        const hit = phraseAt(toks, i, ctx.data, caps, (p) => p.kind === 'demonym');
        if (hit) {
          const { name, type } = hit.phrase;
          ctx.emit({ ...ctx.doc.span(toks[i]!.start, toks[hit.end - 1]!.end), name, type, kind: 'demonym', strength: 3, evidence: ctx.doc.span(s.start, s.end) });
          i = hit.end - 1;
        } else if (toks[i]!.text.includes('-')) {
          emitParts(ctx, toks[i]!, s, (p) => p.kind === 'demonym', caps);
        }
      }
    }
  },
});
