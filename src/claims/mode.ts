/** A claim's mode (direct, indirect, mixed) and whether its content hedges. */
import type { Document } from '../doc/document.js';
import type { Span } from '../schema/span.js';
import { HEDGES } from '../cues/words.js';

export function hasVerb(doc: Document, content: Span): boolean {
  const first = doc.tokenAt(content.start);
  if (!first) return false;
  for (let i = first.i; i < Math.min(doc.tokens.length, first.i + 10) && doc.tokens[i]!.start < content.end; i++) {
    if (doc.tokens[i]!.tags.includes('Verb')) return true;
  }
  return false;
}

const SUBORDINATE = new Set(['what', 'which', 'who', 'whom', 'whose', 'where', 'if', 'because', 'unless', 'until', 'although', 'though', 'whether']);

export function hedgedText(doc: Document, content: Span): boolean {
  const first = doc.tokenAt(content.start);
  const last = doc.tokenAt(content.end - 1);
  if (!first || !last) return false;
  for (let i = first.i; i <= last.i; i++) {
    const t = doc.tokens[i]!;
    // "it gave the state power over what families could read": a modal in a clause inside the content hedges that clause, not the claim.
    if (i > first.i && SUBORDINATE.has(t.norm)) return false;
    if (HEDGES.has(t.norm) && !t.tags.includes('Date')) return true;
  }
  return false;
}

export function modeOf(doc: Document, content: Span): 'direct' | 'indirect' | 'mixed' {
  const before = doc.text.slice(Math.max(0, content.start - 2), content.start);
  const after = doc.text.slice(content.end, content.end + 3);
  if (/["“‘']\s*$/.test(before) && /^[\s,.!?]*["”’']/.test(after)) return 'direct';
  return /["“”]/.test(content.text) ? 'mixed' : 'indirect';
}
