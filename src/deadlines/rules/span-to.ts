/**
 * "Hamas has 72 hours to respond", "gave the city 30 days to submit a plan", "were given two weeks
 * to leave": a span of time handed to someone to do something. The span is the cue and the duration.
 * Watch out for: "has 20 years of experience" and "has held for 48 hours" (no "to VERB" after the
 * span, or no have/give verb right before its phrase).
 */
import { defineRule } from '../../pipeline/rule.js';
import { emitDeadline } from '../build.js';
import { consequenceIn, demandAfterTo } from '../clauses.js';
import { durationsIn } from '../duration.js';
import { giveOrHaveParties, tokenAt, verbBack } from '../helpers.js';
import { GIVE_OR_HAVE, HAVE } from '../lexicon.js';
import type { DeadlineCandidate } from '../types.js';

const HAVE_ADVERB = new Set(['only', 'just', 'still', 'now', 'already', 'barely', 'about', 'roughly', 'nearly', 'up', 'to', 'less', 'more', 'than', 'another', 'until']);
const REPORTED = /\b(?:told|warned|said|informed|notified|announced|ruled|insisted|stated|declared|added|saying|that)\b/i;
const LEFT = /^(?:\s+(?:left|remaining|more|in which|or less))*/;

export default defineRule<DeadlineCandidate>({
  id: 'deadlines/span-to',
  kind: 'deadlines',
  description: '"X has N days to VERB" and "gave X N weeks to VERB": a duration-stated deadline, bounded from the document date.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'The rebels have 48 hours to lay down their arms, the army said.', date: '2025-05-12', expect: { cue: '48 hours', duration: 'PT48H', dueLatest: '2025-05-14', hedged: true } },
      { text: 'The judge gave the county 30 days to produce the records.', date: '2025-05-12', expect: { duration: 'P30D', demand: 'produce the records' } },
      { text: 'Officials told the tenants they had 48 hours to leave.', date: '2025-05-12', expect: { duration: 'PT48H', dueLatest: '2025-05-14' } },
    ],
    noMatch: ['He has 20 years of experience in banking.', 'The truce has held for 48 hours.', 'We have two weeks to go before the vote.', 'The team had three days to recover after the final.'],
  },
  run(ctx) {
    const text = ctx.doc.text;
    for (const s of ctx.doc.sentences) {
      for (const d of durationsIn(text, s.start, s.end)) {
        const left = LEFT.exec(text.slice(d.end, s.end))![0];
        const demand = demandAfterTo(text, d.end + left.length, s.end) ?? demandAfterTo(text, skipFrom(text, d.end, s.end), s.end);
        if (!demand) continue;
        const i = tokenAt(s, d.start);
        const v = verbBack(s, i, GIVE_OR_HAVE, 10);
        if (v < 0) continue;
        const verb = s.tokens[v]!.norm;
        // "has 48 hours": the span follows the verb at once (an adverb aside).
        if (HAVE.has(verb) && !s.tokens.slice(v + 1, i).every((x) => HAVE_ADVERB.has(x.norm))) continue;
        // "two weeks to go" counts down to an event; nobody is asked to do anything.
        if (/^go\b/.test(text.slice(demand.start, demand.end))) continue;
        // "The team had three days to recover" narrates; "told X it had 48 hours" reports a deadline.
        if (verb === 'had' && !REPORTED.test(text.slice(s.start, s.tokens[v]!.start))) continue;
        const parties = giveOrHaveParties(ctx, s, v, i, HAVE.has(verb), demand.start);
        const { issuer, target, issuerPhrase, targetPhrase } = parties;
        emitDeadline(ctx, {
          sentence: s,
          cue: { start: d.start, end: d.end },
          issuer,
          target,
          issuerPhrase,
          targetPhrase,
          demand,
          consequence: consequenceIn(text, demand.end, s.end),
          duration: d.iso,
          dueDate: null,
          sourceIsIssuer: issuer === null,
        });
      }
    }
  },
});

/** "30 days from the publication of the rule to comply": past the span's starting point. */
function skipFrom(text: string, at: number, end: number): number {
  const m = /^\s+(?:from|after|of|following)\s+[^,;:]{1,50}?(?=\s+to\s+[a-z])/.exec(text.slice(at, end));
  return m ? at + m[0].length : at;
}
