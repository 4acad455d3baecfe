/**
 * Parts of a "deadline" noun phrase shared out of the rule to keep it short: the parties from the
 * verb that governs the noun, a changed span ("shortened to 10 days") and a new date that ends
 * the demand ("extended the deadline for plans to April 30").
 */
import type { FoundDuration } from './duration.js';
import { durationsIn } from './duration.js';
import { agentPhrase, between, isPassive, modifierParty, party, subjectParty, verbBack, type Ctx } from './helpers.js';
import { BOUND, SET } from './lexicon.js';
import { subjectBefore, type Phrase } from './parties.js';
import { dateAt } from './when.js';

type Sent = Ctx['doc']['sentences'][number];

/**
 * "extended the deadline for staffing plans to April 30": the new date after "to/until" ends the
 * demand ("staffing plans"), and is left for the due date.
 */
export function cutAtNewDate(ctx: Ctx, s: Sent, demand: Phrase | null): Phrase | null {
  if (!demand) return null;
  const text = ctx.doc.text;
  for (const m of text.slice(demand.start, demand.end).matchAll(/\s(?:to|until)\s+/g)) {
    const at = demand.start + m.index + m[0].length;
    if (m.index > 0 && dateAt(text, at, s.end, ctx.doc.date, ctx.records.dates)) return { start: demand.start, end: demand.start + m.index };
  }
  return demand;
}

/**
 * "shortened his deadline for Russia to 10 days": the new span. "extended the deadline by 30 days"
 * gives only the shift from a date the sentence does not state, so no span of the deadline.
 */
export function changedSpan(text: string, from: number, end: number): FoundDuration | undefined {
  const moved = /^[^,;:.]{0,40}?\s(?:to)\s+/.exec(text.slice(from, end));
  if (!moved) return undefined;
  const at = from + moved[0].length;
  const d = durationsIn(text, at, Math.min(end, at + 30))[0];
  return d && d.start === at ? d : undefined;
}

/** The verb that governs the noun: "X set a deadline", "X gave Y a deadline", "Y faces a deadline". */
export function partiesOf(ctx: Ctx, s: Sent, i: number, found: string | null, demand: Phrase | null, foundPhrase: Phrase | null = null): NounParties {
  const text = ctx.doc.text;
  const cue = s.tokens[i]!;
  let issuer: string | null = null;
  let target = found;
  let issuerPhrase: Phrase | null = null;
  let targetPhrase = foundPhrase;
  const v = verbBack(s, i, SET, 8);
  const b = verbBack(s, i, BOUND, 8);
  if (v >= 0 && v > b && isPassive(s, v)) {
    // "was handed a deadline by UEFA": the subject is bound, the agent issues.
    targetPhrase ??= subjectBefore(s, v);
    target ??= subjectParty(ctx, s, v);
    issuerPhrase = agentPhrase(ctx, cue.end, demand ? demand.start : s.end);
    issuer = party(ctx, s, issuerPhrase);
  } else if (v >= 0 && v > b) {
    issuerPhrase = subjectBefore(s, v);
    issuer = party(ctx, s, issuerPhrase);
    const det = detBefore(s, v, i);
    if (!targetPhrase && det > v) targetPhrase = between(s, v, det);
    if (!target && det > v) target = party(ctx, s, between(s, v, det));
    const toObj = /^\s+to\s+([A-Z][^,;:]{0,50}?)\s+to\s+/.exec(text.slice(cue.end, s.end));
    const objStart = toObj ? cue.end + toObj[0].indexOf(toObj[1]!) : 0;
    const objPhrase = toObj ? { start: objStart, end: objStart + toObj[1]!.length } : null;
    targetPhrase ??= objPhrase;
    if (!target && objPhrase) target = party(ctx, s, objPhrase);
  } else if (b >= 0) {
    targetPhrase ??= subjectBefore(s, b);
    target ??= subjectParty(ctx, s, b);
  }
  return { issuer: issuer ?? modifierParty(ctx, s, i), target, issuerPhrase, targetPhrase };
}

interface NounParties {
  issuer: string | null;
  target: string | null;
  issuerPhrase: Phrase | null;
  targetPhrase: Phrase | null;
}

/** Index of the determiner that opens the deadline's noun phrase, between the verb and the noun. */
function detBefore(s: Sent, v: number, noun: number): number {
  for (let k = noun - 1; k > v; k--) if (/^(?:a|an|the|its|their|his|her)$/.test(s.tokens[k]!.norm)) return k;
  return -1;
}
