/**
 * A claim's content span: after the cue to the end of the sentence (or of the quotation it opens),
 * or before the source back to the sentence start (or the quotation's opening mark). The span
 * excludes the quote marks, a leading "that" and the closing punctuation.
 */
import type { Document, Sentence } from '../doc/document.js';
import type { Span } from '../schema/span.js';
import { openingQuoteBefore, quoteEndAfter, sideOf } from '../cues/quotes.js';


/** Trims quote marks, edge punctuation and a leading "that"; null when fewer than two words remain. */
export function contentSpan(doc: Document, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  const raw = doc.text.slice(s, e);
  const lead = /^[\s"'“”‘’«»,.;:!?—–-]*(?:that\s+)?[\s"'“”‘’«»]*/iu.exec(raw)![0].length;
  s += lead;
  const trail = /[\s"'“”‘’«»,;:—–-]*(?:[.!?]+[\s"'“”‘’«»]*)?$/u.exec(doc.text.slice(s, e))![0].length;
  e -= trail;
  if (e <= s) return null;
  const words = doc.text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 2) return null;
  return doc.span(s, e);
}

/** Content from sentence token `a` on; `stop` (exclusive) cuts it before a coordinated cue. */
export function contentAfter(doc: Document, sentence: Sentence, a: number, stop = sentence.tokens.length): Span | null {
  const toks = sentence.tokens;
  if (a >= stop) return null;
  let endChar = toks[stop - 1]!.end;
  const first = toks[a]!;
  const opened = sideOf(doc, first) === 'open' ? first : sideOf(doc, first) ? null : toks[a + 1] && sideOf(doc, toks[a + 1]!) === 'open' ? toks[a + 1]! : null;
  if (opened && stop === toks.length) {
    const close = quoteEndAfter(doc, opened.i);
    const closeTok = doc.tokens[close]!;
    if (closeTok.sentence > sentence.i) endChar = sideOf(doc, closeTok) === 'close' ? doc.tokens[close - 1]!.end : closeTok.end;
  }
  return contentSpan(doc, first.start, endChar);
}

/** Content ending before sentence token `e` (exclusive): back to the sentence start or the quote's opening. */
export function contentBefore(doc: Document, sentence: Sentence, e: number): Span | null {
  const toks = sentence.tokens;
  // "“A. B?” Clinton said.": the quotation is the sentence before.
  if (e <= 0) {
    const prev = doc.tokens[toks[0]!.i - 1];
    if (!prev || sideOf(doc, prev) !== 'close') return null;
    const open = openingQuoteBefore(doc, prev.i);
    return open >= 0 ? contentSpan(doc, doc.tokens[open]!.start, prev.end) : null;
  }
  let startChar = toks[0]!.start;
  // The last closing mark before the source: its quotation may have opened sentences earlier.
  for (let j = e - 1; j >= Math.max(0, e - 3); j--) {
    if (sideOf(doc, toks[j]!) !== 'close') continue;
    const hasOpenHere = toks.slice(0, j).some((t) => sideOf(doc, t) === 'open');
    if (!hasOpenHere) {
      const open = openingQuoteBefore(doc, toks[j]!.i);
      if (open >= 0) startChar = doc.tokens[open]!.start;
    }
    break;
  }
  return contentSpan(doc, startChar, toks[e - 1]!.end);
}
