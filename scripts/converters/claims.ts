import type { Extraction } from '../../src/index.js';

const span = (s: { start: number; end: number } | null) => (s ? { start: s.start, end: s.end } : null);

export function claims(out: Extraction, doc: { id: string }) {
  return {
    id: doc.id,
    // An interrupted content ("“A,” she said, “B.”") is scored on its parts, as the scorer reads PolNeAR's discontinuous spans.
    attributions: out.claims.map((c) => ({
      source: span(c.sourceSpan),
      cue: span(c.cue),
      content: c.contentParts ? { ...span(c.content), parts: c.contentParts.map((p) => [p.start, p.end]) } : span(c.content),
      rule: c.rule,
      cueClass: c.cueClass,
    })),
  };
}
