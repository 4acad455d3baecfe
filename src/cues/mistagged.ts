/**
 * Verb forms the tagger misreads: "is telling reporters" (read as the adjective of "a telling sign")
 * and "tells clients" (read as a plural noun). A verb that takes its hearer as object is a verb when
 * an object follows it: after a form of "be" for the -ing form, after its subject for the -s form.
 */
import type { Token } from '../doc/document.js';
import type { CueEntry } from './lexicon.js';
import { has, isTime } from './words.js';

/** Lemmas whose first object is a hearer ("tell them", "assure investors", "warn voters"). */
const HEARER_VERBS = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'advise', 'urge', 'caution']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", 'am']);


/** An object after the verb: a pronoun or a noun phrase, but not "that" ("it is telling that …" is the adjective). */
function objectAt(t: Token | undefined): boolean {
  if (!t || t.norm === 'that') return false;
  return has(t, 'Pronoun') || has(t, 'Noun') || has(t, 'ProperNoun') || (has(t, 'Determiner') && !/^(a|an)$/.test(t.norm)) || /^(anyone|everyone|them|him|her|us|me)$/.test(t.norm);
}

/**
 * "She is telling members that …", "The mayor tells reporters the plan is dead", "Ruiz, a lawyer, tells
 * clients …" (but "a telling sign", "it is telling that", "the tells of a bluffer" stay non-verbs).
 */
export function hearerVerb(toks: readonly Token[], i: number, entry: CueEntry): boolean {
  const t = toks[i]!;
  if (entry.pos !== 'verb' || !HEARER_VERBS.has(entry.phrase) || has(t, 'Verb') || !objectAt(toks[i + 1])) return false;
  const prev = toks[i - 1];
  if (!prev) return false;
  if (t.norm.endsWith('ing')) return BE.has(prev.norm);
  if (!t.norm.endsWith('s')) return false;
  if (has(prev, 'Determiner') || has(prev, 'Possessive') || has(prev, 'Adjective') || has(prev, 'Preposition') || prev.norm === "'s") return false;
  return prev.norm === ',' || has(prev, 'Noun') || has(prev, 'ProperNoun');
}

/** "It is telling that nobody came": "tell" with no hearer before "that" is the adjective ("told that" is passive, handled there). */
export function adjectiveTelling(toks: readonly Token[], i: number, entry: CueEntry): boolean {
  return entry.pos === 'verb' && entry.phrase === 'tell' && toks[i]!.norm === 'telling' && toks[i + 1]?.norm === 'that';
}

/** "insisted on Saturday that …": a phrase cue's closing preposition ("insist on") that heads a date belongs to the date (the index then falls back on the verb alone when it is a cue; "weighed in Friday" keeps its particle). */
export function datePreposition(toks: readonly Token[], i: number, words: readonly string[]): boolean {
  const next = toks[i + words.length];
  // A time word that opens no date of its own ("weighed in on whether", "chimed in this week") is no date here.
  return words.length > 1 && /^(on|in|at|for|over|to)$/.test(words.at(-1)!) && isTime(next) && !/^(on|this|last|next|earlier|later|recently)$/.test(next!.norm);
}

/** Cue verbs whose bare form is also a common count noun ("a conference call", "the weekly report"); "People familiar with the matter say" keeps its verb. */
const COUNT_NOUNS = new Set(['call', 'report', 'claim', 'comment', 'note', 'estimate', 'answer', 'reply', 'request', 'promise', 'review', 'forecast', 'question', 'pledge', 'vow', 'tweet', 'post', 'quote', 'bet', 'guess', 'plan', 'hope', 'wish', 'fear', 'doubt', 'count', 'demand', 'protest', 'charge', 'attack', 'briefing', 'brief', 'statement', 'warning', 'appeal', 'offer', 'proposal', 'threat', 'signal', 'project', 'figure', 'sense']);

/**
 * "on a conference call", "the phone call": a verb's bare form right after a determiner and a singular
 * noun is the head of a compound noun (a finite verb after a singular subject would be inflected).
 */
export function compoundNoun(toks: readonly Token[], i: number, entry: CueEntry): boolean {
  const prev = toks[i - 1];
  if (entry.pos !== 'verb' || !COUNT_NOUNS.has(toks[i]!.norm) || toks[i]!.norm !== entry.phrase.split(' ')[0] || !prev) return false;
  const singular = has(prev, 'Noun') && !has(prev, 'Plural') && !has(prev, 'ProperNoun') && !has(prev, 'Pronoun') && !/s$/.test(prev.norm);
  return singular && /^(a|an|the|this|that|his|her|its|their|our)$/.test(toks[i - 2]?.norm ?? '');
}
