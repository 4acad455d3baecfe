/**
 * A quotation that goes on in the paragraphs after its credit: "“A,” Ruiz said.¶“B.”¶“C.”". News
 * writers credit a long quotation once; each paragraph after it that is one quotation with no credit
 * of its own continues the same speaker, and PolNeAR marks the whole run as one content. The walk
 * stops at the first paragraph that is not wholly quoted, and after a few paragraphs.
 */
import type { Document } from '../doc/document.js';
import { paragraphBreakBefore, quoteEndAfter, sideOf } from '../cues/quotes.js';

const MAX_PARAGRAPHS = 4;
const LETTER = /[\p{L}\p{N}]/u;

/** Does only punctuation follow token i in its paragraph? */
function endsParagraph(doc: Document, i: number): boolean {
  for (let k = i + 1; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (paragraphBreakBefore(doc, k)) return true;
    if (LETTER.test(t.text) || sideOf(doc, t) === 'open') return false;
  }
  return true;
}

/** The first token of the paragraph after the one that token i ends, or -1. */
function nextParagraph(doc: Document, i: number): number {
  if (!endsParagraph(doc, i)) return -1;
  for (let k = i + 1; k < doc.tokens.length; k++) if (paragraphBreakBefore(doc, k)) return k;
  return -1;
}

/**
 * The end (a character offset, before the closing mark) of the wholly quoted paragraphs that follow
 * the paragraph ending at token `last` (a doc token index), or null when none follows.
 */
export function quotedParagraphsAfter(doc: Document, last: number): number | null {
  let end: number | null = null;
  let i = last;
  for (let n = 0; n < MAX_PARAGRAPHS; n++) {
    const open = nextParagraph(doc, i);
    if (open < 0 || sideOf(doc, doc.tokens[open]!) !== 'open') break;
    const close = quoteEndAfter(doc, open);
    const closeTok = doc.tokens[close]!;
    // The quotation must fill its paragraph: a credit after it ("“B,” she added.") makes it a claim of its own.
    if (sideOf(doc, closeTok) !== 'close' || close === open + 1) break;
    if (!endsParagraph(doc, close)) break;
    end = doc.tokens[close - 1]!.end;
    i = close;
  }
  return end;
}
