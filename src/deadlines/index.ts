/**
 * THE ordered list of deadlines rules, and how their candidates become records. Earlier rules are
 * more specific: when two rules find a deadline in the same sentence with overlapping cues or the
 * same due date, the earlier rule's record is kept and the later one only fills its empty fields. A
 * span deadline restated later as its end date is one deadline too.
 */
import { words as stopwords } from 'natural/lib/natural/util/stopwords.js';
import type { Stage, Stamped } from '../pipeline/rule.js';
import type { Deadline } from '../schema/deadline.js';
import deadlineNoun from './rules/deadline-noun.js';
import dueBy from './rules/due-by.js';
import mustBy from './rules/must-by.js';
import offerExpires from './rules/offer-expires.js';
import spanTo from './rules/span-to.js';
import ultimatum from './rules/ultimatum.js';
import unlessBy from './rules/unless-by.js';
import untilTo from './rules/until-to.js';
import type { DeadlineCandidate } from './types.js';

export const rules = Object.freeze([deadlineNoun, ultimatum, untilTo, spanTo, mustBy, unlessBy, dueBy, offerExpires]);

const ORDER = new Map(rules.map((r, i) => [r.id, i]));
const FILLABLE = ['issuer', 'target', 'demand', 'consequence', 'duration'] as const;

/** One record per deadline: candidates of one sentence are the same deadline unless their demands differ. */
export function resolveDeadlines(candidates: Stamped<DeadlineCandidate>[]): Omit<Deadline, 'id'>[] {
  const sorted = [...candidates].sort((a, b) => a.evidence.start - b.evidence.start || (ORDER.get(a.rule) ?? 99) - (ORDER.get(b.rule) ?? 99));
  const out: Stamped<DeadlineCandidate>[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && followsUp(last, c)) {
      // What the follow-up tells is what became of the deadline: it passed, was met or moved.
      if (c.status !== 'unknown' && c.status !== 'pending') last.status = c.status;
      if (c.status === 'extended' && c.due) Object.assign(last, { due: c.due, dueEarliest: null, dueLatest: null });
      if (!last.target && !last.targetText) Object.assign(last, { target: c.target, targetText: c.targetText });
      continue;
    }
    const same = out.find((o) => (o.evidence.start === c.evidence.start && !distinct(o, c)) || restates(o, c));
    if (!same) {
      out.push({ ...c });
      continue;
    }
    for (const k of FILLABLE) if (same[k] === null && c[k] !== null) (same as Record<string, unknown>)[k] = c[k];
    if (!same.due && !same.dueLatest && !same.dueEarliest && (c.due || c.dueLatest || c.dueEarliest)) {
      Object.assign(same, { due: c.due, dueEarliest: c.dueEarliest, dueLatest: c.dueLatest, status: c.status });
    }
  }
  return out.sort((a, b) => a.cue.start - b.cue.start).map((c) => ({ ...c, claim: c.claim ?? null }));
}

/**
 * "gave ministers 28 days to file a plan" then "must lodge the plan by May 8": a later sentence that
 * names, as a date, the day an earlier span ends, asks for the same thing (a shared content word)
 * and names no other party, restates that deadline.
 */
function restates(a: DeadlineCandidate, b: DeadlineCandidate): boolean {
  if (!a.duration || b.duration || !a.due || a.due !== b.due || a.evidence.start >= b.evidence.start) return false;
  const fits = (x: string | null, y: string | null) => x === null || y === null || x === y;
  if (!fits(a.issuer, b.issuer) || !fits(a.target, b.target) || !a.demand || !b.demand) return false;
  const words = contentWords(a.demand.text);
  return contentWords(b.demand.text).some((w) => words.includes(w));
}

const contentWords = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3 && !STOPWORDS.has(w));
/** natural's English stop words, and the light verbs a demand is phrased with. */
const STOPWORDS: ReadonlySet<string> = new Set([...stopwords, 'give']);

/**
 * "The council gave the utility until Friday to explain… That deadline passed without a reply.": a
 * sentence right after a deadline that opens with "That/This deadline" and names no demand or party of
 * its own tells what became of that deadline; it is no second one.
 */
function followsUp(a: DeadlineCandidate, b: DeadlineCandidate): boolean {
  if (b.evidence.start <= a.evidence.start || b.evidence.start - a.evidence.end > 3) return false;
  if (b.demand || b.duration || !/^(?:deadline|ultimatum)$/i.test(b.cue.text)) return false;
  const before = b.evidence.text.slice(0, b.cue.start - b.evidence.start);
  if (/^\s*(?:(?:but|and|yet)\s+)?(?:that|this)\s+$/i.test(before)) return !b.issuer && !b.target && !b.issuerText && !b.targetText;
  // "Port operators rejected the ultimatum.": the definite noun with nothing of its own (no time,
  // no demand, no other issuer) is the deadline just told; it may name who answers it.
  return /\bthe\s+$/i.test(before) && !b.due && !b.dueEarliest && !b.dueLatest && (!b.issuer || b.issuer === a.issuer) && !b.issuerText;
}

/** Two deadlines in one sentence: their demands are both known and do not overlap. */
function distinct(a: DeadlineCandidate, b: DeadlineCandidate): boolean {
  return !!a.demand && !!b.demand && (a.demand.end <= b.demand.start || b.demand.end <= a.demand.start);
}

export const deadlinesStage: Stage<DeadlineCandidate, Omit<Deadline, 'id'>, null> = {
  kind: 'deadlines',
  rules,
  prepare: () => null,
  resolve: (candidates) => resolveDeadlines(candidates),
};
