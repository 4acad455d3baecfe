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
      { text: 'Brazil has condemned the strikes and accused Argentina of escalating the crisis.', expect: { kind: 'accuse', polarity: 'oppose', cue: 'accused', holderText: 'Brazil', targetText: 'Argentina' } },
      // The charge and the time adjunct are not the target: "accused X of Y on Wednesday" → X.
      { text: 'Opposition leader Marco Ruiz accused the cabinet of "wasteful spending" on Wednesday.', expect: { kind: 'accuse', holderText: 'Opposition leader Marco Ruiz', targetText: 'the cabinet' } },
      { text: 'Ecuador criticised the ministry for refusing to publish the report.', expect: { kind: 'criticise', targetText: 'the ministry' } },
      { text: 'Finance Minister Ana Costa dismissed the union’s figures as “pure invention”.', expect: { kind: 'sanction', targetText: 'the union’s figures' } },
      // A refrain's target is what the position would be on, up to the next clause.
      { text: 'Oslo has so far refrained from taking a position on the bill, though its envoy said talks continue.', expect: { kind: 'refrain', polarity: 'neutral', targetText: 'the bill' } },
      { text: 'Uruguay avoided criticising Brazil over the dam.', expect: { kind: 'criticise', polarity: 'neutral', negated: true } },
      { text: 'Canada welcomed the vote but stopped short of endorsing the winner.', expect: { kind: 'back', polarity: 'neutral', negated: true, cue: 'endorsing' } },
      { text: 'Ghana condemned Togo’s rocket strikes on the border town and called for talks.', expect: { kind: 'call-for', holderText: 'Ghana', targetText: 'talks' } },
      { text: 'Peru rejected a bid from its larger neighbour Bolivia.', expect: { kind: 'reject', targetText: 'a bid from its larger neighbour Bolivia' } },
      { text: 'The coup was condemned by Kenya on Monday.', expect: { kind: 'condemn', holderText: 'Kenya', targetText: 'The coup' } },
      { text: 'Mexico refused to condemn the invasion.', expect: { polarity: 'neutral', negated: true, kind: 'condemn' } },
      { text: 'Chile has so far refrained from taking a position on the dispute.', expect: { polarity: 'neutral', kind: 'refrain' } },
      // An order is a demand on its object, not an attack.
      { text: 'Judge Ana Petrov ordered the Health Ministry to publish the data.', expect: { kind: 'demand', polarity: 'oppose', cue: 'ordered' } },
      { text: 'Poland closed its consulate in Minsk.', expect: { kind: 'sanction', targetText: 'its consulate in Minsk' } },
    ],
    noMatch: [
      'The condemned man ate a final meal.',
      'If Peru backs the plan, the vote will pass.',
      // A prediction is a claim, not a position: no stance for "warned (on Tuesday) that …".
      'The central bank of Chile warned on Tuesday that household debt could rise.',
      // A legal appeal to a court is no plea for support.
      'Nigeria said it would appeal to the Supreme Court.',
      // A labour strike, a firm closing its own plants, conceding a fact: no act toward anyone.
      'The Teamsters said they would strike on Friday unless talks resumed.',
      'Renault will close two plants in Spain next year.',
      'Senator Maria Vance conceded the bill was flawed.',
    ],
  },
  run(ctx) {
    for (const sentence of ctx.doc.sentences) {
      const hits = findCues(sentence, ctx.data.cues);
      if (!hits.length) continue;
      for (const s of verbStances(ctx.doc, ctx.records, sentence, hits, 'verb')) ctx.emit({ ...s, evidence: ctx.doc.span(sentence.start, sentence.end) });
    }
  },
});
