/**
 * THE ordered list of stances rules, and how their candidates become records: one stance per
 * holder, target and cue (the earlier rule wins), in text order.
 */
import type { Stage, Stamped } from '../pipeline/rule.js';
import type { Stance } from '../schema/stance.js';
import { buildCueIndex } from '../cues/index.js';
import type { StanceCandidate, StancesData } from './types.js';
import { STANCE_CUES } from './lexicon.js';
import verbCue from './rules/verb-cue.js';
import adjectiveCue from './rules/adjective-cue.js';
import nounCue from './rules/noun-cue.js';
import demandModal from './rules/demand-modal.js';
import noComment from './rules/no-comment.js';
import denial from './rules/denial.js';
import verdict from './rules/verdict.js';

export const rules = Object.freeze([verbCue, adjectiveCue, nounCue, demandModal, noComment, denial, verdict]);

/** Words that cannot head a proposition target on their own ("that", "them two weeks ago"). */
const EMPTY_TARGET = /^(?:(?:it|that|this|them|him|her|us|me|those|these|there|here|two|three|several|a|an|the|few|many|some|weeks?|days?|months?|years?|ago|last|next|on|in|at|earlier|later|today|yesterday|now|the\s+weekend|weekend|[,.;:'"`]+)\s*)*$/i;

/** A stance toward no entity needs a target the reader can name; silence ("declined to comment.") may have none. */
const hasTarget = (c: StanceCandidate) => !!c.target || !EMPTY_TARGET.test((c.targetText ?? '').trim()) || (c.kind === 'refrain' && c.targetText === null);

function resolve(candidates: Stamped<StanceCandidate>[]): Omit<Stance, 'id'>[] {
  const seen = new Set<string>();
  const out: Omit<Stance, 'id'>[] = [];
  for (const c of candidates) {
    if (!hasTarget(c)) continue;
    const key = `${c.holder}|${c.target}|${c.cue.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}

export const stancesStage: Stage<StanceCandidate, Omit<Stance, 'id'>, StancesData> = {
  kind: 'stances',
  rules,
  prepare: (config) => ({ cues: buildCueIndex(config.cues.claim, [...STANCE_CUES, ...config.cues.stance]) }),
  resolve,
};
