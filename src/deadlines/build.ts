/**
 * Finishing a deadline found by a rule: the due date (fixed, or bounded when only a span is known),
 * the status against the document date, hedging and the reporting claim, and the issuer when the
 * sentence only names it as the source ("Boeing must report by Sept. 1, the FAA said").
 */
import type { Sentence } from '../doc/document.js';
import type { RuleContext } from '../pipeline/rule.js';
import { addDuration, compareDays } from '../util/time.js';
import { BOUND, EXPIRED, EXTENDED, HEDGES, NOT_STARTED, REPORTING } from './lexicon.js';
import { partyText } from './helpers.js';
import { headParty, type Phrase } from './parties.js';
import type { DeadlineCandidate } from './types.js';
import { durationsIn } from './duration.js';
import { datesIn, type FoundDate } from './when.js';

export interface Found {
  sentence: Sentence;
  cue: Phrase;
  issuer: string | null;
  target: string | null;
  demand: Phrase | null;
  consequence: Phrase | null;
  duration: string | null;
  dueDate: FoundDate | null;
  confidence?: number;
  /** The phrases the parties were read from, for issuerText/targetText (entity or not). */
  issuerPhrase?: Phrase | null;
  targetPhrase?: Phrase | null;
  /** The form leaves the issuer unsaid ("X must … by"): the speaker who reports it is taken as issuer. */
  sourceIsIssuer?: boolean;
}

