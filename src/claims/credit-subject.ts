/**
 * "“Q,” Ana Ruiz, 59, a nurse in Dayton, Ohio, and a former union steward, said at the rally.": a
 * quotation closed by a comma, then a name and its appositives up to the cue. The subject scan stops at
 * the first comma it cannot read as an appositive; the closing quotation mark bounds this one instead.
 */
import type { Document, Token } from '../doc/document.js';
import type { CueHit } from '../cues/index.js';
import { nounPhraseAfter } from '../cues/frame.js';
import type { Subject } from '../cues/subject.js';
import { closesQuoteAfterComma, sideOf } from '../cues/quotes.js';

/** The longest credit read this way, in tokens: a name with two or three appositives. */
const MAX_CREDIT = 40;

/**
 * The subject between a closing quotation (after a comma) and the cue group starting at token k, when
 * it is a noun phrase followed by comma-set appositives; its antecedent is the first noun phrase.
 */
export function creditSubject(doc: Document, toks: readonly Token[], k: number, hits: readonly CueHit[]): Subject | null {
  const end = toks[k - 1]?.norm === ',' ? k - 1 : k;
  let q = -1;
  for (let j = end - 1; j >= 0 && j >= end - MAX_CREDIT; j--) {
    const t = toks[j]!;
    if (sideOf(doc, t) || t.text === "'") {
      q = j;
      break;
    }
    // A clause boundary in between: the words before the cue are no credit.
    if (/^[;:?!]$/.test(t.text) || (t.norm === '.' && !/^\p{Lu}[\p{L}]{0,3}$/u.test(toks[j - 1]?.text ?? ''))) return null;
  }
  if (q < 0 || !closesQuoteAfterComma(doc, toks[q])) return null;
  const np = nounPhraseAfter(toks, q + 1, end);
  // The first phrase must be a name or a noun phrase set off by a comma: "Ana Ruiz, …".
  if (!np || np.to >= end || toks[np.to]!.norm !== ',' || !/^[\p{Lu}\p{N}]/u.test(toks[np.from]!.text)) return null;
  // A reporting verb of its own in between ("“Q,” Ruiz said, and Ortiz, her aide, said") ends the credit;
  // one in a relative clause ("a lawyer who said …") or a participle ("one of the states suing the agency") does not.
  for (const h of hits) {
    if (h.from <= np.to || h.from >= k || h.entry.pos !== 'verb' || h.head.endsWith('ing')) continue;
    if (!relativeBefore(toks, np.to, h.from)) return null;
  }
  return { from: q + 1, to: end, antecedent: np };
}

/** Is there a relative pronoun between token `from` and `at` in the same comma-set segment? */
export function relativeBefore(toks: readonly Token[], from: number, at: number): boolean {
  for (let j = at - 1; j > from; j--) {
    const n = toks[j]!.norm;
    if (/^(who|whom|whose|which|that)$/.test(n)) return true;
    if (n === ',') return false;
  }
  return false;
}
