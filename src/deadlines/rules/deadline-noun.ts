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
import { durationsIn, type FoundDuration } from '../duration.js';
import { party, verbBack, type Ctx } from '../helpers.js';
import { BOUND, SET } from '../lexicon.js';
import { changedSpan, cutAtNewDate, partiesOf } from '../noun-parts.js';
import type { DeadlineCandidate } from '../types.js';
import { dateAt, dateIn, type FoundDate } from '../when.js';

// A deadline told as over: its weekday is the past one ("tendered by the Tuesday deadline").
const PAST = /\b(?:met|missed|passed|expired|lapsed|ran out|completed|closed|ended|elapsed|came and went)\b/i;
// A bare "Deadline" that reports or says something is the publication, not the noun.
const NAME_VERB = /^(?:reported|reports|said|says|first|revealed|reveals|confirmed|learned|wrote|writes|broke|quoted|cited|published)$/;
const PAST_MENTION = /\b(?:before|after|ahead of|past|near|beyond|against|around|under)\s+(?:the|a|its|their)\s+(?:\w+\s+)?$/i;
// "extended its offer deadline by two weeks": the change itself, told before the noun.
const CHANGED_BEFORE = /\b(?:extended|extends|pushed back|postponed|moved back|brought forward)\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+)?$/i;
const STATUS_CHANGE = /^\s*(?:(?:was|has been|had been|is|will be)\s+)?(?:came and went|extended|passed|expired|expires|lapsed|closed|runs out|ran out|moved|pushed back|postponed)\b/i;

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
      { text: 'Moscow dismissed a 50-day deadline set by the White House to agree a ceasefire.', date: '2025-07-16', expect: { duration: 'P50D', demand: 'agree a ceasefire' } },
      { text: 'The agency extended a deadline for care homes to submit staffing plans to April 30.', date: '2025-02-17', expect: { demand: 'submit staffing plans', due: '2025-04-30', status: 'extended' } },
    ],
    noMatch: [
      'Deadline Hollywood first reported the casting on Tuesday.',
      'Her deadline-driven style was praised by colleagues.',
      'He filed the story minutes before the deadline.',
      'The state asked for the deadline to be put on hold.',
      'Traders watched the currency closely as the deadline approached.',
      'The tribunal announced the deadline on Thursday and told reporters it had received many complaints.',
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

type Sent = Ctx['doc']['sentences'][number];
type Phrase = { start: number; end: number };

function findAround(ctx: Ctx, s: Sent, i: number): void {
  const text = ctx.doc.text;
  const cue = s.tokens[i]!;
  const pre = timeBefore(ctx, s, cue);
  // "a 50-day deadline set by President Ward to agree a ceasefire": the agent issues; the demand follows it.
  const by = SET_BY.exec(text.slice(cue.end, s.end));
  const agentStart = by ? cue.end + by[0].length - by[1]!.length : 0;
  const agentAt = by ? { start: agentStart, end: agentStart + by[1]!.length } : null;
  const agent = party(ctx, s, agentAt);
  const post = afterNoun(ctx, s, by ? agentStart + by[1]!.length : cue.end, pre.due);
  if (!pre.due && post.due && /^\s+on\b/i.test(text.slice(post.at, post.due.end)) && verbBack(s, i, SET, 8) > verbBack(s, i, BOUND, 8)) post.due = issuedOn(ctx, s, post.due);
  const due = pre.due ?? post.due;
  const span = pre.dur ?? changedSpan(text, cue.end, s.end);
  const after = [text.slice(post.tail, s.end), text.slice(post.at, s.end)];
  // "as the deadline approaches": a deadline only mentioned, with nothing new (no time, no demand)
  // and no change of status, is not a record of its own.
  // ("has extended similar deadlines before" speaks of deadlines in general: the plural is no record)
  const changed = after.some((a) => STATUS_CHANGE.test(a)) || (cue.norm === 'deadline' && CHANGED_BEFORE.test(text.slice(Math.max(s.start, cue.start - 40), cue.start)));
  if (!due && !span && !post.demand && !changed) return;
  if (!due && !span && !post.demand && PAST_MENTION.test(text.slice(s.start, cue.start))) return;
  const parties = partiesOf(ctx, s, i, post.target, post.demand, post.targetPhrase);
  const issuer = agent ?? parties.issuer;
  const target = parties.target;
  emitDeadline(ctx, {
    sentence: s,
    cue: { start: cue.start, end: cue.end },
    issuer,
    target: issuer === target ? null : target,
    issuerPhrase: agent || !parties.issuer ? (agentAt ?? parties.issuerPhrase) : parties.issuerPhrase,
    targetPhrase: parties.targetPhrase,
    demand: post.demand,
    consequence: consequenceIn(text, post.demand ? post.demand.end : cue.end, s.end),
    duration: span?.iso ?? null,
    dueDate: due,
  });
}

/**
 * "announced the deadline on Thursday and told…", "extended the deadline on Friday to June 30": after
 * an issuing verb, a day just after the noun is when it was set; the due date is the one after "to",
 * else unknown. Anything else after the day ("on Friday for the union to…") keeps it as found.
 */
function issuedOn(ctx: Ctx, s: Sent, on: FoundDate): FoundDate | null {
  const text = ctx.doc.text;
  // The day found may run on into the new date ("on Friday to June 30" read as one range).
  const moved = /^[^,;:]{0,30}?\s(?:to|until)\s+/.exec(text.slice(on.start, s.end));
  const to = moved ? dateAt(text, on.start + moved[0].length, s.end, ctx.doc.date, ctx.records.dates) : null;
  if (to) return to;
  return /^\s*(?:$|[,.;:]|and\b|but\b)/.test(text.slice(on.end, s.end)) ? null : on;
}

/** Before the noun: "two-week deadline", "June 2 deadline", "set Nov. 10 as the deadline". */
function timeBefore(ctx: Ctx, s: Sent, cue: Phrase): { dur: FoundDuration | undefined; due: FoundDate | null } {
  const text = ctx.doc.text;
  const preStart = Math.max(s.start, cue.start - 40);
  const dur = durationsIn(text, preStart, cue.start).find((d) => /^[\s-]*$/.test(text.slice(d.end, cue.start)));
  const date = dateIn(text, preStart, cue.start, ctx.doc.date, ctx.records.dates, !PAST.test(s.text));
  if (!date || dur) return { dur, due: null };
  const gap = text.slice(date.end, cue.start);
  // Adjacent, "as/is the deadline", or a time of day between: "a May 9 close of business deadline".
  // "missed Friday's deadline": the possessive day is the deadline's own.
  const linked = /^[\s-]*$/.test(gap) || /^['’]s\s+$/.test(gap) || /^\s+(?:as|is|was|will be|remains|became)\s+(?:the|its|a|their)\s+(?:\w+\s+)?$/.test(gap) || /^\s+(?:close of business|COB|end of day|noon|midnight)\s+$/i.test(gap);
  return { dur, due: linked ? date : null };
}

interface AfterNoun {
  due: FoundDate | null;
  demand: Phrase | null;
  target: string | null;
  targetPhrase: Phrase | null;
  /** Where the noun phrase's own words end ("deadline of June 15" → after the date). */
  at: number;
  /** Where the demand (or the noun phrase) ends. */
  tail: number;
}

/** After the noun: "of June 15", "for X to VERB", "to VERB", "for Iran", "was extended to Oct. 31". */
function afterNoun(ctx: Ctx, s: Sent, from: number, known: FoundDate | null): AfterNoun {
  const text = ctx.doc.text;
  let due = known;
  let at = from;
  const ofDate = /^\s+of\s+/.exec(text.slice(at, s.end));
  if (ofDate && !due) {
    const d = dateAt(text, at + ofDate[0].length, s.end, ctx.doc.date, ctx.records.dates);
    if (d) [due, at] = [d, d.end];
  }
  let target: string | null = null;
  let targetPhrase: Phrase | null = null;
  let demand: Phrase | null = null;
  const forTo = FOR_TO.exec(text.slice(from, s.end)) ?? FOR_TO.exec(text.slice(at, s.end));
  if (forTo) {
    const base = text.startsWith(forTo[0], from) ? from : at;
    const objStart = base + forTo[0].indexOf(forTo[1]!);
    targetPhrase = { start: objStart, end: objStart + forTo[1]!.length };
    target = party(ctx, s, targetPhrase);
    demand = demandAfterTo(text, base + forTo[0].lastIndexOf(' to '), s.end);
  } else {
    demand = demandAfterTo(text, at, s.end) ?? demandAfterTo(text, skipToObject(text, at, s.end), s.end);
    // "asked for the deadline to be put on hold": a passive right after the noun is done to the deadline.
    if (demand && /^be(?:\s|$)/.test(text.slice(demand.start, demand.end)) && /^\s+to\s+$/.test(text.slice(at, demand.start))) demand = null;
    const noun = /^\s+for\s+(?!the\s+(?:week|month|year)\b)/.exec(text.slice(at, s.end));
    if (!demand && noun) demand = clauseFrom(text, at + noun[0].length, s.end);
    // "the deadline for Iran expires", "his deadline for Russia to 10 days": a name is the bound party.
    const name = FOR_NAME.exec(text.slice(at, s.end));
    const nameStart = name ? at + name[0].length - name[1]!.length : -1;
    targetPhrase = name ? { start: nameStart, end: at + name[0].length } : null;
    target = party(ctx, s, targetPhrase);
    if (target && demand?.start === nameStart) demand = null;
    if (!target) targetPhrase = null;
  }
  demand = cutAtNewDate(ctx, s, demand);
  const tail = demand ? demand.end : at;
  if (!due) {
    // "That deadline came and went, and fighting resumed in August": a date past a new clause is not its time.
    const clause = CLAUSE_BREAK.exec(text.slice(tail, s.end));
    const end = clause ? tail + clause.index : s.end;
    const d = dateIn(text, tail, end, ctx.doc.date, ctx.records.dates, !PAST.test(text.slice(s.start, end)));
    // "extended it by two weeks": chrono reads a shift as a date from today.
    const shift = d && durationsIn(text, d.start, d.end).some((x) => /^(?:by|in)?\s*$/i.test(text.slice(d.start, x.start)));
    const lead = d && !shift && /^(?:of|to|until|on|at|by|for|in)\s/i.test(text.slice(d.start, d.start + 6));
    // "extended to Oct. 31", "passed on Saturday", "The deadline is June 30".
    if (d && !shift && (lead || /\b(?:of|to|until|on|at|by|for|in|is|was|remains|be)\s+(?:the\s+)?$/i.test(text.slice(Math.max(tail, d.start - 12), d.start)))) due = d;
  }
  return { due, demand, target, targetPhrase, at, tail };
}

const SET_BY = /^\s+(?:set|issued|imposed|given|laid down|announced)\s+by\s+([^,;:]{2,60}?)(?=\s+to\s+[a-z]|\s+(?:on|last|this|in)\s|[,;:.]|$)/;
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|as|although|though|after which|before|when|where|which|who)\s/;
const FOR_TO = /^\s+for\s+([^,;:]{1,70}?)\s+to\s+(?=[a-z])/;
const FOR_NAME = /^\s+for\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)(?!\s+to\s+[a-z])/;

/** "a deadline to management to restore…": skip "to <object>" when another "to VERB" follows. */
function skipToObject(text: string, at: number, end: number): number {
  const m = /^\s+to\s+[^,;:]{1,50}?(?=\s+to\s+[a-z])/.exec(text.slice(at, end));
  return m ? at + m[0].length : at;
}
