/**
 * The cue index: built once per extractor from THE lexicon plus the user's cues, then used per
 * sentence by claims and stances alike, so that a cue such as "condemned" is matched once, the same
 * way, for both. `findCues` returns the longest cue phrase starting at each token.
 */
import type { Sentence, Token } from '../doc/document.js';
import type { ClaimCue, StanceCue } from '../schema/options.js';
import { verbForms } from './inflect.js';
import { CUE_LEXICON, NOT_CLAIM_FORMS, NOUN_FORMS, NOT_CUE_BEFORE, type CueEntry, type CuePos } from './lexicon.js';
import { ING_NAME } from './words.js';
import { adjectiveTelling, compoundNoun, datePreposition, hearerVerb } from './mistagged.js';

export type { CueEntry, CuePos, Polarity } from './lexicon.js';

interface Variant {
  readonly words: readonly string[];
  readonly entry: CueEntry;
}

export interface CueIndex {
  readonly byFirst: ReadonlyMap<string, readonly Variant[]>;
  /** The hits of each sentence already scanned: ten claim and stance rules ask for the same sentence. */
  readonly seen: WeakMap<Sentence, readonly CueHit[]>;
}

export interface CueHit {
  readonly entry: CueEntry;
  /** Token indexes within the sentence, end exclusive. */
  readonly from: number;
  readonly to: number;
  /** The matched head word, lower case ("said", "condemnation"). */
  readonly head: string;
}

