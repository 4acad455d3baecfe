/**
 * The tense that governs a time expression, read from the verb group nearest it: "will be named",
 * "is scheduled to close", "had been due to expire". News writes past events in the past tense,
 * so a sentence without a finite verb reads as past.
 */
import type { Token } from '../doc/document.js';

export type Tense = 'past' | 'present' | 'future';

const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'would', 'wo', 'wont', 'going']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'re", 'does', 'do']);
/** "has been", "have agreed": the perfect reports the past. */
const PERFECT_AUX = new Set(['has', 'have', "'ve"]);
/** Words of plans and schedules: what they govern lies ahead unless a past auxiliary says otherwise. */
const PLAN_WORDS = new Set(['expected', 'scheduled', 'due', 'slated', 'plan', 'planned', 'planning', 'plans', 'expects', 'intends', 'upcoming', 'poised']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** Modals that leave the time open: the nearest day wins. */
const MODALS = new Set(['could', 'can', 'may', 'might', 'should', 'must']);
/** Words that may stand inside a verb group: "has not yet been", "will probably be". */
const GROUP_FILLERS = new Set(['not', "n't", 'never', 'also', 'still', 'already', 'yet', 'probably', 'likely', 'now', 'just', 'be', 'been', 'being', 'to']);
const STOP = new Set([';', ':', '(', ')', '"', '“', '”']);
/** "postponed until Tuesday", "ahead of the weekend": what follows lies ahead of the verb. */
const LOOK_AHEAD = new Set(['until', 'till', 'pending', 'ahead', 'effective']);

/** Verbs that move a date: what they move it "to" lies ahead ("adjourned to Thursday"). */
const RESCHEDULE = new Set(['adjourned', 'postponed', 'delayed', 'deferred', 'rescheduled', 'moved', 'back', 'forward']);
const rescheduledTo = (toks: readonly Token[], k: number) => toks[k]!.norm === 'to' && RESCHEDULE.has(toks[k - 1]?.norm ?? '');

/** Past verbs of going on: what they went on "until" is the end of a past stretch ("kept marching until 2 a.m. Friday"). */
const CONTINUED = new Set(['kept', 'stayed', 'remained', 'lasted', 'continued', 'waited', 'worked', 'went', 'lingered', 'persisted', 'raged', 'dragged', 'marched', 'partied', 'danced', 'talked', 'fought', 'sat', 'stood']);

/** "kept going until", "the talks lasted well into the night until": a continued past before "until". */
function lastedUntil(toks: readonly Token[], k: number): boolean {
  if (toks[k]!.norm !== 'until' && toks[k]!.norm !== 'till') return false;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const w = toks[j]!.norm;
    if (CONTINUED.has(w)) return true;
    if (STOP.has(w) || w === ',') return false;
  }
  return false;
}

/** "isn't" → "is", "won't" → "wo": the auxiliary under a negation. */
const stem = (w: string) => (w.endsWith("n't") ? w.slice(0, -3) : w);

const RELATIVES = new Set(['that', 'which', 'who']);

/** "shootings that injured": compromise reads some relative-clause verbs as adjectives. */
function relativePast(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  return t.tags.includes('Adjective') && t.norm.endsWith('ed') && RELATIVES.has(toks[k - 1]?.norm ?? '');
}

/** Words compromise may tag as verbs at the head of a sentence ("Over the weekend, ..."). */
const NEVER_VERBS = new Set(['over', 'in', 'on', 'at', 'for', 'since', 'during', 'after', 'before', 'by', 'from', 'with', 'as', 'earlier', 'later', 'early', 'late', 'last', 'next', 'this']);

