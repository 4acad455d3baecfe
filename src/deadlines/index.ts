/**
 * THE ordered list of deadlines rules, and how their candidates become records. Earlier rules are
 * more specific: when two rules find a deadline in the same sentence with overlapping cues or the
 * same due date, the earlier rule's record is kept and the later one only fills its empty fields.
 */
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
    const same = out.find((o) => o.evidence.start === c.evidence.start && !distinct(o, c));
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
