/** Small token walks the deadline rules share: the governing verb, its subject and object, a party. */
import type { Sentence } from '../doc/document.js';
import type { RuleContext } from '../pipeline/rule.js';
import { mentionsIn } from '../pipeline/lookup.js';
import { definiteParty } from './definite.js';
import { coordinatedVerb, objectAfter, partyIn, subjectBefore, type Phrase } from './parties.js';
import type { DeadlineCandidate } from './types.js';

export type Ctx = RuleContext<DeadlineCandidate, unknown>;

const PRONOUN = /^(?:he|she|it|they|them|we)$/i;
const PASSIVE = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);

/** Index of the nearest token before `from` (at most `max` back, not across punctuation) whose norm is in `words`. */
export function verbBack(s: Sentence, from: number, words: ReadonlySet<string>, max = 8): number {
  let budget = max;
  for (let i = from - 1; i >= 0 && budget > 0; i--, budget--) {
    const t = s.tokens[i]!;
    if (t.text === ',') {
      // "gave Nordhavn, which notified the deal, until June 12": step over a comma-bounded aside.
      const open = asideStart(s, i);
      if (open < 0) return -1;
      i = open;
      continue;
    }
    if (/^[;:.!?—–"“”()]$/.test(t.text)) return -1;
    if (words.has(t.norm)) return i;
  }
  return -1;
}

const ASIDE_OPENERS = new Set(['which', 'who', 'whose', 'whom', 'where', 'a', 'an', 'the', 'its', 'their']);

/** Index of the comma opening a relative or appositive aside that ends at the comma `close`, or -1. */
function asideStart(s: Sentence, close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 12; j--) {
    const t = s.tokens[j]!;
    if (/^[;:.!?—–"“”()]$/.test(t.text)) return -1;
    if (t.text === ',') return ASIDE_OPENERS.has(s.tokens[j + 1]?.norm ?? '') && j + 2 < close ? j : -1;
  }
  return -1;
}

/** True when the verb at index `i` is passive ("was given", "were ordered"). */
export function isPassive(s: Sentence, i: number): boolean {
  const prev = s.tokens[i - 1]?.norm ?? '';
  const prev2 = s.tokens[i - 2]?.norm ?? '';
  return PASSIVE.has(prev) || (['reportedly', 'also', 'formally', 'now'].includes(prev) && PASSIVE.has(prev2));
}

/** The phrase between two token indexes (exclusive), e.g. the object of "gave" before the span. */
export function between(s: Sentence, a: number, b: number): Phrase | null {
  if (b - a < 2) return null;
  return { start: s.tokens[a + 1]!.start, end: s.tokens[b - 1]!.end };
}

/**
 * The entity of a phrase. An unlinked pronoun is resolved only where news syntax makes it safe:
 * right after the party it stands for ("told Stellantis it had until Thursday", "warned Taipei that
 * it had"), or as the subject of a clause reported by its own speaker ("Ofcom said it would give",
 * "Iran has been told it must").
 */
export function party(ctx: Ctx, s: Sentence, p: Phrase | null): string | null {
  if (!p) return null;
  const direct = partyIn(ctx.records.entities, s, p) ?? definiteParty(ctx.records.entities, ctx.doc.text, p);
  if (direct) return direct;
  const a = PRONOUN.test(ctx.doc.text.slice(p.start, p.end)) ? antecedent(ctx, s, p) : null;
  return a ? party(ctx, s, a) : null;
}

/** The phrase an unlinked pronoun stands for, by the syntax `party` trusts; null when none is safe. */
function antecedent(ctx: Ctx, s: Sentence, p: Phrase): Phrase | null {
  let k = tokenAt(s, p.start) - 1;
  if (s.tokens[k]?.norm === 'that') k--;
  const prev = s.tokens[k];
  if (!prev) return null;
  const named = mentionsIn(ctx.records.entities, prev.start, prev.end).find((h) => h.mention.kind !== 'pronoun');
  if (named) return { start: named.mention.start, end: named.mention.end };
  if (REPORT_VERB.test(prev.norm)) return subjectBefore(s, k);
  // "told the union it had until Friday": a pronoun right after the hearer of a telling verb is the hearer.
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (!HEARER_VERB.test(s.tokens[j]!.norm)) continue;
    // (only words between: no punctuation, preposition or "that")
    const words = s.tokens.slice(j + 1, k + 1);
    if (words.every((w) => /^[\p{L}\d'’-]+$/u.test(w.text) && !/^(?:that|to|of|in|on|at|by|for)$/.test(w.norm))) return { start: s.tokens[j + 1]!.start, end: prev.end };
    break;
  }
  // "accused the Austrian government of waste and gave it until Friday": the pronoun object of a
  // coordinated verb is the first verb's object.
  if (/^(?:and|then)$/.test(s.tokens[k - 1]?.norm ?? '') && /^(?:it|them)$/i.test(ctx.doc.text.slice(p.start, p.end))) {
    const first = coordinatedVerb(s, k - 1);
    if (first >= 0) return objectAfter(s, first);
  }
  return null;
}

/**
 * A party as written, for the record's issuerText/targetText: the phrase, or for a pronoun the
 * phrase it stands for ("The union said it would strike" → "The union"); an unresolved pronoun gives null.
 */
export function partyText(ctx: Ctx, s: Sentence, p: Phrase | null, depth = 0): string | null {
  if (!p || p.end <= p.start) return null;
  const text = ctx.doc.text.slice(p.start, p.end).trim().replace(ADJUNCT, '');
  // "migrants who arrived before 2024 must…": a walk that stops at a number found no party.
  if (/^[\d\s,.–-]*$/.test(text)) return null;
  if (!PRONOUN.test(text)) return text;
  return depth < 4 ? partyText(ctx, s, antecedent(ctx, s, p), depth + 1) : null;
}

// "The regulator on Tuesday ordered…", "The council separately gave…": a time or manner adjunct
// that a subject walk takes in is not part of the party's name.
const ADJUNCT = /(?:\s+(?:on|last|this|late|early|earlier)(?:\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?|\s+(?:week|month|year|night|morning))|\s+(?:separately|also|meanwhile|later|earlier|previously|jointly|recently|yesterday|today|now|then|again))+$/;

const HEARER_VERB = /^(?:told|tells|tell|warned|warns|informed|informs|notified|notifies|reminded|reminds)$/;
const REPORT_VERB = /^(?:said|says|told|warned|informed|notified|reminded|announced|added|insisted|stressed|declared)$/;

/** The subject's entity for the verb at token index `i`. */
export function subjectParty(ctx: Ctx, s: Sentence, i: number): string | null {
  return party(ctx, s, subjectBefore(s, i));
}

/** Token index of the first token at or after offset. */
export function tokenAt(s: Sentence, offset: number): number {
  const i = s.tokens.findIndex((t) => t.end > offset);
  return i < 0 ? s.tokens.length : i;
}


/** "was handed a deadline by UEFA to…": the agent of a passive giving, between `from` and `to`. */
export function passiveAgent(ctx: Ctx, s: Sentence, from: number, to: number): string | null {
  return party(ctx, s, agentPhrase(ctx, from, to));
}

/** The "by X" phrase of a passive giving, between `from` and `to`. */
export function agentPhrase(ctx: Ctx, from: number, to: number): Phrase | null {
  const m = /\bby\s+((?:the\s+)?[A-Z][^,;:]{0,50}?)(?=\s+to\s|\s+(?:on|in|for|last|this)\b|[,;:.]|$)/.exec(ctx.doc.text.slice(from, to));
  if (!m) return null;
  const start = from + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

/** An entity right before the cue noun, possessive or adjectival: "an Australian ultimatum", "Trump's deadline". */
export function modifierParty(ctx: Ctx, s: Sentence, cue: number): string | null {
  for (let k = cue - 1; k >= 0 && k >= cue - 6; k--) {
    const t = s.tokens[k]!;
    const hit = mentionsIn(ctx.records.entities, t.start, t.end).find((h) => h.entity.type !== 'EVENT' || h.mention.kind !== 'pronoun');
    if (hit) return hit.entity.id;
    // Only a time modifier ("two-week", "June 2") or the possessive may sit between.
    if (!/^['’]s?$|^-$/.test(t.text) && !t.tags.includes('Date') && !t.tags.includes('Value') && !t.tags.includes('Duration')) return null;
  }
  return null;
}

/**
 * Parties of "X has N days / until D to …" (X is the target) and "Y gave X …" (Y issues, X is the
 * target); in the passive "X was given …" the agent after the verb issues. `v` is the verb, `i`
 * where the time starts.
 */
export function giveOrHaveParties(ctx: Ctx, s: Sentence, v: number, i: number, have: boolean, demandStart: number): Parties {
  if (have || isPassive(s, v)) {
    const agent = have ? null : agentPhrase(ctx, s.tokens[v]!.end, demandStart);
    const subject = subjectBefore(s, v);
    return { target: party(ctx, s, subject), issuer: party(ctx, s, agent), targetPhrase: subject, issuerPhrase: agent };
  }
  const subject = subjectBefore(s, v);
  const object = between(s, v, i);
  return { issuer: party(ctx, s, subject), target: party(ctx, s, object), issuerPhrase: subject, targetPhrase: object };
}

export interface Parties {
  issuer: string | null;
  target: string | null;
  issuerPhrase: Phrase | null;
  targetPhrase: Phrase | null;
}
