/**
 * Dates that name a deadline: they lie ahead of the report whatever the verb's tense ("set a June 30
 * deadline", "gave the lender a deadline to repay by the end of February"), unless the sentence
 * tells the deadline as kept or over.
 */
import type { Token } from '../doc/document.js';
import { STOP } from './verbs.js';

// Words that tell whether a deadline was kept: the sentence's own tense decides ("after missing a May 1 deadline", "could miss the June 30 deadline").
const OVER = /^(?:miss|missed|misses|missing|meet|meets|meeting|met|passed|expired|lapsed|came|elapsed|ran|beat|ended|completed|closed)$/;

/**
 * "A court set a June 30 deadline for the ministry", "ahead of the Friday deadline": a date that
 * names a deadline lies ahead of the report, whatever the verb's tense, unless the sentence tells
 * it as over ("missed the June 30 deadline").
 */
export function deadlineAhead(toks: readonly Token[], at: number): boolean {
  // "tendered their shares by the Tuesday deadline": a deadline something was done by keeps the verb's time
  let b = at - 1;
  while (b >= 0 && /^(?:the|a|an|its|their|his|her)$/.test(toks[b]!.norm)) b--;
  if (b >= 0 && /^(?:by|before|after|past|beyond)$/.test(toks[b]!.norm)) return false;
  for (let k = at; k < toks.length && k <= at + 4; k++) {
    const t = toks[k]!;
    if (t.norm === 'deadline' || t.norm === 'deadlines') return k > at && !toks.some((x) => OVER.test(x.norm));
    if (!(t.tags.includes('Date') || t.tags.includes('Value') || /^[\d,.:-]+$/.test(t.norm))) return false;
  }
  return false;
}

/** A deadline noun shortly before the "by" at `by`, in a sentence that does not tell it as over. */
export function deadlineBefore(toks: readonly Token[], by: number): boolean {
  for (let k = by - 1; k >= 0 && by - k <= 12; k--) {
    const w = toks[k]!.norm;
    if (STOP.has(w) || w === ';') return false;
    if (w === 'deadline' || w === 'ultimatum') return !toks.some((x) => OVER.test(x.norm));
  }
  return false;
}