/** Merges the user's cues into the lexicon (a user cue adds to or overrides an entry's claim/stance part). */
export function buildCueIndex(claim: readonly ClaimCue[] = [], stance: readonly StanceCue[] = []): CueIndex {
  const entries = new Map<string, CueEntry>();
  for (const e of CUE_LEXICON) entries.set(`${e.pos}:${e.phrase}`, e);
  const userPos = (cue: string): CuePos => (/^according\b/i.test(cue) ? 'prep' : 'verb');
  for (const c of claim) {
    const phrase = c.cue.toLowerCase().trim();
    const key = `${userPos(phrase)}:${phrase}`;
    const old = entries.get(key);
    entries.set(key, { ...(old ?? { phrase, pos: userPos(phrase) }), claim: { cueClass: c.cueClass, hedged: c.hedged } });
  }
  for (const c of stance) {
    const phrase = c.cue.toLowerCase().trim();
    const key = `verb:${phrase}`;
    const old = entries.get(key);
    entries.set(key, { ...(old ?? { phrase, pos: 'verb' as const }), stance: { kind: c.kind, polarity: c.polarity } });
  }
  const byFirst = new Map<string, Variant[]>();
  for (const entry of entries.values()) {
    for (const w of variantsOf(entry)) {
      const list = byFirst.get(w[0]!) ?? [];
      list.push({ words: w, entry });
      byFirst.set(w[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return Object.freeze({ byFirst, seen: new WeakMap<Sentence, readonly CueHit[]>() });
}

function variantsOf(entry: CueEntry): string[][] {
  const words = entry.phrase.split(/\s+/);
  const [first, ...rest] = words;
  if (entry.pos === 'verb') return verbForms(first!).map((f) => [f, ...rest]);
  if (entry.pos === 'noun' && rest.length === 0 && !first!.endsWith('s')) return [[first!], [first! + 's']];
  return [words];
}

/** Longest cue phrase at each token of the sentence; a matched phrase's inner tokens start none. */
export function findCues(sentence: Sentence, index: CueIndex): readonly CueHit[] {
  let hits = index.seen.get(sentence);
  if (!hits) index.seen.set(sentence, (hits = Object.freeze(scanCues(sentence, index))));
  return hits;
}

function scanCues(sentence: Sentence, index: CueIndex): CueHit[] {
  const toks = sentence.tokens;
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const list = index.byFirst.get(toks[i]!.norm);
    if (!list) continue;
    const afterVerbCue = hits.at(-1)?.to === i && hits.at(-1)!.entry.pos === 'verb';
    // "battleground states", "state law": a form that is far more often a noun starts no claim-only cue.
    const nounForm = NOUN_FORMS.has(toks[i]!.norm);
    // "…, compared to 11%", "showing up": a preposition or a phrasal verb starts no claim-only cue; nor does
    // a noun in -ing ("a strong showing in Iowa").
    const prepUse = !!NOT_CUE_BEFORE.get(toks[i]!.norm)?.has(toks[i + 1]?.norm ?? '') || nominalGerund(toks, i);
    const found = list.filter((v) => matchesAt(toks, i, v.words) && !adjectiveTelling(toks, i, v.entry) && !(datePreposition(toks, i, v.words) && list.some((w) => w.words.length === 1)) && !compoundNoun(toks, i, v.entry) && !((nounForm || prepUse) && !v.entry.stance) && (!v.entry.claim?.framed || framedAt(toks, i + v.words.length)) && (fitsPos(toks, i, v.entry.pos, afterVerbCue) || claimVerbAsNoun(toks, i, v.entry) || claimParticiple(toks, i, v.entry) || claimVerbAfterPronoun(toks, i, v.entry) || headlineVerb(toks, i, v.entry) || hearerVerb(toks, i, v.entry)));
    if (!found.length) continue;
    // Several parts of speech may match the same words ("support" noun and verb): keep each.
    const len = found[0]!.words.length;
    for (const v of found) if (v.words.length === len) hits.push({ entry: v.entry, from: i, to: i + len, head: toks[i]!.norm });
    i += len - 1;
  }
  return hits;
}

/** "a strong showing in Iowa", "his showing with women": an -ing word after a determiner, possessive or adjective and before a preposition is a noun. */
function nominalGerund(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!/ing$/.test(toks[i]!.norm) || !prev || !next) return false;
  const modifier = prev.tags.includes('Determiner') || prev.tags.includes('Possessive') || prev.tags.includes('Adjective') || prev.tags.includes('Value');
  return modifier && !prev.tags.includes('Verb') && /^(in|with|at|among|on|by|since|comes|came)$/.test(next.norm);
}

/** Punctuation or a quote mark right after a `framed` cue ("she continued.", "continued: “…"). */
function framedAt(toks: readonly Token[], j: number): boolean {
  const next = toks[j];
  return !next || /^[,.:;!?"“”'‘’]$/.test(next.text);
}

/** Does this entry report a claim in this form? A `past` claim ("backed") only in the past tense; never in a NOT_CLAIM_FORMS form ("saw"). */
export function claimsIn(entry: CueEntry, form: string): boolean {
  return !!entry.claim && (!entry.claim.past || /ed$/.test(form)) && !NOT_CLAIM_FORMS.has(form);
}

/**
 * "polling shows that", "records show he backed", "…, records show.": a pure claim verb (no stance
 * reading) that the tagger took for a plural noun, right after a noun and before a clause.
 */
function claimVerbAsNoun(toks: readonly Token[], i: number, entry: CueEntry): boolean {
  if (entry.pos !== 'verb' || !entry.claim || entry.stance || entry.phrase.includes(' ')) return false;
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (t.tags.includes('Verb') || !/^\p{Ll}/u.test(t.text) || !prev || !/[\p{L}]/u.test(prev.text)) return false;
  if (prev.tags.includes('Determiner') || prev.tags.includes('Preposition') || prev.tags.includes('Possessive') || prev.norm === "'s") return false;
  if (!prev.tags.includes('Noun') && !/s$/.test(prev.norm)) return false;
  return !next || next.norm === 'that' || next.norm === '.' || next.tags.includes('Pronoun') || (next.tags.includes('Determiner') && !/^(of|a|an)$/.test(next.norm)) || next.tags.includes('ProperNoun');
}

/** ", saying that", "by telling reporters", ", with Ruiz saying": a claim verb's participle the tagger took for a noun or adjective. */
function claimParticiple(toks: readonly Token[], i: number, entry: CueEntry): boolean {
  const prev = toks[i - 1];
  if (entry.pos !== 'verb' || !claimsIn(entry, toks[i]!.norm) || !/ing$/.test(toks[i]!.norm) || !prev) return false;
  if (/^(,|by|after|before|while|without|—)$/.test(prev.norm)) return true;
  // "…, with Senator Ana Ruiz saying that …": the participle of an absolute "with" clause after its subject.
  if (!prev.tags.includes('Noun') || prev.tags.includes('Pronoun')) return false;
  for (let j = i - 2; j >= Math.max(0, i - 7); j--) if (toks[j]!.norm === 'with') return toks[j - 1]?.norm === ',';
  return false;
}

/** "He said/Adjective stocks ...": an inflected claim verb after a subject is a verb, whatever the tagger says. */
function claimVerbAfterPronoun(toks: readonly Token[], i: number, entry: CueEntry): boolean {
  const form = toks[i]!.norm;
  if (entry.pos !== 'verb' || !claimsIn(entry, form) || form === entry.phrase.split(' ')[0] || form.endsWith('ing')) return false;
  const prev = toks[i - 1];
  if (/^(he|she|they|we|i|who)$/.test(prev?.norm ?? '')) return true;
  // "Ana Ruiz, a lawyer, said/Adjective candidates are ...": a pure claim verb the tagger took for an
  // adjective after a noun or a comma (not after a determiner: "a noted author").
  const t = toks[i]!;
  if (entry.stance || !t.tags.includes('Adjective') || t.tags.includes('Verb') || !prev) return false;
  return prev.norm === ',' || (prev.tags.includes('Noun') && !prev.tags.includes('Determiner') && !prev.tags.includes('Possessive'));
}

/** "Tax Plan Will Hurt Farmers, Senator Says": a claim verb in a title-case headline, which the tagger takes for a name. */
function headlineVerb(toks: readonly Token[], i: number, entry: CueEntry): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (entry.pos !== 'verb' || !claimsIn(entry, t.norm) || !/^\p{Lu}\p{Ll}+s$/u.test(t.text) || !prev || !(prev.norm === ',' || /^\p{Lu}/u.test(prev.text))) return false;
  const words = toks.filter((x) => /^\p{L}{4,}/u.test(x.text));
  return words.length >= 3 && words.filter((x) => /^\p{Lu}/u.test(x.text)).length >= 0.8 * words.length;
}

function matchesAt(toks: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.norm !== words[k]) return false;
  return true;
}

/** Checks the head word's part of speech against the entry's, from compromise's tags and context. */
function fitsPos(toks: readonly Token[], i: number, pos: CuePos, afterVerbCue: boolean): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (pos === 'verb') {
    // "the Palestinians reject ...": a verb the tagger took for a noun, right after a plural subject.
    const nounAsVerb = t.tags.includes('Noun') && !!prev && (prev.tags.includes('Plural') || /^(they|we)$/.test(prev.norm)) && !t.norm.endsWith('s') && next?.norm !== 'of';
    if (nounAsVerb) return true;
    if (afterVerbCue && t.tags.includes('PastTense') && next && /Adjective|Noun/.test(next.tags.join(' ')) && !next.tags.includes('Pronoun')) return false;
    // An unknown past tense after a noun is a verb ("the chairman harrumphed") whatever the tagger says.
    const pastAfterNoun = /ed$/.test(t.norm) && !!prev && prev.tags.includes('Noun') && !prev.tags.includes('Determiner');
    if (!t.tags.includes('Verb') && !pastAfterNoun) return false;
    // "the condemned man", "a reported case": a participle used as an adjective after a determiner.
    // ("Some say they …": a pronoun after it is a subject, so the word is a verb.)
    const subjectNext = prev?.norm !== "'s" && /^(he|she|they|we|i|you|it)$/.test(toks[i + 1]?.norm ?? '');
    // ("D’Souza told Beck": a name with an apostrophe the tagger took for a determiner is a subject.)
    const determiner = !!prev && ((prev.tags.includes('Determiner') && !/^\p{Lu}\p{L}?['’]\p{L}/u.test(prev.text)) || prev.norm === "'s");
    if (determiner && toks[i + 1]?.tags.includes('Noun') && !subjectNext) return false;
    // "reject proposed changes": a participle right after a main verb modifies the noun that follows.
    // ("those surveyed said …": the participle after "those" is the subject.)
    // ("Golding told reporters": a capitalised -ing word before the verb is a name.)
    if (prev && prev.tags.includes('Verb') && !prev.tags.includes('Auxiliary') && !prev.tags.includes('Copula') && toks[i - 2]?.norm !== 'those' && !ING_NAME.test(prev.text) && t.tags.includes('PastTense') && toks[i + 1] && /Adjective|Noun/.test(toks[i + 1]!.tags.join(' ')) && !toks[i + 1]!.tags.includes('Pronoun')) return false;
    return true;
  }
  if (pos === 'noun') return t.tags.includes('Noun') || !t.tags.includes('Verb');
  return true;
}
