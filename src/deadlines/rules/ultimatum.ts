/**
 * "Washington issued an ultimatum to Caracas: release the detainees within a week or face
 * sanctions", "gave the rebels an ultimatum to disarm by Sunday", "the ultimatum expires at
 * midnight". The noun is the cue; the demand follows ":" or "to VERB"; the time follows
 * "within/by/until/expires".
 * Watch out for: the issuing date ("issued an ultimatum on Friday") is not the due date.
 */
import { defineRule } from '../../pipeline/rule.js';
import { emitDeadline } from '../build.js';
import { clauseFrom, consequenceIn, demandAfterTo } from '../clauses.js';
import { durationAt, durationsIn } from '../duration.js';
import { agentPhrase, between, isPassive, modifierParty, party, verbBack, type Ctx } from '../helpers.js';
import { BOUND, SET } from '../lexicon.js';
import type { Sentence } from '../../doc/document.js';
import { subjectBefore, type Phrase } from '../parties.js';
import type { DeadlineCandidate } from '../types.js';
import { dateAt, type FoundDate } from '../when.js';

const SENT = new Set([...SET, 'sent', 'sends', 'send', 'presented', 'delivered', 'handed', 'served']);
const LIMIT = /\b(within|in|by|until|no later than|expires?\s+(?:at|on|in)?|runs? out\s+(?:at|on|in)?|ends?\s+(?:at|on)?|(?:passed|expired|lapsed|ran out)\s+(?:at|on|in)?)\s*/gi;
// "The ultimatum passed on Wednesday": a limit told as past is the day just gone.
const GONE = /^(?:passed|expired|lapsed|ran out)/i;

