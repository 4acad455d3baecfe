// eslint's checkRuleFiles for our rules: every file in <kind>/rules/ is registered in its kind's
// index, ids are unique and equal their paths, every rule has examples of both sorts, no duplicates.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../src/pipeline/stages.js';

const src = join(import.meta.dirname, '..', 'src');

describe('rule registry', () => {
  const all = STAGES.flatMap((s) => s.rules);

  it('ids are unique', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const stage of STAGES) {
    it(`${stage.kind}: every rule file is registered, under its own path`, () => {
      const dir = join(src, stage.kind, 'rules');
      const files = (existsSync(dir) ? readdirSync(dir) : [])
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => `${stage.kind}/${f.replace(/\.ts$/, '')}`)
        .sort();
      const ids = stage.rules.map((r) => r.id).sort();
      expect(ids).toEqual(files);
      for (const r of stage.rules) expect(r.kind).toBe(stage.kind);
    });
  }

  for (const rule of all) {
    it(`${rule.id} is documented by examples`, () => {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.examples.match.filter((e) => !e.backlog).length).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length).toBeGreaterThan(0);
      const texts = [...rule.examples.match.map((e) => e.text), ...rule.examples.noMatch.map((e) => (typeof e === 'string' ? e : e.text))];
      expect(new Set(texts).size).toBe(texts.length);
      expect(rule.confidence).toBeGreaterThan(0);
      expect(rule.confidence).toBeLessThanOrEqual(1);
    });
  }
});
