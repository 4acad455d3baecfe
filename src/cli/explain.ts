/**
 * `--explain`: per record, the rule that made it and the candidates it beat, read from the
 * library's rule trace. A candidate "beaten" by a record is one emitted by a rule of the same kind,
 * overlapping the record's span, that did not itself become a record.
 */
import type { Extraction, TraceEvent } from '../index.js';

interface Candidate {
  rule: string;
  start: number;
  end: number;
  text: string;
}

export interface Explanation {
  rule: string;
  confidence: number;
  beat: Candidate[];
}

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
    const won = new Set(records.flatMap((r) => spansOf(kind, r).map((s) => `${s.rule ?? r.rule}@${s.start}-${s.end}`)));
    const losers = emitted.filter((t) => !won.has(`${t.rule}@${t.start}-${t.end}`));
    for (const r of records) {
      const spans = spansOf(kind, r);
      const beat = losers
        .filter((t) => spans.some((s) => t.start! < s.end && s.start < t.end!))
        .map((t) => ({ rule: t.rule, start: t.start!, end: t.end!, text: text.slice(t.start!, t.end!) }));
      out[r.id] = { rule: r.rule, confidence: r.confidence, beat };
    }
  }
  return out;
}
