import type { Extraction } from '../../src/index.js';

const span = (s: { start: number; end: number } | null) => (s ? { start: s.start, end: s.end } : null);

export function claims(out: Extraction, doc: { id: string }) {
  return {
    id: doc.id,
    attributions: out.claims.map((c) => ({ source: span(c.sourceSpan), cue: span(c.cue), content: span(c.content), rule: c.rule, cueClass: c.cueClass })),
  };
}
