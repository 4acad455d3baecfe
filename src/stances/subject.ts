/** Subjects the cue frame does not find next to the verb: across a dashed aside, or before a reduced passive aside. */
import type { Token } from '../doc/document.js';
import { nounPhraseBefore, subjectBefore, type Phrase } from '../cues/frame.js';

/** The noun phrase that opens the sentence and ends at the comma `comma`, else null. */
export function asideSubject(toks: readonly Token[], comma: number): Phrase | null {
  const np = nounPhraseBefore(toks, comma);
  return np && np.from === 0 ? np : null;
}

/** "The possibility of X—especially at a time when Y—has raised": the subject before a dashed aside. */
export function subjectAcrossDashes(toks: readonly Token[], groupStart: number) {
  const dash = (t: Token | undefined) => !!t && (t.norm === '—' || t.norm === '–');
  if (!dash(toks[groupStart - 1])) return null;
  for (let j = groupStart - 2; j > 0 && j > groupStart - 40; j--) if (dash(toks[j])) return subjectBefore(toks, j);
  return null;
}
