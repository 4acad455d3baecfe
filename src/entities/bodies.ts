/** Heads of government bodies named by description: "central bank", "finance ministry", "health department", "ministry of finance". */
import type { Token } from '../doc/document.js';
import { MINISTRY_PORTFOLIOS } from './lexicon.js';
import { bare } from './match.js';

/** The end of a body's head at h: "central bank", "finance ministry", "ministry of finance", "ministry of foreign affairs"; else 0. */
export function bodyHeadAt(toks: readonly Token[], h: number): number {
  const a = bare(toks[h]!);
  const b = toks[h + 1] ? bare(toks[h + 1]!) : '';
  // Not "central banks", "the finance ministry's", kept: the possessive is a separate token.
  if (a === 'central' && b === 'bank') return h + 2;
  // "the finance ministry", "South Africa's health department".
  if (MINISTRY_PORTFOLIOS.has(a) && (b === 'ministry' || b === 'department')) return h + 2;
  if (a === 'ministry' && b === 'of' && toks[h + 2]) {
    const c = bare(toks[h + 2]!);
    if (c === 'foreign' && toks[h + 3] && bare(toks[h + 3]!) === 'affairs') return h + 4;
    if (MINISTRY_PORTFOLIOS.has(c)) return h + 3;
  }
  return 0;
}

