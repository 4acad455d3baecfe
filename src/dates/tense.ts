/**
 * The tense that governs a time expression, read from the verb group nearest it: "will be named",
 * "is scheduled to close", "had been due to expire". News writes past events in the past tense,
 * so a sentence without a finite verb reads as past.
 */
import type { Token } from '../doc/document.js';
import { BE_FORMS, DETERMINERS, FUTURE_AUX, GROUP_FILLERS, LOOK_AHEAD, MODALS, PAST_AUX, PERFECT_AUX, PLAN_WORDS, PRESENT_AUX, STOP, isPlan, isVerbish, lastedUntil, relativePast, rescheduledTo, stem, unmarkedPast } from './verbs.js';
import { hypothetical, opensClause, presentAim, timeClause } from './clause.js';
import { deadlineAhead, deadlineBefore } from './deadline-time.js';

export type Tense = 'past' | 'present' | 'future';

/**
 * The tense of the verb group whose last word is at j, read from its first finite word:
 * "will be named" is future, "is to resume" and "is expected to" look ahead, "had been due" is past.
 */
/**
 * Verbs that raise their subject out of a clause about a state: "seemed to be", "is believed to be";
 * and aspectual ones, whose infinitive goes on at their own time: "continues to insist", "tends to".
 */
const RAISING = /^(appear|appears|appeared|seem|seems|seemed|said|believed|reported|thought|known|understood|alleged|rumou?red|happened|proved|proves|continues|continue|tends|tend|keeps|ceases)$/;

function groupTense(toks: readonly Token[], j: number, modalAhead: boolean): Tense | null {
  let first = j;
  while (first > 0 && j - first < 6) {
    const t = toks[first - 1]!;
    if (!(isVerbish(toks, first - 1) || GROUP_FILLERS.has(t.norm) || t.tags.includes('Adverb')) || nounMisread(toks, first - 1)) break;
    if (twoFinite(t, toks[first]!)) break;
    first--;
  }
  let plan = false;
  for (let k = first; k <= j; k++) {
    const w = stem(toks[k]!.norm);
    // "going to" looks ahead; "kept going" does not
    if (FUTURE_AUX.has(w) && (w !== 'going' || toks[k + 1]?.norm === 'to')) return 'future';
    // "is to resume", "to be published": a duty or arrangement ahead
    // ("appeared to be holding", "is said to be": a raising verb reports a state, no arrangement)
    const beTo = w === 'to' && (PRESENT_AUX.has(stem(toks[k - 1]?.norm ?? '')) || (toks[k + 1]?.norm === 'be' && !RAISING.test(toks[k - 1]?.norm ?? '')));
    // "is set to open", "was set for Monday": a schedule
    const setFor = w === 'set' && BE_FORMS.has(stem(toks[k - 1]?.norm ?? ''));
    if (isPlan(toks, k) || beTo || setFor) plan = true;
  }
  // "agreed to buy it in February": the infinitive's own time, open like the present
  // "wants to meet on Tuesday", "has a chance to win it on Tuesday": a present want or chance looks ahead
  // (after a raising verb, "appeared to be holding on Thursday", the infinitive shares the finite verb's time)
  if (!plan) for (let k = first; k < j; k++) if (toks[k]!.norm === 'to' && toks[k + 1]?.tags.includes('Verb') && !RAISING.test(toks[k - 1]?.norm ?? '')) return presentAim(toks, first, k) ? 'future' : 'present';
  for (let k = first; k <= j; k++) {
    const t = toks[k]!;
    const w = stem(t.norm);
    if ((GROUP_FILLERS.has(w) && w !== 'to') || (t.tags.includes('Adverb') && !t.tags.includes('Verb'))) continue;
    // "had been due to expire": a plan already past; "were planning to drive Monday" still ahead
    if (w === 'had') return 'past';
    if (plan) return 'future';
    // "has a speech scheduled on Friday": "have" before its object is no perfect
    if (PERFECT_AUX.has(w) && k === j && lexicalHave(toks, j)) return 'present';
    if (PAST_AUX.has(w) || PERFECT_AUX.has(w)) return 'past';
    // "can win in November": a modal before a bare verb looks ahead, when the caller asks
    // ("could" is also the past of "can", and "may have fled" looks back)
    if (modalAhead && MODALS.has(w) && w !== 'could' && !perfectAfter(toks, k, j)) return 'future';
    if (PRESENT_AUX.has(w) || MODALS.has(w)) return 'present';
    if (w === 'to') return 'present';
    if (t.tags.includes('PastTense') || relativePast(toks, k) || unmarkedPast(toks, k)) return 'past';
    if (t.tags.includes('PresentTense') || t.tags.includes('Infinitive') || t.tags.includes('Gerund')) return 'present';
  }
  return plan ? 'future' : null;
}

/** "may have fled": a perfect after the modal, within the group. */
function perfectAfter(toks: readonly Token[], k: number, j: number): boolean {
  for (let m = k + 1; m <= j; m++) if (toks[m]!.norm === 'have') return true;
  return false;
}

/**
 * "has a speech", "have two meetings": a determiner or a count after "have" opens its object
 * (a bare noun may be a participle the tagger missed: "has cut rates").
 */
function lexicalHave(toks: readonly Token[], j: number): boolean {
  const next = toks[j + 1];
  return !!next && (DETERMINERS.has(next.norm) || next.tags.includes('Value'));
}

/**
 * "share prices closed": a lexical present verb right before a past one is a noun the tagger
 * misread, since a verb group has one finite word and it is an auxiliary.
 */
