/**
 * `--explain`: per record, the rule that made it, the other rules that found the same span (merged
 * into it), and the candidates it beat, read from the library's rule trace. A candidate is beaten
 * when it overlaps the record's span without matching the span of any record of its kind.
 */
import type { Explanation, Extraction, TraceEvent } from '../index.js';

interface Candidate {
  rule: string;
  start: number;
  end: number;
  text: string;
}

export type { Explanation };

type Rec = { id: string; rule: string; confidence: number };

/** The spans a record is known by: mentions for entities, the expression for dates, the cue otherwise. */
function spansOf(kind: string, r: Record<string, unknown>): { start: number; end: number; rule?: string }[] {
  if (kind === 'entities') return r.mentions as { start: number; end: number; rule?: string }[];
  if (kind === 'dates') return [r as { start: number; end: number }];
  return [r.cue as { start: number; end: number }];
}

export function explain(doc: Extraction, trace: readonly TraceEvent[], text: string): Record<string, Explanation> {
  const out: Record<string, Explanation> = {};
  const kinds = ['entities', 'dates', 'deadlines', 'stances', 'claims'] as const;
  for (const kind of kinds) {
    const records = doc[kind] as unknown as (Rec & Record<string, unknown>)[];
    const emitted = trace.filter((t) => t.event === 'emitted' && t.rule.startsWith(`${kind}/`) && t.start !== undefined && t.end !== undefined);
    const kept = new Set(records.flatMap((r) => spansOf(kind, r).map((s) => `${s.start}-${s.end}`)));
    for (const r of records) {
      const spans = spansOf(kind, r);
      const mine = new Set(spans.map((s) => `${s.start}-${s.end}`));
      const touching = emitted.filter((t) => spans.some((s) => t.start! < s.end && s.start < t.end!));
      const agreed = [...new Set(touching.filter((t) => mine.has(`${t.start}-${t.end}`) && t.rule !== r.rule).map((t) => t.rule))];
      const beat = touching
        .filter((t) => !kept.has(`${t.start}-${t.end}`))
        .map((t) => ({ rule: t.rule, start: t.start!, end: t.end!, text: text.slice(t.start!, t.end!) }));
      out[r.id] = { rule: r.rule, confidence: r.confidence, agreed, beat };
    }
  }
  return out;
}
