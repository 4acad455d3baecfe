import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import type { Token } from '../../doc/document.js';
import { isCapsSentence, phraseAt } from '../match.js';
import { SPEECH_VERBS } from '../lexicon.js';
import { orgContext } from '../typing.js';
import { emitParts } from '../hyphenated.js';

/** Known names and aliases: countries, cities, regions, organisations, the user's entries. */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/gazetteer',
  kind: 'entities',
  description: 'Names and aliases from the gazetteer (countries, cities, regions, organisations), longest match, token by token.',
  confidence: 0.95,
  examples: {
    match: [
      { text: 'Deforestation in the Amazon rose again, and the Amazon’s tributaries ran low.', expect: { text: 'Amazon', type: 'LOC' } },
      { text: 'The United States and Iran held talks in Oman.', expect: { text: 'United States', name: 'United States', type: 'GPE', kind: 'name' } },
      { text: 'A U.S. official spoke to reporters.', expect: { text: 'U.S.', name: 'United States', kind: 'alias' } },
      { text: 'Fighting spread across the Middle East.', expect: { text: 'Middle East', type: 'LOC' } },
      { text: 'The Taliban-led government said nothing.', expect: { text: 'Taliban', type: 'ORG' } },
      { text: 'BRITAIN SAYS NO TO EU PLAN', expect: { text: 'BRITAIN', name: 'United Kingdom' } },
    ],
    noMatch: ['The committee met on Tuesday to discuss the budget.', 'TELL US WHO WON', 'Amazon said it would hire 5,000 drivers.', "Amazon's shares fell after Amazon and Microsoft cut prices."],
  },
  run(ctx) {
    for (const s of ctx.doc.sentences) {
      const caps = isCapsSentence(s);
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        const hit = phraseAt(toks, i, ctx.data, caps, (p) => p.kind !== 'demonym');
        if (hit && actsAsOrg(toks, i, hit, ctx.data)) continue;
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

/**
 * A one-word region the article names without "the" where only an organisation fits ("Amazon said",
 * "Amazon's shares", "Amazon and Google") is not the region: the name rules type it from that context.
 * Countries and cities are left alone: "China said" is the government speaking.
 */
function actsAsOrg(toks: readonly Token[], i: number, hit: { end: number; phrase: { type: string; texts: readonly string[] } }, data: EntityData): boolean {
  if (hit.phrase.type !== 'LOC' || hit.phrase.texts.length !== 1 || toks[i - 1]?.norm === 'the') return false;
  return SPEECH_VERBS.has(toks[hit.end]?.norm ?? '') || orgContext(toks, { i, end: hit.end }, data);
}