/** Verb cues that, in context, credit no source: accounting reports and participle asides on a noun. */
import type { Token } from '../doc/document.js';
import type { CueHit } from '../cues/index.js';
import { AUX, has } from '../cues/words.js';


/** "The firm, which reports annual results in May": reporting results, earnings or profits is accounting, not attribution. */
const RESULTS = /^(results|earnings|profits?|losses|loss|revenues?|sales|figures|numbers|accounts)$/;
export function resultsReport(toks: readonly Token[], hit: CueHit): boolean {
  if (!/^report/.test(hit.head)) return false;
  for (let j = hit.to; j < Math.min(toks.length, hit.to + 4); j++) if (RESULTS.test(toks[j]!.norm)) return true;
  return false;
}

/**
 * "the cuts, announced July 15, would force …": a past participle set off by commas after a noun, with no
 * "that" and a verb right after the closing comma, is a reduced relative on that noun, no credit.
 */
export function participleAside(toks: readonly Token[], hit: CueHit): boolean {
  const prev = toks[hit.from - 1];
  // ("Okafor, asked about the funds, said": a person asked is a hearer, which the speech fallback reports.)
  if (prev?.norm !== ',' || !/ed$/.test(hit.head) || /^(asked|questioned|pressed)$/.test(hit.head) || has(toks[hit.from - 2], 'ProperNoun') || !has(toks[hit.from - 2], 'Noun') || has(toks[hit.from - 2], 'Pronoun')) return false;
  for (let j = hit.to; j < Math.min(toks.length, hit.to + 7); j++) {
    const t = toks[j]!;
    if (t.norm === 'that' || /^[;.!?:"“”]$/.test(t.text)) return false;
    if (t.norm === ',') return isFiniteStart(toks[j + 1]);
  }
  return false;
}
const isFiniteStart = (t: Token | undefined) => !!t && (AUX.has(t.norm) || /^(would|could|will|can|may|might|must|should)$/.test(t.norm) || (has(t, 'Verb') && !has(t, 'Gerund')));

/**
 * "The operator publishes demand forecasts every hour": a cue's -s form after a verb and a singular noun is
 * the head of that verb's object, a compound noun (a subject would need its own verb: "said demand shows"
 * keeps the reading, since "said" is a cue itself).
 */
export function objectCompound(toks: readonly Token[], hit: CueHit, hits: readonly CueHit[]): boolean {
  const noun = toks[hit.from - 1];
  const verb = toks[hit.from - 2];
  if (!/s$/.test(hit.head) || hit.to - hit.from !== 1 || !noun || !verb) return false;
  if (!has(noun, 'Noun') || has(noun, 'ProperNoun') || has(noun, 'Pronoun') || has(noun, 'Plural') || /s$/.test(noun.norm)) return false;
  if (!has(verb, 'Verb') || AUX.has(verb.norm) || has(verb, 'Gerund') || has(verb, 'Infinitive') && !/s$/.test(verb.norm)) return false;
  return !hits.some((o) => o.from === hit.from - 2) && toks[hit.to]?.norm !== 'that';
}