function twoFinite(a: Token, b: Token): boolean {
  const lexical = (t: Token) => !['Auxiliary', 'Copula', 'Modal'].some((tag) => t.tags.includes(tag)) && !GROUP_FILLERS.has(t.norm);
  return a.tags.includes('PresentTense') && !a.tags.includes('Gerund') && lexical(a) && !PLAN_WORDS.has(a.norm) && b.tags.includes('PastTense') && lexical(b);
}

/** A word that carries a verb group on to the right; an infinitive does not ("he continued to call"). */
function continuesGroup(t: Token | undefined): boolean {
  if (!t || t.norm === 'to') return false;
  return (t.tags.includes('Verb') && !t.tags.includes('Noun')) || GROUP_FILLERS.has(t.norm);
}

/**
 * "French police arrested", "Kenyan police and Interpol agents said": the tagger reads a bare
 * plural noun as a present verb; a past verb after it, with only nouns between, is the real one.
 */
function nounMisread(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  // a true bare verb ("be", "control") also carries Infinitive or an auxiliary's tags
  const verbal = ['Auxiliary', 'Copula', 'Modal', 'Infinitive'].some((tag) => t.tags.includes(tag));
  if (!t.tags.includes('PresentTense') || verbal || GROUP_FILLERS.has(t.norm) || t.norm.endsWith('s')) return false;
  for (let m = k + 1; m <= k + 5 && m < toks.length; m++) {
    const n = toks[m]!;
    if (n.tags.includes('PastTense')) return true;
    if (!(n.tags.includes('Conjunction') || (n.tags.includes('Noun') && !n.tags.includes('Verb')))) return false;
  }
  return false;
}

/** The tense of the nearest verb group on one side of token `at`, within its clause. */
function sideTense(toks: readonly Token[], at: number, dir: -1 | 1, modalAhead: boolean): Tense | null {
  for (let k = 1; k <= 12; k++) {
    const t = toks[at + dir * k];
    if (!t || STOP.has(t.norm)) break;
    // "postponed until Tuesday"; a sentence opening "Until Tuesday, ..." leaves it to the main verb
    if (dir === -1 && k <= 6 && (LOOK_AHEAD.has(t.norm) || (k <= 2 && rescheduledTo(toks, at - k))) && at - k > 0 && !lastedUntil(toks, at - k)) return 'future';
    if (!isVerbish(toks, at + dir * k) || nounMisread(toks, at + dir * k)) continue;
    // walk to the end of the group on the right, so its last word anchors it
    let j = at + dir * k;
    while (dir === 1 && continuesGroup(toks[j + 1])) j++;
    const tense = groupTense(toks, j, modalAhead);
    // "if he won the vote on Nov. 8": a past in a condition is hypothetical, not a report
    if (tense === 'past' && dir === -1 && hypothetical(toks, j)) return 'present';
    // "once the rule takes effect on Dec. 1": the present of a time clause speaks of what lies ahead
    if (tense === 'present' && dir === -1 && timeClause(toks, j)) return 'future';
    if (tense) return tense;
    if (dir === 1) k = j - at;
  }
  return null;
}

/**
 * The tense governing token `at`: the verb group before it, else after it, else past. "by
 * February" is a deadline: ahead unless a past verb governs it ("had fallen 5% by February").
 */
export function tenseNear(toks: readonly Token[], at: number, modalAhead = false): Tense {
  if (deadlineAhead(toks, at)) return 'future';
  // "said that on polling day, she will vote": a fronted time belongs to the clause it opens
  // (a past there adds nothing the verb before would not say, and may be a participle: "a campaign focused on")
  const ahead = opensClause(toks, at) ? sideTense(toks, at, 1, modalAhead) : null;
  const found = (ahead !== 'past' ? ahead : null) ?? sideTense(toks, at, -1, modalAhead) ?? sideTense(toks, at, 1, modalAhead) ?? outsideParens(toks, at, modalAhead);
  if (toks[at - 1]?.norm === 'by' && found !== 'past' && !pastBefore(toks, at - 1)) return 'future';
  // "gave the lender a deadline to repay customers by the end of February": the deadline's own date
  let by = at - 1;
  while (by > 0 && /^(?:the|end|of|start|beginning|middle|early|late|mid)$/.test(toks[by]!.norm)) by--;
  if (/^(?:by|until)$/.test(toks[by]?.norm ?? '') && deadlineBefore(toks, by)) return 'future';
  return found ?? 'past';
}

/** A past verb in the clause just before: "had sent their audit forms by Wednesday" (nouns the tagger misread aside). */
function pastBefore(toks: readonly Token[], at: number): boolean {
  // "were required to withdraw heavy weapons from the border zone by August 1": the object may be long
  for (let k = at - 1; k >= 0 && at - k <= 12; k--) {
    const t = toks[k]!;
    if (STOP.has(t.norm) || t.norm === ',') return false;
    if (PAST_AUX.has(stem(t.norm)) || (t.tags.includes('PastTense') && t.tags.includes('Verb'))) return true;
  }
  return false;
}

/** "will leave at dawn (4 a.m. Thursday)": an aside without a verb takes the tense of its clause. */
function outsideParens(toks: readonly Token[], at: number, modalAhead: boolean): Tense | null {
  for (let k = at - 1; k >= 0 && at - k <= 8; k--) {
    const w = toks[k]!.norm;
    if (w === ')') return null;
    if (w === '(') return sideTense(toks, k, -1, modalAhead);
  }
  return null;
}
