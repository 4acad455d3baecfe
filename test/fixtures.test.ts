// Scores every fixture against its gold and fails when a measure falls under its floor in
// fixtures/floors.json. Floors only go up: raise them when the rules improve.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFixtures, loadFixtures } from '../src/eval/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const floors = JSON.parse(readFileSync(join(dir, 'floors.json'), 'utf8')) as Record<string, { precision: number; recall: number }>;

describe('fixtures', () => {
  it('has the reference article and at least five articles of our own, all with valid gold', () => {
    const fixtures = loadFixtures(dir);
    const articles = fixtures.filter((f) => f.annotated.size === 5);
    expect(articles.map((f) => f.slug)).toContain('reference-article');
    expect(articles.length).toBeGreaterThanOrEqual(6);
    for (const f of articles) {
      for (const kind of ['entities', 'dates', 'deadlines', 'stances', 'claims'] as const) {
        expect(f.gold[kind].length, `${f.slug} has gold ${kind}`).toBeGreaterThan(0);
      }
    }
  });

  const report = evaluateFixtures(dir);
  for (const [measure, floor] of Object.entries(floors)) {
    it(`${measure}: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => {
      const s = report.total[measure];
      expect(s, `measure ${measure} was scored`).toBeDefined();
      expect(s!.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(s!.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
