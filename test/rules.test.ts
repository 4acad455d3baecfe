// Every registered rule's examples, run through the real pipeline: each `match` example must make
// the rule emit a candidate containing `expect`; each `noMatch` example must get nothing from it.
// A `backlog` example is a known miss: it fails the test when it starts passing, to be promoted.
import { describe, expect, it } from 'vitest';
import { STAGES } from '../src/pipeline/stages.js';
import { candidatesOf, contains } from '../src/pipeline/tester.js';

for (const stage of STAGES) {
  for (const rule of stage.rules) {
    describe(rule.id, () => {
      for (const ex of rule.examples.match) {
        it(`${ex.backlog ? '(backlog) ' : ''}matches: ${ex.text.slice(0, 80)}`, () => {
          const got = candidatesOf(rule, ex.text, ex.date);
          const ok = got.some((c) => contains(c, ex.expect ?? {}));
          if (ex.backlog) expect(ok, 'backlog example now passes: promote it').toBe(false);
          else expect(ok, `emitted: ${JSON.stringify(got.map(strip))}`).toBe(true);
        });
      }
      for (const ex of rule.examples.noMatch) {
        const text = typeof ex === 'string' ? ex : ex.text;
        const date = typeof ex === 'string' ? undefined : ex.date;
        it(`does not match: ${text.slice(0, 80)}`, () => {
          expect(candidatesOf(rule, text, date).map(strip)).toEqual([]);
        });
      }
    });
  }
}

function strip(c: Record<string, unknown>): Record<string, unknown> {
  const { evidence: _e, rule: _r, ...rest } = c;
  return rest;
}

describe('pipeline', () => {
  it('has rules for every record kind', () => {
    for (const stage of STAGES) expect(stage.rules.length, stage.kind).toBeGreaterThan(0);
  });
});
