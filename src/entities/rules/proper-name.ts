import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameRuns } from '../chunk.js';
import { isCapsSentence } from '../match.js';
import { typeRun } from '../typing.js';

/**
 * Capitalised name runs ("Asim Munir", "Bank of England", "Nikolaus van der Pas"), typed from
 * their words (organisation suffixes), a title before them, and the tagger's tags.
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/proper-name',
  kind: 'entities',
  description: 'Capitalised name runs outside capitals lines, titles split off, typed by suffix, title and tagger cues.',
  confidence: 0.75,
  examples: {
    match: [
      { text: 'Earlier, General Asim Munir visited the base.', expect: { text: 'Asim Munir', type: 'PERSON' } },
      { text: 'Shares of Acme Holdings Corp fell 3 percent.', expect: { text: 'Acme Holdings Corp', type: 'ORG' } },
      { text: 'He met officials of the Bank of England on Monday.', expect: { text: 'Bank of England', type: 'ORG' } },
      { text: 'The spokesman, Nikolaus van der Pas, declined to comment.', expect: { text: 'Nikolaus van der Pas' } },
    ],
    noMatch: ['The President said on Monday that talks would resume.', 'Officials said the talks would resume in March.'],
  },
  run(ctx) {
    for (const s of ctx.doc.sentences) {
      if (isCapsSentence(s)) continue;
      for (const run of nameRuns(s)) {
        const a = s.tokens[run.i]!;
        const b = s.tokens[run.end - 1]!;
        const { type, strength } = typeRun(s.tokens, run);
        ctx.emit({ ...ctx.doc.span(a.start, b.end), type, kind: 'name', strength, evidence: ctx.doc.span(s.start, s.end) });
      }
    }
  },
});
