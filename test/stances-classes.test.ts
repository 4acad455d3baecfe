// Stance error classes, each on sentences written for this test: refusals to speak, ultimatums
// that are no aid, material cooperation needing an actor, the head of a holder phrase, listed
// names, and cues that were missed (verdicts, denials, commitment, urging).
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Extraction } from '../src/index.js';

const extractor = createExtractor();
const nameOf = (out: Extraction, id: string | null) => out.entities.find((e) => e.id === id)?.name ?? null;
/** Each stance as "Holder -> Target polarity kind [cue]". */
const summary = (text: string) => {
  const out = extractor.extract(text);
  return out.stances.map((s) => `${nameOf(out, s.holder)} -> ${nameOf(out, s.target) ?? s.targetText} ${s.polarity} ${s.kind} [${s.cue.text}]`);
};

describe('refusing to speak is neutral; refusing a demand is not', () => {
  it('"refused to comment on" is a neutral refrain, not a rejection', () => {
    expect(summary('Siemens refused to comment on the tender.')).toEqual(['Siemens -> the tender neutral refrain [refused to comment]']);
  });
  it('"declined to say whether" and "has not commented publicly"', () => {
    expect(summary('Angela Ruiz declined to say whether the offer was final.')).toEqual([
      'Angela Ruiz -> whether the offer was final neutral refrain [declined to say]',
    ]);
    const s = summary('Peru’s prime minister, Rosa Quispe, has not commented publicly on the strike.');
    expect(s).toEqual(['Rosa Quispe -> the strike neutral refrain [has not commented publicly]']);
  });
  it('refusing a demand stays oppose', () => {
    expect(summary('Portugal refused the Spanish demand.')).toEqual([expect.stringMatching(/^Portugal -> .* oppose reject \[refused\]$/)]);
  });
});

describe('the head of a holder phrase', () => {
  it('a party name modifying "leader" or "spokesman" is not the holder', () => {
    expect(summary('Green Party spokesman Rolf Berger called for a new inquiry.')).toEqual(['Rolf Berger -> a new inquiry support call-for [called for]']);
    expect(summary('Rolf Berger, the Green Party spokesman, called for a new inquiry.')).toEqual(['Rolf Berger -> a new inquiry support call-for [called for]']);
  });
  it('"the Ministry of Agriculture, Forestry and Fisheries" is one holder, not three parties', () => {
    const s = summary('The Ministry of Agriculture, Forestry and Fisheries met with Thailand on Friday.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatch(/-> Thailand support meet \[met with\]$/);
  });
});
