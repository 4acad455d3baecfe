/** Clause-level checks shared by claims and stances: conditionals and passives. */
import type { Token } from '../doc/document.js';

// "isn't expected to", "wasn't told": a negated copula is one token.
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets', "isn't", "aren't", "wasn't", "weren't"]);
const CONDITIONAL = new Set(['if', 'unless', 'whether']);

/** Is token k in a conditional clause ("If Pakistan backs...", "Should Pakistan support...")? */
export function inConditional(toks: readonly Token[], k: number): boolean {
  // "He warned of chaos if the budget fails and said …": a bare verb after "and" goes back to the main clause
  // before the conditional ("If Ruiz wins and says …", opening the sentence, stays conditional).
  const coordinated = /^(and|but)$/.test(toks[k - 1]?.norm ?? '');
  for (let j = k - 1; j >= 0; j--) {
    const n = toks[j]!.norm;
    if (n === ',' || n === ';' || n === '—') return false;
    if (CONDITIONAL.has(n)) return !(coordinated && j > 0 && n === 'if');
    if (j === 0 && (n === 'should' || n === 'were' || n === 'had')) return true;
  }
  return false;
}

/** Is the verb at token k a passive participle ("was condemned", "has been accused")? */
export function isPassive(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && toks[j]!.tags.includes('Adverb') && !BE.has(toks[j]!.norm)) j--;
  const t = toks[j];
  return !!t && BE.has(t.norm) && (toks[k]!.tags.includes('PastTense') || toks[k]!.tags.includes('Participle') || /ed$|en$/.test(toks[k]!.norm));
}

/** The index of "by" right after a passive verb group, or -1. */
export function agentBy(toks: readonly Token[], to: number): number {
  for (let j = to; j < Math.min(toks.length, to + 3); j++) if (toks[j]!.norm === 'by') return j;
  return -1;
}
