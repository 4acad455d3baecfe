import type { Extraction } from '../../src/index.js';

export function temporal(out: Extraction, doc: { id: string }) {
  return { id: doc.id, timexes: out.dates.map((d) => ({ start: d.start, end: d.end, type: d.type, value: d.value })) };
}
