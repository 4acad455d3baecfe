// Stances whose verb acts on no one, or whose holder is only a place (session 15b probing). Invented sentences.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Extraction } from '../src/index.js';

const extractor = createExtractor();
const nameOf = (out: Extraction, id: string | null) => out.entities.find((e) => e.id === id)?.name ?? null;
/** Each stance as "Holder -> Target polarity kind", the target named by its entity or its text. */
const summary = (text: string) => {
  const out = extractor.extract(text);
  return out.stances.map((s) => `${nameOf(out, s.holder) ?? s.holderText} -> ${nameOf(out, s.target) ?? s.targetText} ${s.polarity} ${s.kind}`);
};

describe('stances: orders are demands', () => {
  it('"ordered X to do Y" is a demand on X, not an attack', () => {
    // Before: kind "attack".
    const out = summary('Judge Elena Varga ordered the Interior Ministry to release the detained reporters.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^Elena Varga -> .* oppose demand$/);
  });

  it('a place in the prepositional phrase of "a judge in X" holds no stance', () => {
    // Before: "Ohio" held the order.
    expect(summary('A federal judge in Ohio ordered the Labor Department to reinstate the inspectors.')).toEqual([]);
    // A named person heads the phrase as before.
    expect(summary('Judge Omar Reyes of Ohio ordered the Labor Department to reinstate the inspectors.')[0]).toMatch(/^Omar Reyes -> .* demand$/);
  });
});

describe('stances: verbs that act on no one in this frame', () => {
  it('a labour strike has no target', () => {
    // Before: attack stances toward "on Feb" and "for".
    expect(summary('The Teamsters said they would strike on Feb. 14 unless Fedway reopened talks.')).toEqual([]);
    expect(summary('Nurses at Kingsbridge Hospital will strike for 48 hours next week.')).toEqual([]);
    // A military strike takes an object.
    expect(summary('Israel struck a fuel depot in Lebanon overnight.')).toEqual(['Israel -> Lebanon oppose attack']);
  });

  it('closing one\'s own plants is no sanction on the place; closing an embassy is', () => {
    expect(summary('Ford closed its factory in Brazil in 2021.')).toEqual([]);
    expect(summary('Volvo will close two plants in Belgium next year.')).toEqual([]);
    expect(summary('Germany closed its embassy in Kabul.')).toEqual(['Germany -> Kabul oppose sanction']);
  });

  it('conceding a fact is a claim, not a concession toward anyone', () => {
    // Before: a support stance toward the clause 'the defeat was "painful'.
    expect(summary('Party leader Jan Keller conceded the defeat was "painful" but vowed to rebuild.')).toEqual([]);
  });
});
