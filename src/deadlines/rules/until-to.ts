/**
 * "gave Meta until June 30 to change…", "The Senate has until Friday to pass…", "were given until
 * Wednesday to register…". The time must follow "until" and a demand ("to VERB") must follow it.
 * Watch out for: "closed until Friday", "lasted until Thursday" (no have/give verb), "had until
 * then worked" (no date, no demand).
 */
import { defineRule } from '../../pipeline/rule.js';
import { emitDeadline } from '../build.js';
import { consequenceIn, demandAfterTo } from '../clauses.js';
import { giveOrHaveParties, verbBack } from '../helpers.js';
import { GIVE_OR_HAVE, HAVE } from '../lexicon.js';
import type { DeadlineCandidate } from '../types.js';
import { dateAt } from '../when.js';


export default defineRule<DeadlineCandidate>({
  id: 'deadlines/until-to',
  kind: 'deadlines',
  description: '"X has until DATE to VERB" and "gave X until DATE to VERB": a deadline with its date and demand.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'The court gave the ministry until June 3 to respond to the petition.', date: '2025-05-12', expect: { cue: 'until', due: '2025-06-03', demand: 'respond to the petition', status: 'pending' } },
      { text: 'The club has until Friday to pay its players or face relegation.', date: '2025-05-12', expect: { due: '2025-05-16', consequence: 'face relegation' } },
      { text: 'The club has until the end of the January transfer window to register a new keeper.', date: '2025-11-08', expect: { due: '2026-01-31', demand: 'register a new keeper' } },
      { text: 'The club has until the end of the transfer window to register a new keeper.', date: '2025-11-08', expect: { due: null, demand: 'register a new keeper', status: 'unknown' } },
      // A coordinated verb after a quoted object (its parties: test/deadlines-probe.test.ts).
      { text: 'Opposition leader Anna Weber accused the Austrian government of "reckless spending" and gave it until the end of the month to publish a costing.', date: '2025-05-12', expect: { due: '2025-05-31', demand: 'publish a costing' } },
    ],
    noMatch: ['The museum will remain closed until Friday for repairs.', 'She had until then worked as a nurse.'],
  },
  run(ctx) {
    const text = ctx.doc.text;
    for (const s of ctx.doc.sentences) {
      s.tokens.forEach((t, i) => {
        if (t.norm !== 'until') return;
        const v = verbBack(s, i, GIVE_OR_HAVE, 10);
        if (v < 0) return;
        // "has until Friday", "has only until Friday"; not "has lacked until now".
        if (HAVE.has(s.tokens[v]!.norm) && !s.tokens.slice(v + 1, i).every((x) => /^(?:only|just|still|now|also)$/.test(x.norm))) return;
        const found = dateAt(text, t.end, s.end, ctx.doc.date, ctx.records.dates);
        const date = found && !/^(?:now|then|recently|lately)$/i.test(text.slice(found.start, found.end)) ? found : null;
        // "until the end of the transfer window to register": the end of a period the text does not date
        const period = endOfPeriod(text, date ? date.end : t.end, s.end, !!date && /\bend of\b/i.test(text.slice(t.end, date.end)));
        if (!date && !period) return;
        const after = period ?? date!.end;
        const demand = demandAfterTo(text, after, s.end) ?? demandAfterTo(text, skipWords(text, after, s.end), s.end);
        const verb = s.tokens[v]!.norm;
        // "Congress has until Sept. 30." is a deadline without a stated demand; "gave X until" needs one.
        if (!demand && !(date && HAVE.has(verb) && /^[\s.,;!?]*(?:$|[,;]\s)/.test(text.slice(date.end, s.end)))) return;
        const parties = giveOrHaveParties(ctx, s, v, i, HAVE.has(verb), demand?.start ?? s.end);
        const { issuer, target, issuerPhrase, targetPhrase } = parties;
        emitDeadline(ctx, {
          sentence: s,
          cue: { start: t.start, end: t.end },
          issuer,
          target,
          issuerPhrase,
          targetPhrase,
          demand,
          consequence: consequenceIn(text, demand?.end ?? after, s.end),
          duration: null,
          dueDate: date,
          sourceIsIssuer: issuer === null,
        });
      });
    }
  },
});

/**
 * "until the end of the transfer window to…", "the end of the January window to…": where the
 * period's words end, right before "to VERB" (`dated`: the date found sits inside the period's name).
 */
function endOfPeriod(text: string, at: number, end: number, dated: boolean): number | null {
  const re = dated ? /^(?:\s+[a-z][\w-]*){1,3}?(?=\s+to\s+[a-z])/ : /^\s+the\s+end\s+of\s+(?:the|this|its|their|next)(?:\s+[a-z][\w-]*){1,3}?(?=\s+to\s+[a-z])/;
  const m = re.exec(text.slice(at, end));
  return m ? at + m[0].length : null;
}

/** "until Thursday night to…", "until Friday by the league to…": words between the date and the demand. */
function skipWords(text: string, at: number, end: number): number {
  const m = /^(?:\s+(?:night|morning|evening|afternoon|local|time|GMT|ET|EST|EDT|UTC|\([^)]{1,20}\))|\s+by\s+(?:the\s+)?[^,;:\s]+(?:\s+[^,;:\s]+){0,4}?(?=\s+to\s))+/.exec(text.slice(at, end));
  return m ? at + m[0].length : at;
}
