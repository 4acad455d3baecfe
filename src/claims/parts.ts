/**
 * The pieces of a content that its own attribution interrupts: "“We are ready,” she said, “and we
 * will not wait.”" has one content from the first quoted word to the last, and two parts that leave
 * out ", she said,". A content the cue and source stand outside of has no parts (null).
 */
import type { Document } from '../doc/document.js';
import type { Span } from '../schema/span.js';

/** Quote marks, commas, dashes and spaces at the edge of a part are the interruption's, not the content's. */
const EDGE = /[\s"“”‘’'«»,;:—–-]/u;
/** A part may also open with the full stop that closed the credit ("…,” Ruiz said. “B …”). */
const LEAD = /[\s"“”‘’'«»,;:—–.!?-]/u;

export function contentParts(doc: Document, content: Span, cue: Span, source: Span | null): Span[] | null {
  if (!(content.start <= cue.start && cue.end <= content.end)) return null;
  let from = cue.start;
  let to = cue.end;
  if (source && content.start <= source.start && source.end <= content.end) {
    from = Math.min(from, source.start);
    to = Math.max(to, source.end);
  }
  const parts = [piece(doc, content.start, from), piece(doc, to, content.end)].filter((p): p is Span => p !== null);
  return parts.length ? parts : null;
}

function piece(doc: Document, start: number, end: number): Span | null {
  const text = doc.text;
  while (start < end && LEAD.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  return end > start ? doc.span(start, end) : null;
}
