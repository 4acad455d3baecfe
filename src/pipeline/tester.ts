/**
 * Our RuleTester: runs one rule on an example through the real pipeline (the earlier stages run in
 * full, so the rule sees real entities and dates) and returns what that rule alone emitted.
 */
import { buildDocument } from '../doc/document.js';
import { ExtractorConfigSchema } from '../schema/options.js';
import type { Extraction } from '../schema/result.js';
import type { Rule, Stamped } from './rule.js';
import { runRule } from './run.js';
import { ID_PREFIX, STAGES } from './stages.js';

export function candidatesOf(rule: Rule<any, any>, text: string, date?: string): Stamped<Record<string, unknown>>[] {
  const config = ExtractorConfigSchema.parse({});
  const doc = buildDocument(text, { date: date ?? null });
  const records: Partial<Extraction> = {};
  for (const stage of STAGES) {
    const base = { doc, data: stage.prepare(config), records };
    if (stage.kind === rule.kind) {
      const out: Stamped<unknown>[] = [];
      runRule(rule, base, out, null);
      return out as Stamped<Record<string, unknown>>[];
    }
    const candidates: Stamped<unknown>[] = [];
    for (const r of stage.rules) runRule(r, base, candidates, null);
    const resolved = stage.resolve(candidates, base) as Record<string, unknown>[];
    (records as Record<string, unknown>)[stage.kind] = resolved.map((r, i) => ({ id: `${ID_PREFIX[stage.kind]}${i + 1}`, ...r }));
  }
  throw new Error(`no stage for rule ${rule.id}`);
}

/**
 * True when `actual` contains `expected`: objects compare key by key (extra keys allowed), a string
 * expected where a span is found compares with the span's text, arrays must contain each expected item.
 */
export function contains(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') {
    if (typeof expected === 'string' && actual && typeof actual === 'object' && 'text' in actual) {
      return (actual as { text: unknown }).text === expected;
    }
    return Object.is(actual, expected);
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((e) => actual.some((a) => contains(a, e)));
  }
  if (!actual || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v));
}