const DIRECTIVE = /^(?:ordered|orders|directed|directs|instructed|instructs|required|requires|ruled|rules)$/i;
// "had not complied with an earlier order" is no deadline met.
const MET = /(?<!\b(?:not|never|n't|failed to|fail to)\s+)\b(?:met|meets|complied with|beat|satisfied)\s+(?:the|its|their|a|an)\b/i;

export function emitDeadline(ctx: RuleContext<DeadlineCandidate, unknown>, f: Found): void {
  const { doc } = ctx;
  const s = f.sentence;
  const sp = (p: Phrase | null) => (p ? doc.span(p.start, p.end) : null);
  const claim = (ctx.records.claims ?? []).find((c) => c.content.start <= f.cue.start && f.cue.end <= c.content.end && c.content.start >= s.start - 1 && c.content.end <= s.end + 1);
  // The reporter stands for the unsaid issuer, unless it is the bound party itself: "Iran has been told it
  // must…" credits Iran as the hearer, and "X must report by May 1, X said" is X's own undertaking.
  const reporter = (p: Phrase): string | null => {
    const id = headParty(ctx.records.entities, s, p);
    return id === f.target ? null : id;
  };
  let issuer = f.issuer;
  if (!issuer && f.sourceIsIssuer && claim?.sourceSpan) issuer = reporter(claim.sourceSpan);
  const source = trailingSource(s);
  if (!issuer && f.sourceIsIssuer && source) issuer = reporter(source);
  // "A judge ordered the firm to … within 30 days": the claim whose cue is the directive itself is the
  // deadline being set, told as fact; a claim that reports it ("officials said the firm must …") hedges.
  // "rejected the ultimatum": a claim whose cue is the bound party's answer to the deadline reports no hearsay.
  const answer = !!claim && BOUND.has(claim.cue.text.toLowerCase()) && claim.cue.end <= f.cue.start;
  const reported = !!claim && !answer && !(claim.cueClass === 'speech' && DIRECTIVE.test(claim.cue.text) && claim.cue.end <= f.cue.start);
  const hedged = reported || !!source || HEDGES.test(s.text);
  const texts = partyTexts(ctx, f, issuer, f.sourceIsIssuer ? (claim?.sourceSpan ?? source) : null);
  const due = dueFields(ctx, f);
  ctx.emit({
    issuer,
    target: f.target === issuer ? null : f.target,
    ...texts,
    cue: doc.span(f.cue.start, f.cue.end),
    demand: sp(f.demand),
    consequence: sp(f.consequence),
    duration: f.duration,
    ...due,
    // Status words count near the cue and after it, not in another clause before it.
    status: statusOf(statusText(doc.text, Math.max(s.start, f.cue.start - 30), s.end, f.demand), due, doc.date),
    hedged,
    claim: claim?.id ?? null,
    evidence: doc.span(s.start, s.end),
    ...(f.confidence ? { confidence: f.confidence } : {}),
  });
}

/**
 * The parties as written. The phrase a rule read wins; an unsaid issuer is the reporter ("the
 * regulator said"), unless that is the bound party itself; an entity without a phrase gives its name.
 */
function partyTexts(ctx: RuleContext<DeadlineCandidate, unknown>, f: Found, issuer: string | null, reporter: Phrase | null): { issuerText: string | null; targetText: string | null } {
  const s = f.sentence;
  const name = (id: string | null) => (id ? ctx.records.entities?.find((e) => e.id === id)?.name ?? null : null);
  let targetText = partyText(ctx, s, f.targetPhrase ?? null) ?? name(f.target);
  let issuerText = partyText(ctx, s, f.issuerPhrase ?? null);
  if (!issuerText && reporter && (issuer === null || issuer !== f.target)) {
    const id = headParty(ctx.records.entities, s, reporter);
    if (id === null || id !== f.target) issuerText = partyText(ctx, s, reporter);
  }
  issuerText ??= name(issuer);
  if (f.target !== null && f.target === issuer) targetText = null;
  // One phrase cannot be both sides: it was read as the bound party.
  if (issuerText !== null && issuerText === targetText) issuerText = null;
  return { issuerText, targetText };
}

type DueFields = Pick<DeadlineCandidate, 'due' | 'dueEarliest' | 'dueLatest'>;

function dueFields(ctx: RuleContext<DeadlineCandidate, unknown>, f: Found): DueFields {
  const none = { due: null, dueEarliest: null, dueLatest: null };
  if (f.dueDate?.day) return { ...none, due: f.dueDate.day };
  if (!f.duration) return none;
  if (eventAnchored(ctx.doc.text, f)) return none;
  const anchor = issuingDate(ctx, f);
  if (anchor) return { ...none, due: addDuration(anchor, f.duration) };
  const date = ctx.doc.date;
  if (!date) return none;
  // Not yet given: it will end no earlier than a full span from now.
  const before = ctx.doc.text.slice(f.sentence.start, f.cue.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (NOT_STARTED.test(clause)) return { ...none, dueEarliest: addDuration(date, f.duration) };
  // Given no later than the report: due no later than a full span from the document date.
  return { ...none, dueEarliest: date, dueLatest: addDuration(date, f.duration) };
}

// "within 30 days of the ruling": the span starts when the deadline was set.
const ISSUE_ANCHOR = /^(?:the|this|its|their|his|her|that)\s+(?:ruling|order|decision|judg(?:e)?ment|verdict|notice|notification|announcement|letter|request|demand|ultimatum|publication)\b|^(?:today|now)\b/i;

/**
 * "must notify regulators within 10 days of signing a deal", "within 24 hours of diagnosis": the
 * span runs from an event of its own, so neither a due date nor bounds can be given.
 */
function eventAnchored(text: string, f: Found): boolean {
  const d = durationsIn(text, f.cue.start, Math.min(f.sentence.end, f.cue.end + 40))[0];
  const after = d ? /^\s+(?:of|after|from)\s+/i.exec(text.slice(d.end, f.sentence.end)) : null;
  return !!after && !ISSUE_ANCHOR.test(text.slice(d!.end + after[0].length, f.sentence.end));
}

/** A date in the sentence that says when the deadline was given ("on Friday", "on June 2"). */
function issuingDate(ctx: RuleContext<DeadlineCandidate, unknown>, f: Found): string | null {
  const s = f.sentence;
  const text = ctx.doc.text;
  for (const found of datesIn(text, s.start, s.end, ctx.doc.date, ctx.records.dates, false)) {
    if (!found.day) continue;
    const before = text.slice(Math.max(s.start, found.start - 12), found.start);
    if (!/\b(?:on|today|yesterday|earlier|last)\s*$/i.test(before) && !/^(?:on\s|today|yesterday)/i.test(text.slice(found.start, found.end))) continue;
    if (f.demand && found.start >= f.demand.start && found.end <= f.demand.end) continue;
    if (ctx.doc.date && compareDays(found.day, ctx.doc.date) > 0) continue;
    return found.day;
  }
  return null;
}

/**
 * The words that may tell the status: the demand is left out, since what must be done is not what
 * happened to the deadline ("to agree on a ceasefire extension" extends nothing).
 */
function statusText(text: string, from: number, to: number, demand: Phrase | null): string {
  if (!demand || demand.end <= from || demand.start >= to) return text.slice(from, to);
  return text.slice(from, Math.max(from, demand.start)) + ' … ' + text.slice(Math.min(to, demand.end), to);
}

function statusOf(sentence: string, due: DueFields, docDate: string | null): DeadlineCandidate['status'] {
  if (EXTENDED.test(sentence)) return 'extended';
  if (MET.test(sentence)) return 'met';
  if (EXPIRED.test(sentence)) return 'expired';
  const last = due.due ?? due.dueLatest;
  if (docDate && last) return compareDays(last, docDate) < 0 ? 'expired' : 'pending';
  if (due.dueEarliest) return 'pending';
  return 'unknown';
}

/** ", the regulator said." / ", the court ruled on Friday." at the end of the sentence: its source phrase. */
function trailingSource(s: Sentence): Phrase | null {
  const m = /,\s+((?:the\s+|a\s+|an\s+)?[^,;:]{2,80}?)\s+(\w+)(?:\s+(?:on|in|late|earlier)\s+[\w.]+(?:\s+\w+)?)?\s*[.!?]?["”]?\s*$/.exec(s.text);
  if (m && REPORTING.has(m[2]!.toLowerCase())) {
    const start = s.start + m.index + m[0].indexOf(m[1]!, 1);
    return { start, end: start + m[1]!.length };
  }
  const acc = /\baccording to\s+([^,;.]{2,80})/i.exec(s.text);
  if (acc) {
    const start = s.start + acc.index + acc[0].length - acc[1]!.length;
    return { start, end: start + acc[1]!.trimEnd().length };
  }
  return null;
}
