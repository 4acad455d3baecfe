/**
 * Things owed at a date: "Payments are due by June 30", "The report is due on Friday", "Comments
 * on the rule are due Sept. 2". The word "due" is the cue; what is due is the demand.
 * Watch out for: "is due to meet on Friday" (a schedule: "due to" + verb), "due to the storm"
 * (a cause), "the baby is due in June" (nothing owed: the subject must be something one submits
 * or pays).
 */
import { defineRule } from '../../pipeline/rule.js';
import { emitDeadline } from '../build.js';
import { consequenceIn } from '../clauses.js';
import { dateAt } from '../when.js';
import type { DeadlineCandidate } from '../types.js';

// Things a person or body must hand in or pay; the head of the subject.
const OWED = /\b(payments?|reports?|filings?|returns?|applications?|bids?|comments?|responses?|submissions?|proposals?|plans?|fees?|taxes|rent|repayments?|instalments?|installments?|dues|briefs?|answers?|replies|nominations?|entries|forms?|accounts|paperwork|documents?|bonds?|interest|coupons?|premiums?|claims?|ballots?|tenders?)\b([^.;:]{0,60}?)\s+(?:is|are|was|were|will be|fall|falls|became|come|comes)\s+(due)\b(?!\s+to\b)\s*(?:(by|on|before|at|in)\s+)?/gi;
// Also published on a schedule ("the jobs report is due Friday"): owed only when due *by* a date.
const SCHEDULED = /^(?:reports?|plans?|proposals?|responses?|results?|data)$/i;

export default defineRule<DeadlineCandidate>({
  id: 'deadlines/due-by',
  kind: 'deadlines',
  description: 'Something owed (a payment, report, filing, bid) that "is due" at a stated date.',
  confidence: 0.75,
  examples: {
    match: [
      { text: 'Final bids are due by June 30.', date: '2025-05-12', expect: { cue: 'due', due: '2025-06-30', demand: 'Final bids', status: 'pending' } },
      { text: 'The first repayment to the fund is due on Friday.', date: '2025-05-12', expect: { due: '2025-05-16' } },
    ],
    noMatch: ['The committee is due to meet on Friday.', 'The jobs report is due on Friday.', 'The vote is due on Friday.', 'The flight was delayed due to the storm on Tuesday.', 'Their first child is due in June.'],
  },
  run(ctx) {
    const text = ctx.doc.text;
    for (const s of ctx.doc.sentences) {
      for (const m of s.text.matchAll(OWED)) {
        if (SCHEDULED.test(m[1]!) && !/^(?:by|before)$/i.test(m[4] ?? '')) continue;
        const after = s.start + m.index! + m[0].length;
        const date = dateAt(text, after, s.end, ctx.doc.date, ctx.records.dates);
        if (!date?.day) continue;
        const cueStart = s.start + m.index! + m[0].lastIndexOf(m[3]!);
        emitDeadline(ctx, {
          sentence: s,
          cue: { start: cueStart, end: cueStart + 3 },
          issuer: null,
          target: null,
          demand: subjectPhrase(text, s.start, s.start + m.index!, s.start + m.index! + m[1]!.length + m[2]!.length),
          consequence: consequenceIn(text, date.end, s.end),
          duration: null,
          dueDate: date,
          sourceIsIssuer: true,
        });
        break;
      }
    }
  },
});

/** The subject from its clause start (after a comma or the sentence start) to its end. */
function subjectPhrase(text: string, sentenceStart: number, headStart: number, end: number): { start: number; end: number } {
  const before = text.slice(sentenceStart, headStart);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  let start = cut >= 0 ? sentenceStart + cut + 1 : sentenceStart;
  while (start < headStart && /\s/.test(text[start]!)) start++;
  // Keep the modifiers right before the head ("Final bids"), not a whole preceding clause.
  const words = text.slice(start, headStart).split(/\s+/).filter(Boolean);
  if (words.length > 4) start = headStart;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
