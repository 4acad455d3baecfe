import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
// compromise's own bulkMatch, by file path (its package exports do not expose it), to compare with ours.
// @ts-expect-error untyped internal module
import original from '../node_modules/compromise/src/1-one/sweep/methods/sweep/index.js';
import { installedBulkMatch } from '../src/doc/nlp.js';
import { createBulkMatch, type Net, type TagSet } from '../src/doc/sweep.js';

const bulkMatch = createBulkMatch((nlp.world() as any).model.one.tagSet as TagSet);

const PROSE = [
  'The finance minister, who took office in March, said on Tuesday that the government would not raise fuel prices before the budget.',
  '“We have been very clear,” she told reporters in Nairobi, adding that talks with the IMF were going well and that a deal could be signed by June 30.',
  'Protesters gathered outside parliament, chanting and waving flags, while police in riot gear watched from across the road.',
  'Shares of Acme Corp. fell 4.5 percent after the company warned that sales had slowed, and analysts at Goldman Sachs cut their forecasts.',
  'He said he was not going to resign. But opposition leaders, citing the report, demanded an inquiry and gave him until Friday to answer.',
  'Ms. Okafor, 52, was born in Lagos and studied law in London before joining the ministry; she has led the delegation since 2019.',
];

type Pair = { ours: Record<string, unknown>[]; theirs: Record<string, unknown>[] };

/**
 * Tags `text` with a recorder in place of bulkMatch: at each post-tagger sweep it runs both ours and
 * compromise's on the same pieces (sentences split at commas, pre-tagged), keeps both results, and
 * returns ours so that tagging goes on as in production.
 */
function sweepBoth(text: string, opts: { matchOne?: boolean } = {}, alter = (net: Net) => net): Pair[] {
  const pairs: Pair[] = [];
  const recorder = (document: unknown[][], real: Net, methods: any) => {
    const net = alter(real);
    const ours = bulkMatch(document, net, methods, opts);
    // copied now: compromise strips the pointers from what we return once tagging is done
    pairs.push(structuredClone({ ours, theirs: original(document, net, methods, opts) }));
    return ours;
  };
  nlp.plugin({ methods: { one: { bulkMatch: recorder } } } as any);
  try {
    nlp(text);
  } finally {
    nlp.plugin({ methods: { one: { bulkMatch: installedBulkMatch } } } as any);
  }
  return pairs;
}

const summary = (found: Record<string, unknown>[]) => found.map((f) => `${String(f.match)}@${(f.pointer as number[]).join(',')}`);

describe('doc/sweep bulkMatch', () => {
  it('is installed over compromise’s own method', () => {
    expect(installedBulkMatch).not.toBeNull();
    expect((nlp.world() as any).methods.one.bulkMatch).toBe(installedBulkMatch);
  });

  it('tries the same patterns in the same order and finds the same matches as compromise', () => {
    let total = 0;
    for (const text of [...PROSE, PROSE.join(' ')]) {
      const pairs = sweepBoth(text);
      expect(pairs.length).toBeGreaterThan(0);
      for (const { ours, theirs } of pairs) {
        expect(summary(ours)).toEqual(summary(theirs));
        expect(ours).toEqual(theirs);
        total += ours.length;
      }
    }
    expect(total).toBeGreaterThan(20); // the prose does exercise the patterns
  });

  it('falls back to compromise’s plain walk when two patterns share a match string', () => {
    // a copy of a pattern that does match, filed under another hook: compromise keeps only the first
    // one it meets (the trigger index would keep both and tag twice)
    let compared = 0;
    for (const text of PROSE) {
      const hit = new Set(sweepBoth(text).flatMap((p) => p.theirs.map((f) => String(f.match))));
      const withCopy = (net: Net): Net => {
        const key = Object.keys(net.hooks).find((k) => net.hooks[k]!.some((m) => hit.has(m.match)))!;
        const m = net.hooks[key]!.find((x) => hit.has(x.match))!;
        const other = Object.keys(net.hooks).find((k) => k !== key && !m.needs.includes(k) && k.startsWith('#'))!;
        return { hooks: { ...net.hooks, [other]: [{ ...m, needs: [...m.needs] }, ...net.hooks[other]!] }, always: net.always };
      };
      for (const { ours, theirs } of sweepBoth(text, {}, withCopy)) {
        expect(summary(ours)).toEqual(summary(theirs));
        compared += theirs.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('stops at the first match with matchOne, as compromise does', () => {
    const [pair] = sweepBoth(PROSE[3]!, { matchOne: true });
    expect(pair!.ours).toHaveLength(1);
    expect(summary(pair!.ours)).toEqual(summary(pair!.theirs));
  });
});
