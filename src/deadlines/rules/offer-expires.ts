/**
 * Offers and windows that close: "Nvidia's offer expires on May 30", "The window for objections
 * closes on Friday", "the bid lapses at midnight". The expiry verb is the cue; the date must follow.
 * Watch out for: "the festival runs until June 8", "applications opened on Monday": nothing expires.
 */
import { defineRule } from '../../pipeline/rule.js';
import { emitDeadline } from '../build.js';
import { clauseFrom } from '../clauses.js';
import { party } from '../helpers.js';
import type { DeadlineCandidate } from '../types.js';
import { dateAt } from '../when.js';

const NOUN = /\b(offer|bid|proposal|window|tender|grace period|amnesty|waiver|exemption|moratorium|truce|licen[cs]e)s?\b/gi;
// "The offer, which expires on Friday, values…": a relative clause right after the noun is its own.
const EXPIRE = /^((?:,\s*which\s+)?[^,;:]{0,60}?)\b(expires?|expired|closes?|closed|lapses?|lapsed|runs? out|ran out|ends|ended|(?:is|remains|stays) (?:valid|open|on the table)|stands)\s+(?:(?:at|on|in|by|until|through)\s+)?/i;

export default defineRule<DeadlineCandidate>({
  id: 'deadlines/offer-expires',
  kind: 'deadlines',
  description: 'An offer, window or grace period that expires or closes at a stated time.',
  confidence: 0.75,
  examples: {
    match: [
      { text: 'The buyout offer expires on May 30.', date: '2025-05-12', expect: { cue: 'expires', due: '2025-05-30', status: 'pending' } },
      { text: 'The window for public comments closes on Friday.', date: '2025-05-12', expect: { cue: 'closes', due: '2025-05-16', demand: 'public comments' } },
      { text: 'The offer remains on the table until June 30.', date: '2025-05-12', expect: { due: '2025-06-30' } },
      { text: 'The offer, which expires on Friday, values the company at 2 billion euros.', date: '2025-05-12', expect: { cue: 'expires', due: '2025-05-16' } },
    ],
    noMatch: ['The festival runs until June 8.', 'The offer was welcomed by shareholders on Monday.'],
  },
  run(ctx) {
    const text = ctx.doc.text;
    for (const s of ctx.doc.sentences) {
      for (const n of s.text.matchAll(NOUN)) {
        const nounEnd = s.start + n.index! + n[0].length;
        const m = EXPIRE.exec(text.slice(nounEnd, s.end));
        if (!m) continue;
        const verbStart = nounEnd + m[1]!.length;
        const verbEnd = verbStart + m[2]!.length;
        const after = nounEnd + m[0].length;
        const past = /ed$|ran/i.test(m[2]!);
        const date = dateAt(text, after, s.end, ctx.doc.date, ctx.records.dates, !past);
        if (!date?.day) continue;
        // "the window for filing objections closes", "the window to apply closes".
        const forX = /^\s+(?:for|to)\s+/.exec(m[1]!);
        const demand = forX ? clauseFrom(text, nounEnd + forX[0].length, verbStart) : null;
        // The offer's owner: "Nvidia’s offer" (possessor before the noun, in the same phrase).
        const head = s.start + n.index!;
        const pre = /([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s+(?:[^\s,;:]+\s+){0,4}$/.exec(text.slice(Math.max(s.start, head - 60), head));
        const issuer = pre ? party(ctx, s, { start: head - (text.slice(Math.max(s.start, head - 60), head).length - pre.index), end: head - (text.slice(Math.max(s.start, head - 60), head).length - pre.index) + pre[1]!.length }) : null;
        emitDeadline(ctx, {
          sentence: s,
          cue: { start: verbStart, end: verbEnd },
          issuer,
          target: null,
          demand,
          consequence: null,
          duration: null,
          dueDate: date,
        });
        break;
      }
    }
  },
});
