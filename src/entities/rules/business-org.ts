import type { Sentence } from '../../doc/document.js';
import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameRuns } from '../chunk.js';
import { BUSINESS_WORDS } from '../lexicon.js';
import { commonWord, isCapsSentence, lowerCaseWords } from '../match.js';
import { typeRun } from '../typing.js';

/**
 * In a business report (shares, profit, analysts...), a name with no cue of its own ("Berlex",
 * "Gencor said") is more often a company than a person: ORG, weakly. Names the tagger or a title
 * marks as persons keep their reading.
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/business-org',
  kind: 'entities',
  description: 'Unknown names in business reports typed as organisations (weak evidence).',
  confidence: 0.6,
  examples: {
    match: [{ text: 'Investors bought Zorvane after the company reported a quarter of strong profit, analysts said.', expect: { text: 'Zorvane', type: 'ORG' } }],
    noMatch: ['Profit rose and mortgage arrears climbed fastest in Varnavia, analysts said, as shares fell.', 'Shares rose after the company said Volatility would ease and volatility in profit fell, analysts said.', 'Zorvane scored twice in the second half as the visitors held on.'],
  },
  run(ctx) {
    if (!isBusiness(ctx.doc.sentences)) return;
    const lower = lowerCaseWords(ctx.doc.tokens);
    for (const s of ctx.doc.sentences) {
      if (isCapsSentence(s)) continue;
      for (const run of nameRuns(s)) {
        if (run.title || (run.i === 0 && run.end === 1)) continue;
        if (run.end - run.i === 1 && commonWord(s.tokens[run.i]!, lower)) continue;
        const { type, strength } = typeRun(s.tokens, run, ctx.data);
        // "arrears rose most in Andalusia", "plants near Tarvos": a name after a place word is a place, even in a business report.
        if (strength > 0 || (type === 'GPE' && PLACE_WORDS.has(s.tokens[run.i - 1]?.norm ?? '')) || ctx.data.phrases.has(s.tokens[run.i]!.norm)) continue;
        const a = s.tokens[run.i]!;
        ctx.emit({ ...ctx.doc.span(a.start, s.tokens[run.end - 1]!.end), type: 'ORG', kind: 'name', strength: 1, evidence: ctx.doc.span(s.start, s.end) });
      }
    }
  },
});

/** Prepositions that place rather than relate ("in Andalusia"; not "a unit of", "sold to", "from"). */
const PLACE_WORDS = new Set(['in', 'near', 'across', 'throughout', 'outside']);

function isBusiness(sentences: readonly Sentence[]): boolean {
  let n = 0;
  for (const s of sentences) for (const t of s.tokens) if (BUSINESS_WORDS.has(t.norm) && ++n >= 3) return true;
  return false;
}
