/**
 * Clauses that change what a verb group says of a time: a fronted time after "that", a past in
 * an "if" clause, the present of a "once" clause, an infinitive after a present want.
 */
import type { Token } from '../doc/document.js';
import { FUTURE_AUX, GROUP_FILLERS, MODALS, PAST_AUX, PERFECT_AUX, PRESENT_AUX, STOP, isVerbish, stem } from './verbs.js';

const EXPECTS = /^(?:expects?|expected|forecasts?|forecast|predicts?|predicted|projects?|projected)$/;

/** The finite verb before an infinitive ("wants to", "stand a chance to") is a lexical present. */
export function presentAim(toks: readonly Token[], first: number, to: number): boolean {
  // "appear to have been conducted": a perfect infinitive looks back
  if (toks[to + 1]?.norm === 'have') return false;
  // "is on track to hit its target in December", "on course to finish": a present aim, like "wants to"
  if (/^(?:track|course)$/.test(toks[to - 1]?.norm ?? '') && toks[to - 2]?.norm === 'on') return !PAST_AUX.has(stem(toks[to - 3]?.norm ?? ''));
  for (let k = to - 1; k >= 0 && to - k <= 5 && k >= first - 4; k--) {
    const t = toks[k]!;
    if (STOP.has(t.norm) || t.norm === ',') return false;
    if (!t.tags.includes('Verb') || GROUP_FILLERS.has(t.norm)) continue;
    const w = stem(t.norm);
    // "expected the recall to cost more in the third quarter": an expectation looks ahead, told in any tense
    if (EXPECTS.test(t.norm) && !t.tags.includes('Gerund')) return true;
    if (PAST_AUX.has(w) || PERFECT_AUX.has(w) || PRESENT_AUX.has(w) || MODALS.has(w) || t.tags.includes('PastTense') || t.tags.includes('Gerund')) return false;
    // "would look for ways to": a modal or auxiliary before it leaves the time open
    const before = stem(toks[k - 1]?.norm ?? '');
    if (MODALS.has(before) || FUTURE_AUX.has(before) || PAST_AUX.has(before) || PRESENT_AUX.has(before) || PERFECT_AUX.has(before) || before === 'to') return false;
    return t.tags.includes('PresentTense');
  }
  return false;
}

/** "if he won", "if they lost": 'if' and a subject right before a simple past verb. */
export function hypothetical(toks: readonly Token[], j: number): boolean {
  if (!toks[j]!.tags.includes('PastTense') || PAST_AUX.has(stem(toks[j]!.norm))) return false;
  return toks[j - 2]?.norm === 'if' || (toks[j - 3]?.norm === 'if' && !isVerbish(toks, j - 2));
}

export const TIME_CLAUSE = new Set(['once', 'when', 'until', 'after', 'before']);

/** "once the rule takes", "when voters go": a time subordinator, a short subject, then a simple present verb. */
export function timeClause(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (!t.tags.includes('PresentTense') || t.tags.includes('Gerund') || toks[j - 1]?.norm === 'to') return false;
  for (let k = j - 1; k >= 0 && j - k <= 6; k--) {
    const u = toks[k]!;
    if (TIME_CLAUSE.has(u.norm)) return k < j - 1;
    // a present verb may come before its object ("goes into effect"); a past or modal one closes the search
    const finite = u.tags.includes('PastTense') || MODALS.has(stem(u.norm)) || FUTURE_AUX.has(stem(u.norm)) || PAST_AUX.has(stem(u.norm));
    if (finite || STOP.has(u.norm) || u.norm === ',' || u.norm === 'to') return false;
  }
  return false;
}

export const SUBORDINATORS = new Set(['that', 'if', 'once', 'unless', 'because']);
export const CLAUSE_PREPS = new Set(['on', 'in', 'at', 'by', 'until', 'before', 'after', 'from', 'during', 'since', 'early', 'late', 'next', 'last', 'this']);

/** True when the expression stands between a subordinator and a comma: "that on Monday, he ...". */
export function opensClause(toks: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 4 && !SUBORDINATORS.has(toks[k]!.norm)) {
    if (isVerbish(toks, k) || STOP.has(toks[k]!.norm) || toks[k]!.norm === ',') return false;
    k--;
  }
  // "that on Election Day, ...": the subordinator opens the phrase (not "pass that mark on Tuesday, when")
  if (k < 0 || at - k > 4 || !CLAUSE_PREPS.has(toks[k + 1]?.norm ?? '')) return false;
  for (let j = at + 1; j < toks.length && j - at <= 4; j++) if (toks[j]!.norm === ',') return true;
  return false;
}
