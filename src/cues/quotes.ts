/**
 * Quotations across sentence and paragraph boundaries. A quote may run over several sentences
 * ("“A. B,” he said.") and paragraphs (each new paragraph of the quote reopens it without closing
 * the last). Searches are bounded to a few sentences, so the cost stays linear in the text.
 */
import type { Document, Token } from '../doc/document.js';
import { quoteSide } from './words.js';

const MAX_SENTENCES = 12;

/** The side of a quote mark token; a doubled straight apostrophe ('' as some wires write it) is one mark. */
export function sideOf(doc: Document, t: Token): 'open' | 'close' | null {
  if (t.text.length !== 1) return null;
  if (t.text === "'") {
    const text = doc.text;
    if (text[t.start + 1] === "'") {
      const before = text[t.start - 1] ?? ' ';
      const after = text[t.start + 2] ?? ' ';
      return /[\s([{—–-]/.test(before) && !/\s/.test(after) ? 'open' : 'close';
    }
    return null;
  }
  return quoteSide(doc.text, t.start);
}

/** Does this token close a quotation (the second apostrophe of a doubled '' included)? */
export function closesQuote(doc: Document, t: Token | undefined): boolean {
  if (!t) return false;
  if (sideOf(doc, t) === 'close') return true;
  const prev = doc.tokens[t.i - 1];
  return t.text === "'" && !!prev && prev.end === t.start && sideOf(doc, prev) === 'close';
}

/** Does token t close a quotation that ends in a comma, "?" or "!" ("“Q,” he said", "''Q,'' he said")? */
export function closesQuoteAfterComma(doc: Document, t: Token | undefined): boolean {
  if (!t || !closesQuote(doc, t)) return false;
  // A doubled apostrophe is two tokens: the mark before the comma is its first half.
  const mark = t.text === "'" && sideOf(doc, t) !== 'close' ? t.i - 1 : t.i;
  return /^[,?!]$/.test(doc.tokens[mark - 1]?.text ?? '') && !isTitle(doc, mark);
}

/** 'On Sunday’s episode of “Meet the Press,” she said': a quoted name after a preposition or a possessive, not words spoken. */
function isTitle(doc: Document, close: number): boolean {
  const open = openingQuoteBefore(doc, close);
  const before = doc.tokens[open - 1];
  if (open < 0 || !before || before.sentence !== doc.tokens[close]!.sentence || close - open > 10) return false;
  return /^(of|on|in|at|from|to|with|by|about|for)$/.test(before.norm) || before.norm === "'s" || before.norm === '’s';
}

/** Does a paragraph (a line break) start at document token i? Scans the gap without a new string. */
export function paragraphBreakBefore(doc: Document, i: number): boolean {
  const prev = doc.tokens[i - 1];
  const t = doc.tokens[i];
  if (!prev || !t) return false;
  for (let k = prev.end; k < t.start; k++) if (doc.text.charCodeAt(k) === 10) return true;
  return false;
}

/** The opening quote that a closing quote at token `close` (a doc token index) answers, or -1. */
export function openingQuoteBefore(doc: Document, close: number): number {
  const floor = doc.tokens[close]!.sentence - MAX_SENTENCES;
  const outer = !isSingle(doc.tokens[close]!);
  for (let i = close - 1; i >= 0 && doc.tokens[i]!.sentence >= floor; i--) {
    const side = sideOf(doc, doc.tokens[i]!);
    if (outer && side && isSingle(doc.tokens[i]!)) continue;
    if (side === 'open') return i;
    if (side === 'close' && !paragraphBreakBefore(doc, i + 1)) return -1;
  }
  return -1;
}

/**
 * Where the quote opened at token `open` ends: the closing mark's index, or, when a paragraph ends
 * unclosed and the next does not reopen the quote, the last token of that paragraph.
 */
export function quoteEndAfter(doc: Document, open: number): number {
  const ceiling = doc.tokens[open]!.sentence + MAX_SENTENCES;
  const outer = !isSingle(doc.tokens[open]!);
  let last = open;
  for (let i = open + 1; i < doc.tokens.length && doc.tokens[i]!.sentence <= ceiling; i++) {
    const t = doc.tokens[i]!;
    const side = sideOf(doc, t);
    if (paragraphBreakBefore(doc, i) && side !== 'open') return last;
    // “He told me, ‘Wait here,’ and left”: a single-mark quotation nested in a double one, and a
    // plural possessive (“the voters’ anger”), never close the outer quotation.
    if (outer && side && isSingle(t)) {
      last = i;
      continue;
    }
    if (side === 'close') return i;
    if (side === 'open' && !paragraphBreakBefore(doc, i)) return last;
    last = i;
  }
  return last;
}

/** Is this quote mark a single one (‘ ’), not a double one (“ ” " '')? */
function isSingle(t: Token): boolean {
  return t.text === '‘' || t.text === '’';
}

/** Is sentence token k inside a quotation opened and closed within the same sentence (a title, a phrase)? */
export function insideInlineQuote(doc: Document, toks: readonly Token[], k: number): boolean {
  let open = -1;
  for (let j = 0; j < k; j++) {
    const s = sideOf(doc, toks[j]!);
    if (s === 'open') open = j;
    else if (s === 'close') open = -1;
  }
  if (open < 0) return false;
  for (let j = k + 1; j < toks.length; j++) if (sideOf(doc, toks[j]!) === 'close') return true;
  return false;
}
