/**
 * A claim's content span: after the cue to the end of the sentence (or of the quotation it opens),
 * or before the source back to the sentence start (or the quotation's opening mark). The span
 * excludes the quote marks, a leading "that" and the closing punctuation.
 */
import type { Document, Sentence, Token } from '../doc/document.js';
import type { Span } from '../schema/span.js';
import { closesQuote, openingQuoteBefore, paragraphBreakBefore, quoteEndAfter, sideOf } from '../cues/quotes.js';
import { clauseEnd } from './clause-end.js';
import { quotedParagraphsAfter } from './paragraphs.js';


/** Trims quote marks, edge punctuation and a leading "that"; null when fewer than two words remain. */
export function contentSpan(doc: Document, start: number, end: number, minWords = 2): Span | null {
  let s = start;
  let e = end;
  const raw = doc.text.slice(s, e);
  // A "That" right after an opening quote mark is the speaker's word, not a complementiser.
  const head = /^[\s,.;:!?—–-]*(?:that\s+)?/iu.exec(raw)![0];
  const lead = head.length + /^[\s"'“”‘’«»,.;:!?—–-]*/u.exec(raw.slice(head.length))![0].length;
  s += lead;
  const trail = /[\s"'“”‘’«»,;:—–-]*(?:[.!?]+[\s"'“”‘’«»]*)?$/u.exec(doc.text.slice(s, e))![0].length;
  e -= trail;
  if (e <= s) return null;
  e = balancedEnd(doc.text, s, e, trail);
  const words = doc.text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < minWords) return null;
  return doc.span(s, e);
}

/**
 * 'found that oversight was "fragmented and weak."': a quotation opened inside the content keeps its closing
 * mark (and the stop inside it), so the content's marks pair up.
 */
function balancedEnd(text: string, s: number, e: number, trail: number): number {
  const body = text.slice(s, e);
  const curly = (body.match(/“/g) ?? []).length > (body.match(/”/g) ?? []).length;
  const straight = (body.match(/"/g) ?? []).length % 2 === 1;
  if (!curly && !straight) return e;
  const close = text.slice(e, e + trail).search(curly ? /”/ : /"/);
  return close >= 0 ? e + close + 1 : e;
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
    // "told them: “That’s right,” Ana said to the crowd": a quotation closed by a comma ends the content.
    else if (sideOf(doc, closeTok) === 'close' && /^[,?!]$/.test(doc.tokens[close - 1]!.text) && close < toks[toks.length - 1]!.i - 1) endChar = doc.tokens[close - 1]!.end;
    // 'He said: “A.”¶“B.”': wholly quoted paragraphs after it go on with the quotation.
    if (closeTok.sentence >= sentence.i && sideOf(doc, closeTok) === 'close') endChar = quotedParagraphsAfter(doc, close) ?? endChar;
  }
  if (!opened) {
    const { cut, phrase } = clauseEnd(doc, toks, a, stop);
    if (cut < stop) endChar = toks[cut - 1]!.end;
    // "praised Ortiz at a rally": the object of the cue may be one word.
    if (phrase) return contentSpan(doc, first.start, endChar, 1);
    // 'said that “ethanol people” “do a fantastic job. And …”': a quotation opened inside the
    // content and still open at the sentence end runs on to its close.
    const open = cut === stop && stop === toks.length ? unclosedQuote(doc, toks, a) : null;
    if (open) {
      const close = quoteEndAfter(doc, open.i);
      const closeTok = doc.tokens[close]!;
      if (closeTok.sentence > sentence.i) endChar = sideOf(doc, closeTok) === 'close' ? doc.tokens[close - 1]!.end : closeTok.end;
    }
  }
  return contentSpan(doc, first.start, endChar);
}

/** The last quote mark opened from token a on and not closed in the sentence, or null. */
function unclosedQuote(doc: Document, toks: readonly Token[], a: number): Token | null {
  let open: Token | null = null;
  for (let j = a; j < toks.length; j++) {
    const side = sideOf(doc, toks[j]!);
    if (side === 'open') open = toks[j]!;
    else if (side === 'close') open = null;
  }
  return open;
}

/** Content ending before sentence token `e` (exclusive): back to the sentence start or the quote's opening. */
export function contentBefore(doc: Document, sentence: Sentence, e: number): Span | null {
  const toks = sentence.tokens;
  // "“A. B?” Clinton said.": the quotation is the sentence before.
  if (e <= 0) {
    const prev = doc.tokens[toks[0]!.i - 1];
    // A quotation in the paragraph before is not credited by this sentence.
    if (!prev || !closesQuote(doc, prev) || paragraphBreakBefore(doc, toks[0]!.i)) return null;
    // "''Q?'' Mrs. Clinton said.": a doubled apostrophe closes as one mark, its first half.
    const open = openingQuoteBefore(doc, sideOf(doc, prev) === 'close' ? prev.i : prev.i - 1);
    return open >= 0 ? contentSpan(doc, doc.tokens[open]!.start, prev.end) : null;
  }
  let startChar = toks[0]!.start + datelineLength(sentence.text);
  // The last closing mark before the source: its quotation may have opened sentences earlier.
  for (let j = e - 1; j >= Math.max(0, e - 3); j--) {
    if (sideOf(doc, toks[j]!) !== 'close') continue;
    const hasOpenHere = toks.slice(0, j).some((t) => sideOf(doc, t) === 'open');
    const open = openingQuoteBefore(doc, toks[j]!.i);
    if (!hasOpenHere) {
      if (open >= 0) startChar = doc.tokens[open]!.start;
    } else if (open > toks[0]!.i && doc.tokens[open - 1]!.norm === ':') {
      // 'In her speech she was blunt: “Vote,” Ruiz said.': the reporter's lead-in before a colon is no part of the quotation.
      startChar = doc.tokens[open]!.start;
    }
    break;
  }
  return contentSpan(doc, startChar, toks[e - 1]!.end);
}

/**
 * "BRUSSELS (Reuters) - ", "KYIV, Ukraine — ": a dateline opening the lead sentence is the wire's, not part of
 * what the source said. The city in capitals, an optional region, date or agency, then a dash.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]{1,30}(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+){0,2})?(?:,?\s+\p{L}{3,9}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*(?:—|–|--?)\s+/u;

export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
