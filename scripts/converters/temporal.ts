import type { Extraction } from '../../src/index.js';

// `rule` is ignored by the scorer; it lets an error breakdown group predictions by the rule that made them.
export function temporal(out: Extraction, doc: { id: string }) {
  return { id: doc.id, timexes: out.dates.map((d) => ({ start: d.start, end: d.end, type: d.type, value: d.value, rule: d.rule })) };
}
