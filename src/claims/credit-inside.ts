/**
 * A credit standing inside its own content: "The museum, Mr. Obama said, would …" (the content is the
 * sentence around the credit) and "The budget, he said, “kicks …”" (the opening noun phrase and the quotation).
 */
import type { Document, Sentence, Token } from '../doc/document.js';
import type { Span } from '../schema/span.js';
import { nounPhraseBefore } from '../cues/frame.js';
import { sideOf } from '../cues/quotes.js';
import { contentAfter, contentSpan, datelineLength } from './content.js';
import { frontedAdjunct } from './fronted.js';
import { has } from '../cues/words.js';


/**
 * "The museum, Mr. Obama said, would …", "Sales held up, she said, until May": a credit set off by commas
 * inside its content. PolNeAR marks the content as the whole sentence around the credit.
 */
export function creditInside(doc: Document, sentence: Sentence, subjectFrom: number, tail: { ok: boolean; end: number }, stop: number): Span | null {
  const toks = sentence.tokens;
  if (subjectFrom < 2 || toks[subjectFrom - 1]!.norm !== ',' || !tail.ok || toks[tail.end]?.norm !== ',') return null;
  const next = toks[tail.end + 1];
  // ", adding that …", ", citing …": the reporter's own clause, not the rest of the content.
  if (!next || has(next, 'Gerund') || /ing$/.test(next.norm)) return null;
  // "Asked about it, she said, “No.”", "In May, he said the …": a fronted adjunct is no part of the content.
  if (sideOf(doc, next) === 'open' || frontedAdjunct(toks)) return null;
  // "…, two people said, a decision that would …": an appositive the reporter adds about the whole report.
  if (/^(a|an)$/.test(next.norm)) return null;
  const after = contentAfter(doc, sentence, tail.end + 1, stop);
  return after ? contentSpan(doc, toks[0]!.start + datelineLength(sentence.text), after.end) : null;
}

/**
 * "The budget, he said, “kicks the can down the road.”": a quotation going on in lower case after the credit
 * is the predicate of the noun phrase that opens the sentence; the content runs from that noun phrase.
 */
export function quotedPredicate(doc: Document, toks: readonly Token[], subjectFrom: number, open: number, content: Span | null): Span | null {
  if (open < 0 || !content || subjectFrom < 2 || toks[subjectFrom - 1]!.norm !== ',' || !/^\p{Ll}/u.test(toks[open + 1]?.text ?? '')) return null;
  const np = nounPhraseBefore(toks, subjectFrom - 1);
  return np && np.from === 0 ? contentSpan(doc, toks[0]!.start, content.end) : null;
}
