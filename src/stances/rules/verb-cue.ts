/** Stances stated by a verb: condemn, accuse, call for, meet, sign, attack, refrain from... */
import { defineRule } from '../../pipeline/rule.js';
import { findCues } from '../../cues/index.js';
import { verbStances } from '../verb-frame.js';
import type { StanceCandidate, StancesData } from '../types.js';

export default defineRule<StanceCandidate, StancesData>({
  id: 'stances/verb-cue',
  kind: 'stances',
  description: 'A stance verb with its subject as holder and its object as target, passives and coordination included',
  confidence: 0.75,
  examples: {
    match: [
      { text: 'Publicly, Norway has condemned the Russian strikes and called for a ceasefire.', expect: { kind: 'condemn', polarity: 'oppose', cue: 'condemned', modality: 'publicly', holderText: 'Norway' } },
      { text: 'Brazil has condemned the strikes and accused Argentina of escalating the crisis.', expect: { kind: 'accuse', polarity: 'oppose', cue: 'accused', holderText: 'Brazil', targetText: 'Argentina of escalating the crisis' } },
      { text: 'The coup was condemned by Kenya on Monday.', expect: { kind: 'condemn', holderText: 'Kenya', targetText: 'The coup' } },
      { text: 'Mexico refused to condemn the invasion.', expect: { polarity: 'neutral', negated: true, kind: 'condemn' } },
      { text: 'Chile has so far refrained from taking a position on the dispute.', expect: { polarity: 'neutral', kind: 'refrain' } },
    ],
    noMatch: ['The condemned man ate a final meal.', 'If Peru backs the plan, the vote will pass.'],
  },
  run(ctx) {
    for (const sentence of ctx.doc.sentences) {
      const hits = findCues(sentence, ctx.data.cues);
      if (!hits.length) continue;
      for (const s of verbStances(ctx.doc, ctx.records, sentence, hits, 'verb')) ctx.emit({ ...s, evidence: ctx.doc.span(sentence.start, sentence.end) });
    }
  },
});
