/**
 * Refusing to speak is staying out, not opposing: "refused to comment", "declined to say whether",
 * "has not commented publicly". Refusing a demand or an offer ("refused to pay", "refused the plan")
 * stays a rejection. Per sentence, token by token.
 */
import type { Token } from '../doc/document.js';

const REFUSE = /^(refus|declin)(e|es|ed|ing)$/;
/** Acts of speaking or taking a side: refusing them is neutral. */
const SPEAK = /^(comment|speak|say|discuss|elaborate|respond|answer|reply|confirm|talk|disclose|reveal|specify|identify|name|address)$/;
/** "has not commented", "did not respond": a negated verb of answering. */
const ANSWERED = /^(comment|commented|comments|commenting|respond|responded|responds|reply|replied)$/;
const NEG = /^(not|n't|never)$/;
const AUX = /^(has|have|had|did|does|do|was|is|were|are|would|will|could|can|ca|wo|yet|so|far|also|still|immediately|publicly|usually|typically|generally|normally|often|rarely)$/;

export interface Silence {
  /** Token range of the cue, end exclusive. */
  from: number;
  to: number;
}

/** "refused to comment" at token k (the refusal verb): the cue's range, else null. */
export function refusalToSpeak(toks: readonly Token[], k: number): Silence | null {
  if (!REFUSE.test(toks[k]?.norm ?? '') || toks[k + 1]?.norm !== 'to') return null;
  const v = toks[k + 2];
  if (!v) return null;
  if (SPEAK.test(v.norm)) return { from: k, to: k + 3 };
  // "declined to be drawn on", "refused to take sides / a position / a stand".
  if (v.norm === 'be' && toks[k + 3]?.norm === 'drawn') return { from: k, to: k + 4 };
  if (v.norm === 'take' && /^(sides|a|any)$/.test(toks[k + 3]?.norm ?? '')) {
    const end = toks[k + 3]!.norm === 'sides' ? k + 4 : /^(position|stand|stance|side)$/.test(toks[k + 4]?.norm ?? '') ? k + 5 : -1;
    if (end > 0) return { from: k, to: end };
  }
  return null;
}

/** "has not commented", "did not respond" with its verb at token k: the cue's range (auxiliaries included). */
export function negatedAnswer(toks: readonly Token[], k: number): Silence | null {
  if (!ANSWERED.test(toks[k]?.norm ?? '')) return null;
  let j = k - 1;
  let negated = false;
  while (j >= 0 && (NEG.test(toks[j]!.norm) || AUX.test(toks[j]!.norm))) {
    if (NEG.test(toks[j]!.norm)) negated = true;
    j--;
  }
  if (!negated) return null;
  // "for comment": the noun after "available/reached for" is no verb.
  if (toks[k - 1]?.norm === 'for') return null;
  const to = toks[k + 1]?.norm === 'publicly' ? k + 2 : k + 1;
  return { from: j + 1, to };
}

const TAKEN = /^(take|takes|took|taken|taking|adopt|adopted|adopts)$/;

/** "has not taken a position on the case", "did not take sides": a negated position-taking at token k. */
export function negatedPosition(toks: readonly Token[], k: number): Silence | null {
  if (!TAKEN.test(toks[k]?.norm ?? '')) return null;
  const next = toks[k + 1]?.norm ?? '';
  const end = next === 'sides' ? k + 2 : /^(a|any)$/.test(next) && /^(position|stance|side|stand)$/.test(toks[k + 2]?.norm ?? '') ? k + 3 : -1;
  if (end < 0) return null;
  let j = k - 1;
  let negated = false;
  while (j >= 0 && (NEG.test(toks[j]!.norm) || AUX.test(toks[j]!.norm))) {
    if (NEG.test(toks[j]!.norm)) negated = true;
    j--;
  }
  return negated ? { from: j + 1, to: end } : null;
}
