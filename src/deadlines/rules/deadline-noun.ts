/**
 * "a two-week deadline for Iran to return to talks", "set a deadline of June 15 for workers to
 * register", "the deadline for Greece to repay was extended to Oct. 31", "met the April 30 deadline".
 * Watch out for: the word as a name ("Deadline Hollywood", "the novel The Deadline"), compounds
 * ("deadline-driven": one token, never matched), and a deadline only mentioned in passing ("filed
 * minutes before the deadline"), which has neither a time, a demand nor a status of its own.
 */
import { defineRule } from '../../pipeline/rule.js';
import { emitDeadline } from '../build.js';
import { consequenceIn, demandAfterTo, clauseFrom } from '../clauses.js';
import { durationsIn } from '../duration.js';
import { between, isPassive, modifierParty, party, passiveAgent, subjectParty, verbBack, type Ctx } from '../helpers.js';
import { BOUND, SET } from '../lexicon.js';
import type { DeadlineCandidate } from '../types.js';
import { dateIn, type FoundDate } from '../when.js';

// A deadline told as over: its weekday is the past one ("tendered by the Tuesday deadline").
const PAST = /\b(?:met|missed|passed|expired|lapsed|ran out|completed|closed|ended|elapsed)\b/i;
// A bare "Deadline" that reports or says something is the publication, not the noun.
const NAME_VERB = /^(?:reported|reports|said|says|first|revealed|reveals|confirmed|learned|wrote|writes|broke|quoted|cited|published)$/;
const PAST_MENTION = /\b(?:before|after|ahead of|past|near|beyond|against|around|under)\s+(?:the|a|its|their)\s+(?:\w+\s+)?$/i;
const STATUS_VERB = /^\s*(?:(?:was|has been|had been|is|will be)\s+)?(?:extended|passed|expired|expires|lapsed|closes|closed|looms|approaches|runs out|ran out|moved|pushed back|postponed)\b/i;

export default defineRule<DeadlineCandidate>({
  id: 'deadlines/deadline-noun',
  kind: 'deadlines',
  description: 'The noun "deadline" with its time (before it or after "of/to/on"), demand ("for X to ...") and parties.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'The regulator set a June 2 deadline for the airline to submit its safety plan.', date: '2025-05-12', expect: { cue: 'deadline', due: '2025-06-02', demand: 'submit its safety plan', status: 'pending' } },
      { text: 'The union has issued a one-week deadline to management to restore the bonuses or face a strike.', date: '2025-05-12', expect: { duration: 'P1W', dueLatest: '2025-05-19', consequence: 'face a strike' } },
      { text: 'The deadline for bids was extended to Oct. 31.', date: '2025-05-12', expect: { due: '2025-10-31', status: 'extended' } },
    ],
    noMatch: [
      'Deadline Hollywood first reported the casting on Tuesday.',
      'Her deadline-driven style was praised by colleagues.',
      'He filed the story minutes before the deadline.',
    ],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const s of doc.sentences) {
      s.tokens.forEach((t, i) => {
        if (t.norm !== 'deadline' && t.norm !== 'deadlines') return;
        if (/^D/.test(t.text) && (i > 0 || /^[A-Z]/.test(s.tokens[i + 1]?.text ?? '') || NAME_VERB.test(s.tokens[i + 1]?.norm ?? ''))) return;
        findAround(ctx, s, i);
      });
    }
  },
});

