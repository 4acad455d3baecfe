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
    expect(summary('Party leader Jan Keller conceded the defeat was "painful".')).toEqual([]);
  });
});

describe('stances: the holder of a participle after a subordinate clause', () => {
  it('", accusing X" after "after talks with Y broke down" is the main subject\'s', () => {
    // Before: holder Norlink (the subject of "broke down"), which it then accused itself.
    const out = summary('The Transit Workers Union said its members would walk out after talks with Norlink broke down, accusing the company of "stonewalling" on pay.');
    expect(out).toEqual(['Transit Workers Union -> the company oppose accuse']);
  });
});

describe('stances: reduced passive asides', () => {
  it('"X, accused by Y of Z," makes Y oppose X, the charge no part of Y', () => {
    // Before: no stance (the aside has no subject of its own).
    const out = extractor.extract('Opposition leader Pavel Novak, accused by Prime Minister Ivan Horak of treason, fled to Vienna on Monday.');
    expect(out.stances.map((s) => [s.holderText, nameOf(out, s.target), s.kind])).toEqual([['Prime Minister Ivan Horak', 'Pavel Novak', 'accuse']]);
    expect(summary('Hungary, criticised by Brussels for its stance on the sanctions, vetoed the package.')).toContain('Brussels -> Hungary oppose criticise');
  });

  it('an aside on a later noun is not the subject\'s', () => {
    expect(summary('Norway has apologized to Sweden for one of its patrol boats stopping a Swedish trawler in the fjord, disputed by Norway and Finland.').filter((s) => s.includes('oppose'))).toEqual([]);
  });
});

describe('stances: named rights and own-effort vows', () => {
  it('"the right to protest" is no protest', () => {
    // Before: Veltra opposed "but would not abandon …" (cue "protest").
    expect(summary('Veltra Energy said it respected the right to protest but would not abandon the project.')).toEqual([]);
  });

  it('a vow of one\'s own effort threatens no one; a vow to undo something is kept', () => {
    // Before: a threaten stance toward "to rebuild".
    expect(summary('Party leader Jan Keller vowed to rebuild after the defeat.')).toEqual([]);
    expect(summary('President Ana Soto has vowed to repeal the fuel tax.')).toEqual(['Ana Soto -> to repeal the fuel tax oppose threaten']);
  });
});

describe('stances: acts that need a party', () => {
  it('selling one\'s own property to no one named is no aid', () => {
    // Before: an aid stance of Rui Costa toward "his flats".
    expect(summary('One of the landlords, Rui Costa, told reporters he would sell his flats.')).toEqual([]);
  });
});

describe('stances: a warning conditioned on a party', () => {
  it('"warned that X would follow unless Y …" is a warning to Y; a bare prediction stays none', () => {
    // Before: no stance (a warning with a clause object was always read as a prediction).
    expect(summary('Union leader Mick Doyle warned that further walkouts would follow unless Norlink improved its offer.')).toEqual(['Mick Doyle -> Norlink oppose warn']);
    expect(summary('The central bank of Chile warned on Tuesday that household debt could rise unless rates fall.')).toEqual([]);
  });
});
