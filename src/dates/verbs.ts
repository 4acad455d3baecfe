/** The words of verb groups that time expressions read their tense from, and what counts as a verb. */
import type { Token } from '../doc/document.js';

export const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'would', 'wo', 'wont', 'going']);
export const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
export const PRESENT_AUX = new Set(['is', 'are', 'am', "'re", 'does', 'do']);
/** "has been", "have agreed": the perfect reports the past. */
export const PERFECT_AUX = new Set(['has', 'have', "'ve"]);
/** Words of plans and schedules: what they govern lies ahead unless a past auxiliary says otherwise. */
export const PLAN_WORDS = new Set(['expected', 'scheduled', 'due', 'slated', 'plan', 'planned', 'planning', 'plans', 'expects', 'intends', 'upcoming', 'poised']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** Modals that leave the time open: the nearest day wins. */
export const MODALS = new Set(['could', 'can', 'may', 'might', 'should', 'must']);
/** Words that may stand inside a verb group: "has not yet been", "will probably be". */
export const GROUP_FILLERS = new Set(['not', "n't", 'never', 'also', 'still', 'already', 'yet', 'probably', 'likely', 'now', 'just', 'be', 'been', 'being', 'to']);
export const STOP = new Set([';', ':', '(', ')', '"', '“', '”']);
/** "postponed until Tuesday", "ahead of the weekend": what follows lies ahead of the verb. */
// ("investors awaited Friday's jobs report": what is awaited on the day of the report is still ahead)
export const LOOK_AHEAD = new Set(['until', 'till', 'pending', 'ahead', 'effective', 'await', 'awaits', 'awaited', 'awaiting']);

/** Verbs that move a date: what they move it "to" lies ahead ("adjourned to Thursday"). */
export const RESCHEDULE = new Set(['adjourned', 'postponed', 'delayed', 'deferred', 'rescheduled', 'moved', 'back', 'forward']);
export const rescheduledTo = (toks: readonly Token[], k: number) => toks[k]!.norm === 'to' && RESCHEDULE.has(toks[k - 1]?.norm ?? '');

/** Past verbs of going on: what they went on "until" is the end of a past stretch ("kept marching until 2 a.m. Friday"). */
export const CONTINUED = new Set(['kept', 'stayed', 'remained', 'lasted', 'continued', 'waited', 'worked', 'went', 'lingered', 'persisted', 'raged', 'dragged', 'marched', 'partied', 'danced', 'talked', 'fought', 'sat', 'stood']);

/** "kept going until", "the talks lasted well into the night until": a continued past before "until". */
export function lastedUntil(toks: readonly Token[], k: number): boolean {
  if (toks[k]!.norm !== 'until' && toks[k]!.norm !== 'till') return false;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const w = toks[j]!.norm;
    if (CONTINUED.has(w)) return true;
    if (STOP.has(w) || w === ',') return false;
  }
  return false;
}

/** "isn't" → "is", "won't" → "wo": the auxiliary under a negation. */
export const stem = (w: string) => (w.endsWith("n't") ? w.slice(0, -3) : w);

export const RELATIVES = new Set(['that', 'which', 'who']);

/** "shootings that injured": compromise reads some relative-clause verbs as adjectives. */
export function relativePast(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  return t.tags.includes('Adjective') && t.norm.endsWith('ed') && RELATIVES.has(toks[k - 1]?.norm ?? '');
}

/** Words compromise may tag as verbs at the head of a sentence ("Over the weekend, ..."). */
export const NEVER_VERBS = new Set(['over', 'in', 'on', 'at', 'for', 'since', 'during', 'after', 'before', 'by', 'from', 'with', 'as', 'earlier', 'later', 'early', 'late', 'last', 'next', 'this']);

/** Plan words that are as often nouns: a verb only before "to" ("plans to sell"). */
export const NOUN_PLANS = new Set(['plan', 'plans']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** "the hastily planned visit", "a scheduled meeting": a participle before its noun describes it and has no tense. */
export function attributive(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (!t.norm.endsWith('ed') || !toks[k + 1]?.tags.includes('Noun')) return false;
  const before = toks[k - 1]?.tags.includes('Adverb') ? toks[k - 2] : toks[k - 1];
  return DETERMINERS.has(before?.norm ?? '');
}

/** "during a meeting on Monday", "the party's hearing": a gerund after a determiner is a noun and has no tense. */
export function gerundNoun(toks: readonly Token[], k: number): boolean {
  if (!toks[k]!.tags.includes('Gerund')) return false;
  const b = toks[k - 1]?.tags.includes('Adjective') ? k - 2 : k - 1;
  const before = toks[b]?.norm ?? '';
  if (DETERMINERS.has(before)) return true;
  // a possessive "'s" follows a noun; after a pronoun it is "is" ("she's hoping")
  const owner = toks[b - 1];
  return (before === "'s" || before === '’s') && !!owner && owner.tags.includes('Noun') && !owner.tags.includes('Pronoun');
}

/** "unveiled the plan Aug. 21", "cancelled holiday plans" are no plan for a day; "plans to sell" is. */
export function isPlan(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const w = stem(t.norm);
  return PLAN_WORDS.has(w) && ((!t.tags.includes('Noun') && !NOUN_PLANS.has(w)) || toks[k + 1]?.norm === 'to');
}

/** Verbs whose past is spelled as their base form; compromise tags them present. */
const SAME_PAST = new Set(['hit', 'cut', 'set', 'put', 'shut', 'quit', 'cast', 'cost', 'hurt', 'let', 'spread', 'split', 'bid', 'burst', 'shed', 'upset', 'read']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/**
 * "The index hit a record on Friday", "she cut the ribbon on Monday": after a singular subject the
 * present would be "hits", "cuts", so the bare form is the past ("they cut" stays open).
 */
export function unmarkedPast(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (!SAME_PAST.has(t.norm) || !t.tags.includes('PresentTense')) return false;
  const subj = toks[k - 1]?.tags.includes('Adverb') ? toks[k - 2] : toks[k - 1];
  if (!subj) return false;
  if (SINGULAR_PRONOUNS.has(subj.norm)) return true;
  const singular = subj.tags.includes('Singular') || subj.tags.includes('ProperNoun');
  return singular && subj.tags.includes('Noun') && !subj.tags.includes('Plural') && !subj.tags.includes('Pronoun');
}

export function isVerbish(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const w = stem(t.norm);
  if (NEVER_VERBS.has(w)) return false;
  if (w === 'set' && BE_FORMS.has(stem(toks[k - 1]?.norm ?? ''))) return true;
  if (attributive(toks, k) || gerundNoun(toks, k)) return false;
  // "on May 13": the month, not the modal
  if (t.tags.includes('Month')) return false;
  const plan = isPlan(toks, k);
  const aux = MODALS.has(w) || FUTURE_AUX.has(w) || PAST_AUX.has(w) || PRESENT_AUX.has(w) || PERFECT_AUX.has(w);
  return t.tags.includes('Verb') || relativePast(toks, k) || aux || plan;
}
