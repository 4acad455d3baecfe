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
import type { RuleContext } from '../../pipeline/rule.js';
import type { Sentence } from '../../doc/document.js';
import type { Phrase } from '../parties.js';
import { dateAt } from '../when.js';

const THREAT = /\b(threaten(?:s|ed)?|vow(?:s|ed)?|warn(?:s|ed)?|will|would|plans? to|is set to)\s+(?:to\s+)?([^,;:]{2,80}?)\s*,?\s+(?:unless|if\s+(?=no\s|there\s+is\s+no\s|[^,;:.]{1,60}?\b(?:does not|do not|doesn['’]t|don['’]t|did not|didn['’]t|fails? to|failed to|refuses? to)\b))\s*/gi;
const LIMIT = /\s(by|within|before|no later than)\s+/gi;
const SUFFER = /^(?:face|lose|suffer|risk|pay|be (?:hit|punished|sanctioned|fined|expelled|relegated))\b/i;
const COERCIVE = /^(?:(?:go|be)\s+on\s+strike|strike|walk\s+out|impose|sue|resign|quit|halt|suspend|cut\s+off|shut\s+down|block|boycott|retaliate|expel|withdraw|pull\s+out|stop|freeze|sever|terminate|cancel)\b|\b(?:strike|walkout|sanctions|tariffs|boycott|lawsuit|legal action)\b/i;

export default defineRule<DeadlineCandidate>({
  id: 'deadlines/unless-by',
  kind: 'deadlines',
  description: 'A threat ("threatened to strike", "will impose tariffs") unless a condition is met by a date or within a span.',
  confidence: 0.75,
  examples: {
    match: [
      { text: 'He said he would impose tariffs on the country if no deal was reached within 50 days.', date: '2025-05-12', expect: { duration: 'P50D', dueLatest: '2025-07-01' } },
      { text: 'Trump said on Monday that Russia would face severe tariffs if no deal was reached within 50 days.', date: '2025-07-16', expect: { duration: 'P50D', consequence: 'face severe tariffs' } },
      { text: 'The EU will impose tariffs if Washington does not lift its duties by July 9.', date: '2025-05-12', expect: { due: '2025-07-09', consequence: 'impose tariffs' } },
      { text: 'The pilots threatened to strike unless the airline restores their pensions by June 1.', date: '2025-05-12', expect: { cue: 'by', due: '2025-06-01', consequence: 'strike', demand: 'the airline restores their pensions' } },
      { text: 'The union said its members would walk out on May 20 unless the hospital improved its offer.', date: '2025-05-12', expect: { cue: 'unless', due: '2025-05-20', consequence: 'walk out on May 20', demand: 'the hospital improved its offer' } },
    ],
    noMatch: ['The parade will go ahead unless it rains.', 'The show will be cancelled if the star does not recover.', 'The parade will go ahead on Sunday unless it rains.'],
  },
  run(ctx) {
    const text = ctx.doc.text;
    for (const s of ctx.doc.sentences) {
      for (const m of s.text.matchAll(THREAT)) {
        const condStart = s.start + m.index! + m[0].length;
        const clause = clauseFrom(text, condStart, s.end);
        const rest = text.slice(condStart, s.end);
        let found = false;
        for (const l of rest.matchAll(LIMIT)) {
          const at = condStart + l.index! + l[0].length;
          const span = /within/i.test(l[1]!) ? durationAt(text, at, s.end) : null;
          const date = span ? null : dateAt(text, at, s.end, ctx.doc.date, ctx.records.dates);
          if (!span && !date?.day) continue;
          const cueStart = condStart + l.index! + 1;
          const verbTok = tokenAt(s, s.start + m.index!);
          const threatStart = s.start + m.index! + m[0].indexOf(m[2]!, m[1]!.length);
          const condVerb = s.tokens.findIndex((t) => t.start >= condStart && t.tags.includes('Verb') && /^[a-z]/.test(t.text));
          // "Trump said Russia would face tariffs if no deal was reached": who faces the penalty is bound;
          // the speaker who reports the threat issues it.
          const suffers = SUFFER.test(m[2]!);
          emitDeadline(ctx, {
            sentence: s,
            cue: { start: cueStart, end: cueStart + l[1]!.length },
            issuer: suffers ? null : subjectParty(ctx, s, verbTok),
            target: suffers ? subjectParty(ctx, s, verbTok) : condVerb >= 0 ? party(ctx, s, subjectBefore(s, condVerb)) : null,
            issuerPhrase: suffers ? null : subjectBefore(s, verbTok),
            targetPhrase: suffers ? subjectBefore(s, verbTok) : condVerb >= 0 ? subjectBefore(s, condVerb) : null,
            sourceIsIssuer: suffers,
            demand: { start: condStart, end: Math.min(cueStart - 1, clause?.end ?? cueStart - 1) },
            consequence: { start: threatStart, end: threatStart + m[2]!.length },
            duration: span?.iso ?? null,
            dueDate: date,
          });
          found = true;
          break;
        }
        if (!found) datedThreat(ctx, s, m, condStart, clause);
      }
    }
  },
});

/**
 * "members would walk out on April 20 unless management improved its offer": the date is the threat's
 * own, and the condition must be met before it.
 */
function datedThreat(ctx: RuleContext<DeadlineCandidate, unknown>, s: Sentence, m: RegExpMatchArray, condStart: number, clause: Phrase | null): void {
  if (!/unless/i.test(m[0]) || !clause) return;
  const text = ctx.doc.text;
  const threatStart = s.start + m.index! + m[0].indexOf(m[2]!, m[1]!.length);
  const threatEnd = threatStart + m[2]!.length;
  const threat = text.slice(threatStart, threatEnd);
  // Only a coercive act makes "X will … on DATE unless Y" a deadline ("the parade will go ahead on Sunday unless it rains" is none).
  if (!COERCIVE.test(threat)) return;
  let date: ReturnType<typeof dateAt> = null;
  for (const on of threat.matchAll(/\s(?:on|from|starting|as of)\s+/gi)) {
    date = dateAt(text, threatStart + on.index! + on[0].length, threatEnd, ctx.doc.date, ctx.records.dates);
    if (date?.day) break;
  }
  if (!date?.day) return;
  const unless = text.lastIndexOf('unless', condStart);
  const condVerb = s.tokens.findIndex((t) => t.start >= condStart && t.tags.includes('Verb') && /^[a-z]/.test(t.text));
  emitDeadline(ctx, {
    sentence: s,
    cue: { start: unless, end: unless + 'unless'.length },
    issuer: subjectParty(ctx, s, tokenAt(s, s.start + m.index!)),
    target: condVerb >= 0 ? party(ctx, s, subjectBefore(s, condVerb)) : null,
    issuerPhrase: subjectBefore(s, tokenAt(s, s.start + m.index!)),
    targetPhrase: condVerb >= 0 ? subjectBefore(s, condVerb) : null,
    demand: clause,
    consequence: { start: threatStart, end: threatEnd },
    duration: null,
    dueDate: date,
  });
}
