/** Claims introduced by a reporting, belief or evidence verb, before or after their content. */
import { defineRule } from '../../pipeline/rule.js';
import { findCues } from '../../cues/index.js';
import { verbClaims } from '../verb-frame.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/verb-cue',
  kind: 'claims',
  description: 'S said (that) C; C, S said; C, said S; S told reporters C; belief and evidence verbs (believe, show)',
  confidence: 0.8,
  examples: {
    match: [
      { text: 'The finance minister said that the budget would be balanced by next year.', expect: { sourceText: 'The finance minister', cue: 'said', content: 'the budget would be balanced by next year', cueClass: 'speech', mode: 'indirect' } },
      { text: '“We will not back down,” the mayor told reporters on Monday.', expect: { sourceText: 'the mayor', cue: 'told', content: 'We will not back down', mode: 'direct' } },
      { text: 'The plant will close in March, said a company spokeswoman.', expect: { sourceText: 'a company spokeswoman', content: 'The plant will close in March', sourceKind: 'anonymous' } },
      { text: 'Many economists believe the recession is over.', expect: { cue: 'believe', cueClass: 'belief', hedged: true, content: 'the recession is over' } },
      { text: 'Q: Will the levy pass in May? A: I think the votes are there this time.', expect: { sourceText: 'I', cue: 'think', cueClass: 'belief', content: 'the votes are there this time' } },
      { text: 'The treasurer doesn’t think the council can close the gap by June.', expect: { sourceText: 'The treasurer', cue: 'doesn’t think', cueClass: 'belief', content: 'the council can close the gap by June' } },
      { text: 'The transit authority plans to raise fares in the spring.', expect: { sourceText: 'The transit authority', cue: 'plans', cueClass: 'belief', content: 'to raise fares in the spring' } },
      { text: 'A new survey shows that most voters oppose the measure.', expect: { cue: 'shows', cueClass: 'evidence', sourceText: 'A new survey' } },
      { text: 'The union, for its part, has condemned the layoffs and accused the board of bad faith.', expect: { cue: 'accused', sourceText: 'The union', content: 'the board of bad faith' } },
    ],
    noMatch: [
      'The condemned man ate a final meal.',
      'She starred in the film “He Said, She Said” in 1991.',
      'The coming weeks will show which way the market turns.',
      'Q: Do you think the levy will pass in May?',
      'The savings plans your state offers carry low fees.',
      'Patients should think twice before agreeing to costly tests.',
      'Retirement plans in the past three decades have not left workers with enough savings.',
    ],
  },
  run(ctx) {
    for (const sentence of ctx.doc.sentences) {
      const hits = findCues(sentence, ctx.data.cues);
      if (!hits.length) continue;
      for (const d of verbClaims(ctx.doc, ctx.records.entities, sentence, hits)) {
        ctx.emit({ ...d, evidence: ctx.doc.span(sentence.start, sentence.end) });
      }
    }
  },
});
