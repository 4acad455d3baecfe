/** Verb cues that, in context, credit no source: accounting reports and participle asides on a noun. */
import type { Token } from '../doc/document.js';
import type { CueHit } from '../cues/index.js';
import { AUX } from '../cues/words.js';

const has = (t: Token | undefined, tag: string) => !!t && t.tags.includes(tag);

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