function findAround(ctx: Ctx, s: Ctx['doc']['sentences'][number], i: number): void {
  const text = ctx.doc.text;
  const cue = s.tokens[i]!;
  // Before the noun: "two-week deadline", "June 2 deadline", "Saturday deadline".
  const pre = text.slice(Math.max(s.start, cue.start - 40), cue.start);
  const preStart = cue.start - pre.length;
  const dur = durationsIn(text, preStart, cue.start).find((d) => /^[\s-]*$/.test(text.slice(d.end, cue.start)));
  let due: FoundDate | null = null;
  const preDate = dateIn(text, preStart, cue.start, ctx.doc.date, ctx.records.dates, !PAST.test(s.text));
  if (preDate && /^[\s-]*$/.test(text.slice(preDate.end, cue.start)) && !dur) due = preDate;
  // "set Nov. 10 as the deadline": the date is the object, the noun its role.
  if (!due && preDate && /^\s+(?:as|is|was|will be|remains|became)\s+(?:the|its|a|their)\s+(?:\w+\s+)?$/.test(text.slice(preDate.end, cue.start))) due = preDate;
  // "a May 9 close of business deadline", "a Friday midnight deadline".
  if (!due && preDate && /^\s+(?:close of business|COB|end of day|noon|midnight)\s+$/i.test(text.slice(preDate.end, cue.start))) due = preDate;
  // After the noun: "for X to VERB", "to VERB", "of June 15", "was extended to Oct. 31".
  let target: string | null = null;
  let demand = null;
  let at = cue.end;
  const forTo = /^\s+for\s+([^,;:]{1,70}?)\s+to\s+(?=[a-z])/.exec(text.slice(at, s.end));
  const ofDate = /^\s+of\s+/.exec(text.slice(at, s.end));
  if (ofDate && !due) {
    const d = dateIn(text, at, Math.min(s.end, at + 40), ctx.doc.date, ctx.records.dates);
    if (d && d.start - at <= ofDate[0].length + 4) {
      due = d;
      at = d.end;
    }
  }
  const forTo2 = forTo ?? /^\s+for\s+([^,;:]{1,70}?)\s+to\s+(?=[a-z])/.exec(text.slice(at, s.end));
  const base = forTo ? cue.end : at;
  if (forTo2) {
    const objStart = base + forTo2[0].indexOf(forTo2[1]!);
    target = party(ctx, s, { start: objStart, end: objStart + forTo2[1]!.length });
    demand = demandAfterTo(text, base + forTo2[0].lastIndexOf(' to ', forTo2[0].length) , s.end);
  } else {
    demand = demandAfterTo(text, at, s.end) ?? demandAfterTo(text, skipToObject(text, at, s.end), s.end);
    const noun = /^\s+for\s+(?!the\s+(?:week|month|year)\b)/.exec(text.slice(at, s.end));
    if (!demand && noun) demand = clauseFrom(text, at + noun[0].length, s.end);
    // "the deadline for Iran expires", "his deadline for Russia to 10 days": a name is the bound party.
    const name = /^\s+for\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)(?!\s+to\s+[a-z])/.exec(text.slice(at, s.end));
    const who = name ? party(ctx, s, { start: at + name[0].length - name[1]!.length, end: at + name[0].length }) : null;
    if (who && !target) {
      target = who;
      if (demand && demand.start === at + name![0].length - name![1]!.length) demand = null;
    }
  }
  const tail = demand ? demand.end : at;
  const status = STATUS_VERB.test(text.slice(tail, s.end)) || STATUS_VERB.test(text.slice(at, s.end));
  if (!due) {
    const d = dateIn(text, tail, s.end, ctx.doc.date, ctx.records.dates, !PAST.test(text.slice(tail, s.end)));
    const lead = /^(?:of|to|until|on|at|by|for|in)\s/i.test(text.slice(d?.start ?? 0, (d?.start ?? 0) + 6));
    // "extended to Oct. 31", "passed on Saturday", "The deadline is June 30".
    if (d && (lead || /\b(?:of|to|until|on|at|by|for|in|is|was|remains|be)\s+(?:the\s+)?$/i.test(text.slice(Math.max(tail, d.start - 12), d.start)))) due = d;
  }
  // "shortened his deadline for Russia to 10 days", "extended the deadline by 30 days".
  const moved = /^[^,;:.]{0,40}?\s(?:to|by)\s+/.exec(text.slice(cue.end, s.end));
  const newSpan = !dur && moved ? durationsIn(text, cue.end + moved[0].length, Math.min(s.end, cue.end + moved[0].length + 30))[0] : undefined;
  const span = dur ?? (newSpan && newSpan.start === cue.end + moved![0].length ? newSpan : undefined);
  if (!due && !span && !demand && !status) return;
  if (!due && !span && PAST_MENTION.test(text.slice(s.start, cue.start)) && !demand) return;
  // The verb that governs the noun: "X set a deadline", "X gave Y a deadline", "Y faces a deadline".
  let issuer: string | null = null;
  const v = verbBack(s, i, SET, 8);
  const b = verbBack(s, i, BOUND, 8);
  if (v >= 0 && v > b && isPassive(s, v)) {
    // "was handed a deadline by UEFA": the subject is bound, the agent issues.
    target ??= subjectParty(ctx, s, v);
    issuer = passiveAgent(ctx, s, cue.end, demand ? demand.start : s.end);
  } else if (v >= 0 && v > b) {
    issuer = subjectParty(ctx, s, v);
    const det = detBefore(s, v, i);
    if (!target && det > v) target = party(ctx, s, between(s, v, det));
    const toObj = /^\s+to\s+([A-Z][^,;:]{0,50}?)\s+to\s+/.exec(text.slice(cue.end, s.end));
    if (!target && toObj) target = party(ctx, s, { start: cue.end + toObj[0].indexOf(toObj[1]!), end: cue.end + toObj[0].indexOf(toObj[1]!) + toObj[1]!.length });
  } else if (b >= 0) {
    target ??= subjectParty(ctx, s, b);
  }
  issuer ??= modifierParty(ctx, s, i);
  if (issuer === target) target = null;
  emitDeadline(ctx, {
    sentence: s,
    cue: { start: cue.start, end: cue.end },
    issuer,
    target,
    demand,
    consequence: consequenceIn(text, demand ? demand.end : cue.end, s.end),
    duration: span?.iso ?? null,
    dueDate: due,
  });
}

/** "a deadline to management to restore…": skip "to <object>" when another "to VERB" follows. */
function skipToObject(text: string, at: number, end: number): number {
  const m = /^\s+to\s+[^,;:]{1,50}?(?=\s+to\s+[a-z])/.exec(text.slice(at, end));
  return m ? at + m[0].length : at;
}

/** Index of the determiner that opens the deadline's noun phrase, between the verb and the noun. */
function detBefore(s: Ctx['doc']['sentences'][number], v: number, noun: number): number {
  for (let k = noun - 1; k > v; k--) if (/^(?:a|an|the|its|their|his|her)$/.test(s.tokens[k]!.norm)) return k;
  return -1;
}
