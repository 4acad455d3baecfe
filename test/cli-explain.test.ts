import { describe, expect, it } from 'vitest';
import { explain } from '../src/cli/explain.js';
import { createExtractor } from '../src/pipeline/run.js';
import { ExtractionSchema } from '../src/schema/result.js';
import { sampleDoc, SAMPLE_TEXT } from './report-sample.js';

describe('--explain', () => {
  it('names the winning rule, the rules that agreed on the span, and the overlapping candidates that lost', () => {
    const doc = sampleDoc();
    const at = (needle: string) => ({ start: SAMPLE_TEXT.indexOf(needle), end: SAMPLE_TEXT.indexOf(needle) + needle.length });
    const trace = [
      { rule: 'dates/duration', event: 'emitted' as const, ...at('two-week') },
      { rule: 'dates/vague', event: 'emitted' as const, ...at('two-week') }, // same span: merged
      { rule: 'dates/relative-unit', event: 'emitted' as const, ...at('two-week deadline') }, // overlaps, lost
      { rule: 'dates/weekday', event: 'emitted' as const, ...at('Friday') },
      { rule: 'claims/verb-cue', event: 'refused' as const, reason: 'bad span' },
    ];
    const x = explain(doc, trace, SAMPLE_TEXT);
    expect(x.t1).toEqual({ rule: 'dates/duration', confidence: 0.8, agreed: ['dates/vague'], beat: [{ rule: 'dates/relative-unit', ...at('two-week deadline'), text: 'two-week deadline' }] });
    expect(x.t2!.beat).toEqual([]);
    expect(Object.keys(x).sort()).toEqual(['c1', 'c2', 'dl1', 'e1', 'e2', 'e3', 's1', 't1', 't2']);
  });

  it('the library trace it reads is part of the validated output, and only when asked for', () => {
    const extractor = createExtractor();
    const text = 'The ministry said on Monday that talks with Chile would resume next week.';
    const traced = ExtractionSchema.strict().parse(extractor.extract(text, { date: '2024-03-06', trace: true }));
    const emitted = traced.trace!.filter((e) => e.event === 'emitted');
    expect(emitted.map((e) => text.slice(e.start, e.end))).toEqual(expect.arrayContaining(['Monday', 'next week', 'Chile']));
    expect(traced.trace!.every((e) => e.rule.includes('/'))).toBe(true);
    expect('trace' in extractor.extract(text, { date: '2024-03-06' })).toBe(false);
  });
});