export default defineRule<DeadlineCandidate>({
  id: 'deadlines/ultimatum',
  kind: 'deadlines',
  description: 'The noun "ultimatum": issuer (the sender), target ("to X", "gave X"), demand, time limit and consequence.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'The army issued an ultimatum to the rebels: lay down your arms within 48 hours or face an assault.', date: '2025-05-12', expect: { cue: 'ultimatum', duration: 'PT48H', demand: 'lay down your arms', consequence: 'face an assault' } },
      { text: 'Workers issued a 72-hour ultimatum to management on Monday: restore the night-shift bonus or face a strike.', date: '2025-05-14', expect: { duration: 'PT72H', demand: 'restore the night-shift bonus', consequence: 'face a strike' } },
      { text: 'The ultimatum passed on Wednesday with no sign of the crew being freed.', date: '2025-05-16', expect: { due: '2025-05-14', status: 'expired' } },
      { text: 'The navy issued a 48-hour ultimatum to the rebels, demanding that they release the crew of a seized tanker.', date: '2025-05-16', expect: { demand: 'release the crew of a seized tanker', duration: 'PT48H' } },
      { text: 'The ultimatum expires at midnight on Wednesday.', date: '2025-05-12', expect: { due: '2025-05-14', status: 'pending' } },
    ],
    noMatch: ['The film Ultimatum opened in theaters last year.'],
  },
  run(ctx) {
    const text = ctx.doc.text;
    for (const s of ctx.doc.sentences) {
      s.tokens.forEach((t, i) => {
        if (t.text !== 'ultimatum' && t.text !== 'ultimatums' && !(i === 0 && /^Ultimatums?$/.test(t.text))) return;
        const rest = text.slice(t.end, s.end);
        let issuer: string | null = null;
        let target: string | null = null;
        let issuerPhrase: Phrase | null = null;
        let targetPhrase: Phrase | null = null;
        const v = verbBack(s, i, SENT, 8);
        const b = verbBack(s, i, BOUND, 8);
        if (v >= 0 && v > b && isPassive(s, v)) {
          targetPhrase = subjectBefore(s, v);
          issuerPhrase = agentPhrase(ctx, t.end, s.end);
        } else if (v >= 0 && v > b) {
          issuerPhrase = subjectBefore(s, v);
          // "gave the contractor a 48-hour ultimatum": the object ends before the ultimatum's own determiner.
          if (i - v > 2) targetPhrase = between(s, v, objectEnd(s, v, i));
        } else if (b >= 0) targetPhrase = subjectBefore(s, b);
        issuer = party(ctx, s, issuerPhrase);
        target = party(ctx, s, targetPhrase);
        // "an Australian ultimatum", "Washington's ultimatum": the modifier issues it.
        issuer ??= modifierParty(ctx, s, i);
        const to = /^\s+to\s+((?:the\s+)?[A-Z][^,;:]{0,50}?)(?=\s+(?:on|to|that|demanding|over)\b|[,;:.])/.exec(rest);
        if (to) {
          const st = t.end + to[0].indexOf(to[1]!);
          [target, targetPhrase] = orTarget(ctx, s, target, targetPhrase, { start: st, end: st + to[1]!.length });
        }
        const colon = text.indexOf(':', t.end);
        let demand = verbFirst(s, demandAfterTo(text, t.end, s.end)) ?? verbFirst(s, demandAfterTo(text, skipAgent(text, t.end, s.end), s.end));
        if (!demand && colon > 0 && colon < s.end) demand = clauseFrom(text, colon + 1 + (text[colon + 1] === ' ' ? 1 : 0), s.end);
        // "an ultimatum demanding that Iraq withdraw within a week": the clause is the demand, its subject the target.
        const that = /^[^.;:]{0,60}?\b(?:demanding|insisting|requiring|saying)\s+(?:that\s+)?/.exec(rest);
        if (!demand && that) {
          demand = clauseFrom(text, t.end + that[0].length, s.end);
          const vi = s.tokens.findIndex((x) => demand && x.start > demand.start && x.start < demand.end && x.tags.includes('Verb') && /^[a-z]/.test(x.text));
          if (vi > 0) [target, targetPhrase] = orTarget(ctx, s, target, targetPhrase, subjectBefore(s, vi));
          // "demanding that they release the crew": the demand is the verb phrase, its subject the target.
          if (vi > 0 && demand) demand = { start: s.tokens[vi]!.start, end: demand.end };
        }
        // "a 72-hour ultimatum": the span written before the noun.
        let duration: string | null = durationsIn(text, Math.max(s.start, t.start - 25), t.start).find((d) => /^[\s-]*$/.test(text.slice(d.end, t.start)))?.iso ?? null;
        let due: FoundDate | null = null;
        for (const l of duration ? [] : rest.matchAll(LIMIT)) {
          const at = t.end + l.index! + l[0].length;
          const d = /^(?:within|in)$/i.test(l[1]!) ? durationAt(text, at, s.end) : null;
          if (/^in$/i.test(l[1]!) && !d) continue;
          if (d) { duration = d.iso; break; }
          const date = dateAt(text, at, s.end, ctx.doc.date, ctx.records.dates, !GONE.test(l[1]!));
          if (date) { due = date; break; }
        }
        if (!demand && !duration && !due && v < 0 && b < 0) return;
        emitDeadline(ctx, {
          sentence: s,
          cue: { start: t.start, end: t.end },
          issuer,
          target,
          issuerPhrase,
          targetPhrase,
          demand,
          consequence: consequenceIn(text, demand ? demand.end : t.end, s.end),
          duration,
          dueDate: due,
        });
      });
    }
  },
});

/** "an ultimatum to management on Monday: restore…": a demand opens with a verb, "to management" names the target. */
function verbFirst(s: Sentence, demand: Phrase | null): Phrase | null {
  const first = demand ? s.tokens.find((x) => x.start === demand.start) : undefined;
  return first && first.tags.includes('Verb') ? demand : null;
}

/** "an ultimatum by Miss Universe Inc. to drop…": past the agent to the demand. */
function skipAgent(text: string, at: number, end: number): number {
  const m = /^\s+(?:by|from)\s+[^,;:]{1,60}?(?=\s+to\s+[a-z])/.exec(text.slice(at, end));
  return m ? at + m[0].length : at;
}

/** A later reading of the target counts when none was found; its phrase replaces one that named no entity. */
function orTarget(ctx: Ctx, s: Sentence, target: string | null, phrase: Phrase | null, p: Phrase | null): [string | null, Phrase | null] {
  if (target) return [target, phrase];
  const id = party(ctx, s, p);
  return [id, id || !phrase ? p : phrase];
}

/** Index of the determiner that opens the ultimatum's noun phrase after the object, else the token before the noun. */
function objectEnd(s: Sentence, v: number, noun: number): number {
  // "issued a 72-hour ultimatum": when the noun phrase starts right after the verb there is no object.
  for (let k = noun - 1; k > v; k--) if (DET.test(s.tokens[k]!.norm)) return k;
  return noun - 1;
}

const DET = /^(?:a|an|the|its|their|his|her)$/;
