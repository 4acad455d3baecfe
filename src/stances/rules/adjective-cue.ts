/** Stances stated by an adjective after a copula: "is skeptical of", "has been critical of", "remains wary of". */
import { defineRule } from '../../pipeline/rule.js';
import { findCues } from '../../cues/index.js';
import { verbStances } from '../verb-frame.js';
import type { StanceCandidate, StancesData } from '../types.js';

export default defineRule<StanceCandidate, StancesData>({
  id: 'stances/adjective-cue',
  kind: 'stances',
  description: 'An adjective phrase of stance ("skeptical of", "opposed to", "supportive of") with its subject as holder',
  confidence: 0.7,
  examples: {
    match: [{ text: 'Japan has long been skeptical of China’s naval expansion.', expect: { kind: 'express-concern', polarity: 'oppose', cue: 'skeptical of', holderText: 'Japan' } }],
    noMatch: ['Critics are skeptical.'],
  },
  run(ctx) {
    for (const sentence of ctx.doc.sentences) {
      const hits = findCues(sentence, ctx.data.cues);
      if (!hits.length) continue;
      for (const s of verbStances(ctx.doc, ctx.records, sentence, hits, 'adj')) ctx.emit({ ...s, evidence: ctx.doc.span(sentence.start, sentence.end) });
    }
  },
});