/** Plan words that are as often nouns: a verb only before "to" ("plans to sell"). */
const NOUN_PLANS = new Set(['plan', 'plans']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** "the hastily planned trip", "a scheduled meeting": a participle before its noun describes it and has no tense. */
function attributive(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (!t.norm.endsWith('ed') || !toks[k + 1]?.tags.includes('Noun')) return false;
  const before = toks[k - 1]?.tags.includes('Adverb') ? toks[k - 2] : toks[k - 1];
  return DETERMINERS.has(before?.norm ?? '');
}

/** "announced the plan Aug. 21", "set aside vacation plans" are no plan for a day; "plans to sell" is. */
function isPlan(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const w = stem(t.norm);
  return PLAN_WORDS.has(w) && ((!t.tags.includes('Noun') && !NOUN_PLANS.has(w)) || toks[k + 1]?.norm === 'to');
}

function isVerbish(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const w = stem(t.norm);
  if (NEVER_VERBS.has(w)) return false;
  if (w === 'set' && BE_FORMS.has(stem(toks[k - 1]?.norm ?? ''))) return true;
  if (attributive(toks, k)) return false;
  const plan = isPlan(toks, k);
  const aux = MODALS.has(w) || FUTURE_AUX.has(w) || PAST_AUX.has(w) || PRESENT_AUX.has(w) || PERFECT_AUX.has(w);
  return t.tags.includes('Verb') || relativePast(toks, k) || aux || plan;
}

/**
 * The tense of the verb group whose last word is at j, read from its first finite word:
 * "will be named" is future, "is to resume" and "is expected to" look ahead, "had been due" is past.
 */
function groupTense(toks: readonly Token[], j: number): Tense | null {
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
    const beTo = w === 'to' && (PRESENT_AUX.has(stem(toks[k - 1]?.norm ?? '')) || toks[k + 1]?.norm === 'be');
    // "is set to open", "was set for Monday": a schedule
    const setFor = w === 'set' && BE_FORMS.has(stem(toks[k - 1]?.norm ?? ''));
    if (isPlan(toks, k) || beTo || setFor) plan = true;
  }
  // "agreed to buy it in February": the infinitive's own time, open like the present
  // "wants to meet on Tuesday", "has a chance to win it on Tuesday": a present want or chance looks ahead
  if (!plan) for (let k = first; k < j; k++) if (toks[k]!.norm === 'to' && toks[k + 1]?.tags.includes('Verb')) return presentAim(toks, first, k) ? 'future' : 'present';
  for (let k = first; k <= j; k++) {
    const t = toks[k]!;
    const w = stem(t.norm);
    if ((GROUP_FILLERS.has(w) && w !== 'to') || (t.tags.includes('Adverb') && !t.tags.includes('Verb'))) continue;
    // "had been due to expire": a plan already past; "were planning to drive Monday" still ahead
    if (w === 'had') return 'past';
    if (plan) return 'future';
    if (PAST_AUX.has(w) || PERFECT_AUX.has(w)) return 'past';
    if (PRESENT_AUX.has(w) || MODALS.has(w)) return 'present';
    if (w === 'to') return 'present';
    if (t.tags.includes('PastTense') || relativePast(toks, k)) return 'past';
    if (t.tags.includes('PresentTense') || t.tags.includes('Infinitive') || t.tags.includes('Gerund')) return 'present';
  }
  return plan ? 'future' : null;
}

