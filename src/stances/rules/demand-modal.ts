/**
 * A demand reported as an obligation: "Russia said that Sudan must return the helicopter",
 * "the minister insisted Iran should halt enrichment". The claim's source opposes the party told
 * what it must do. Reads the claims stage's records, so the cue matching is not repeated.
 */
import { defineRule } from '../../pipeline/rule.js';
import { nounPhraseBefore } from '../../cues/frame.js';
import { entitiesIn } from '../../cues/entities.js';
import type { StanceCandidate, StancesData } from '../types.js';

const OBLIGATION = new Set(['must', 'should', 'needs', 'need', 'has', 'have', 'ought']);

export default defineRule<StanceCandidate, StancesData>({
  id: 'stances/demand-modal',
  kind: 'stances',
  description: 'A claim whose content tells an actor what it must or should do: a demand of the source on that actor',
  confidence: 0.65,
  examples: {
    match: [{ text: 'Norway said on Tuesday that Sweden must return the seized trawler.', expect: { kind: 'demand', polarity: 'oppose', cue: 'must' } }],
    noMatch: ['Norway said on Tuesday that the trawler must be returned.'],
  },
  run(ctx) {
    const { doc, records } = ctx;
    for (const claim of records.claims ?? []) {
      if (!claim.source) continue;
      const first = doc.tokenAt(claim.content.start);
      if (!first) continue;
      const sentence = doc.sentences[first.sentence]!;
      const toks = sentence.tokens;
      const from = toks.indexOf(first);
      // The obligation's modal within the first few words of the content.
      for (let k = from + 1; k < Math.min(toks.length, from + 12) && toks[k]!.end <= claim.content.end; k++) {
        const t = toks[k]!;
        if (!OBLIGATION.has(t.norm)) continue;
        if ((t.norm === 'has' || t.norm === 'have' || t.norm === 'needs' || t.norm === 'need') && toks[k + 1]?.norm !== 'to') break;
        const subject = nounPhraseBefore(toks, k, from);
        if (!subject || subject.from !== from) break;
        const targets = entitiesIn(records.entities, toks, subject).filter((h) => h.entity.id !== claim.source);
        const cue = doc.span(t.start, t.end);
        for (const h of targets) {
          ctx.emit({ holder: claim.source, holderText: claim.sourceText, target: h.entity.id, targetText: claim.content.text, polarity: 'oppose', kind: 'demand', cue, negated: false, hedged: claim.hedged, modality: null, evidence: doc.span(sentence.start, sentence.end) });
        }
        break;
      }
    }
  },
});
