/**
 * A threat with a condition and a time limit: "the union threatened to strike unless employers
 * improve their offer by May 23", "will impose tariffs unless Canada acts within 30 days". The
 * threat is the consequence, the condition the demand, the time phrase the cue.
 * Watch out for: "unless" without a time limit ("will go ahead unless it rains"): no deadline.
 */
import { defineRule } from '../../pipeline/rule.js';
import { emitDeadline } from '../build.js';
import { clauseFrom } from '../clauses.js';
import { durationAt } from '../duration.js';
import { party, subjectParty, tokenAt } from '../helpers.js';
import { subjectBefore } from '../parties.js';
import type { DeadlineCandidate } from '../types.js';
import { dateAt } from '../when.js';

const THREAT = /\b(threaten(?:s|ed)?|vow(?:s|ed)?|warn(?:s|ed)?|will|would|plans? to|is set to)\s+(?:to\s+)?([^,;:]{2,80}?)\s*,?\s+(?:unless|if\s+(?=no\s|there\s+is\s+no\s|[^,;:.]{1,60}?\b(?:does not|do not|doesn['’]t|don['’]t|did not|didn['’]t|fails? to|failed to|refuses? to)\b))\s*/gi;
const LIMIT = /\s(by|within|before|no later than)\s+/gi;

export default defineRule<DeadlineCandidate>({
  id: 'deadlines/unless-by',
  kind: 'deadlines',
  description: 'A threat ("threatened to strike", "will impose tariffs") unless a condition is met by a date or within a span.',
  confidence: 0.75,
  examples: {
    match: [
      { text: 'He said he would impose tariffs on the country if no deal was reached within 50 days.', date: '2025-05-12', expect: { duration: 'P50D', dueLatest: '2025-07-01' } },
      { text: 'The EU will impose tariffs if Washington does not lift its duties by July 9.', date: '2025-05-12', expect: { due: '2025-07-09', consequence: 'impose tariffs' } },
      { text: 'The pilots threatened to strike unless the airline restores their pensions by June 1.', date: '2025-05-12', expect: { cue: 'by', due: '2025-06-01', consequence: 'strike', demand: 'the airline restores their pensions' } },
    ],
    noMatch: ['The parade will go ahead unless it rains.', 'The show will be cancelled if the star does not recover.'],
  },
  run(ctx) {
    const text = ctx.doc.text;
    for (const s of ctx.doc.sentences) {
      for (const m of s.text.matchAll(THREAT)) {
        const condStart = s.start + m.index! + m[0].length;
        const clause = clauseFrom(text, condStart, s.end);
        const rest = text.slice(condStart, s.end);
        for (const l of rest.matchAll(LIMIT)) {
          const at = condStart + l.index! + l[0].length;
          const span = /within/i.test(l[1]!) ? durationAt(text, at, s.end) : null;
          const date = span ? null : dateAt(text, at, s.end, ctx.doc.date, ctx.records.dates);
          if (!span && !date?.day) continue;
          const cueStart = condStart + l.index! + 1;
          const verbTok = tokenAt(s, s.start + m.index!);
          const threatStart = s.start + m.index! + m[0].indexOf(m[2]!, m[1]!.length);
          const condVerb = s.tokens.findIndex((t) => t.start >= condStart && t.tags.includes('Verb') && /^[a-z]/.test(t.text));
          emitDeadline(ctx, {
            sentence: s,
            cue: { start: cueStart, end: cueStart + l[1]!.length },
            issuer: subjectParty(ctx, s, verbTok),
            target: condVerb >= 0 ? party(ctx, s, subjectBefore(s, condVerb)) : null,
            demand: { start: condStart, end: Math.min(cueStart - 1, clause?.end ?? cueStart - 1) },
            consequence: { start: threatStart, end: threatStart + m[2]!.length },
            duration: span?.iso ?? null,
            dueDate: date,
          });
          break;
        }
      }
    }
  },
});