/** The finite verb before an infinitive ("wants to", "stand a chance to") is a lexical present. */
function presentAim(toks: readonly Token[], first: number, to: number): boolean {
  // "appear to have been conducted": a perfect infinitive looks back
  if (toks[to + 1]?.norm === 'have') return false;
  for (let k = to - 1; k >= 0 && to - k <= 5 && k >= first - 4; k--) {
    const t = toks[k]!;
    if (STOP.has(t.norm) || t.norm === ',') return false;
    if (!t.tags.includes('Verb') || GROUP_FILLERS.has(t.norm)) continue;
    const w = stem(t.norm);
    if (PAST_AUX.has(w) || PERFECT_AUX.has(w) || PRESENT_AUX.has(w) || MODALS.has(w) || t.tags.includes('PastTense') || t.tags.includes('Gerund')) return false;
    // "would look for ways to": a modal or auxiliary before it leaves the time open
    const before = stem(toks[k - 1]?.norm ?? '');
    if (MODALS.has(before) || FUTURE_AUX.has(before) || PAST_AUX.has(before) || PRESENT_AUX.has(before) || PERFECT_AUX.has(before) || before === 'to') return false;
    return t.tags.includes('PresentTense');
  }
  return false;
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
 * "French police arrested", "Tanzanian police and FBI agents said": the tagger reads a bare
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

/** "if he won", "if they lost": 'if' and a subject right before a simple past verb. */
function hypothetical(toks: readonly Token[], j: number): boolean {
  if (!toks[j]!.tags.includes('PastTense') || PAST_AUX.has(stem(toks[j]!.norm))) return false;
  return toks[j - 2]?.norm === 'if' || (toks[j - 3]?.norm === 'if' && !isVerbish(toks, j - 2));
}

const TIME_CLAUSE = new Set(['once', 'when', 'until', 'after', 'before']);

/** "once the rule takes", "when voters go": a time subordinator, a short subject, then a simple present verb. */
function timeClause(toks: readonly Token[], j: number): boolean {
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

/** The tense of the nearest verb group on one side of token `at`, within its clause. */
function sideTense(toks: readonly Token[], at: number, dir: -1 | 1): Tense | null {
  for (let k = 1; k <= 12; k++) {
    const t = toks[at + dir * k];
    if (!t || STOP.has(t.norm)) break;
    // "postponed until Tuesday"; a sentence opening "Until Tuesday, ..." leaves it to the main verb
    if (dir === -1 && k <= 6 && (LOOK_AHEAD.has(t.norm) || (k <= 2 && rescheduledTo(toks, at - k))) && at - k > 0 && !lastedUntil(toks, at - k)) return 'future';
    if (!isVerbish(toks, at + dir * k) || nounMisread(toks, at + dir * k)) continue;
    // walk to the end of the group on the right, so its last word anchors it
    let j = at + dir * k;
    while (dir === 1 && continuesGroup(toks[j + 1])) j++;
    const tense = groupTense(toks, j);
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
export function tenseNear(toks: readonly Token[], at: number): Tense {
  // "decided that on Election Day, I will vote": a fronted time belongs to the clause it opens
  // (a past there adds nothing the verb before would not say, and may be a participle: "a campaign focused on")
  const ahead = opensClause(toks, at) ? sideTense(toks, at, 1) : null;
  const found = (ahead !== 'past' ? ahead : null) ?? sideTense(toks, at, -1) ?? sideTense(toks, at, 1) ?? outsideParens(toks, at);
  if (toks[at - 1]?.norm === 'by' && found !== 'past' && !pastBefore(toks, at - 1)) return 'future';
  return found ?? 'past';
}

const SUBORDINATORS = new Set(['that', 'if', 'once', 'unless', 'because']);
const CLAUSE_PREPS = new Set(['on', 'in', 'at', 'by', 'until', 'before', 'after', 'from', 'during', 'since', 'early', 'late', 'next', 'last', 'this']);

/** True when the expression stands between a subordinator and a comma: "that on Monday, he ...". */
function opensClause(toks: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 4 && !SUBORDINATORS.has(toks[k]!.norm)) {
    if (isVerbish(toks, k) || STOP.has(toks[k]!.norm) || toks[k]!.norm === ',') return false;
    k--;
  }
  // "that on Election Day, ...": the subordinator opens the phrase (not "reach that number on Tuesday, when")
  if (k < 0 || at - k > 4 || !CLAUSE_PREPS.has(toks[k + 1]?.norm ?? '')) return false;
  for (let j = at + 1; j < toks.length && j - at <= 4; j++) if (toks[j]!.norm === ',') return true;
  return false;
}

/** A past verb in the clause just before: "had filed compliance reports by Wednesday" (nouns the tagger misread aside). */
function pastBefore(toks: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 8; k--) {
    const t = toks[k]!;
    if (STOP.has(t.norm) || t.norm === ',') return false;
    if (PAST_AUX.has(stem(t.norm)) || (t.tags.includes('PastTense') && t.tags.includes('Verb'))) return true;
  }
  return false;
}

/** "will leave at dawn (4 a.m. Thursday)": an aside without a verb takes the tense of its clause. */
function outsideParens(toks: readonly Token[], at: number): Tense | null {
  for (let k = at - 1; k >= 0 && at - k <= 8; k--) {
    const w = toks[k]!.norm;
    if (w === ')') return null;
    if (w === '(') return sideTense(toks, k, -1);
  }
  return null;
}
