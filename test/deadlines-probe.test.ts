// Deadline forms found by probing with invented articles: each case is a general news construction,
// written for this test, with the parties, times and spans a careful reader would mark.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/pipeline/run.js';
import type { Extraction } from '../src/schema/result.js';

const extractor = createExtractor();
const run = (text: string, date = '2026-03-10') => extractor.extract(text, { date });
const nameOf = (out: Extraction, id: string | null) => out.entities.find((e) => e.id === id)?.name ?? null;
const only = (out: Extraction) => {
  expect(out.deadlines).toHaveLength(1);
  return out.deadlines[0]!;
};

describe('parties of a coordinated ultimatum verb', () => {
  it('the subject of the first verb issues, and "it" is its object', () => {
    const out = run('Opposition leader Anna Weber accused the Austrian government of "reckless spending" and gave it until the end of the month to publish a full costing, or face a no-confidence motion.');
    const d = only(out);
    expect(nameOf(out, d.issuer)).toBe('Anna Weber');
    expect(nameOf(out, d.target)).toBe('Austria');
    expect(d.due).toBe('2026-03-31');
    expect(d.consequence?.text).toBe('face a no-confidence motion');
  });
  it('"them" after a coordinated verb is the object of the first verb', () => {
    const out = run('The league charged Rovers with misconduct and gave them until Thursday to respond.');
    expect(nameOf(out, only(out).target)).toBe('Rovers');
  });
});
