// Failures found in session 15b by probing with invented articles: quoted coordination, participle asides,
// datelines before "according to", telling credits after a clause, compound hearers, accounting "reports",
// and anonymity requests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';

const extractor = createExtractor();
const claims = (text: string) => extractor.extract(text).claims;
const byCue = (text: string, cue: string) => claims(text).filter((c) => c.cue.text === cue);

describe('claims: content bounds (session 15b)', () => {
  it('a verb coordinated inside the quoted words starts no new cue', () => {
    const [c] = byCue('Judge Ana Ortiz wrote in a ruling that the agency "moved fast and asked questions later."', 'wrote in a ruling');
    expect(c?.content.text).toBe('the agency "moved fast and asked questions later."');
  });

  it('a participle aside inside the content is no credit', () => {
    const text = 'The students had sued in May, arguing the fees, announced April 2, would drive them out.';
    expect(byCue(text, 'arguing')[0]?.content.text).toBe('the fees, announced April 2, would drive them out');
    expect(byCue(text, 'announced')).toHaveLength(0);
  });

  it('a dateline is not part of an according-to content', () => {
    const [c] = byCue('LISBON — The governing party lost its majority on Sunday, according to early returns.', 'according to');
    expect(c?.content.text).toBe('The governing party lost its majority on Sunday');
  });

  it('"C, two party officials told Reuters" credits the whole clause, whose inner content stops before the credit', () => {
    const text = 'Some backbenchers privately fear the government will not last the winter, two party officials told Reuters.';
    const told = byCue(text, 'told')[0];
    expect(told?.sourceText).toBe('two party officials');
    expect(told?.content.text).toBe('Some backbenchers privately fear the government will not last the winter');
    expect(claims(text).find((c) => c.cue.text.includes('fear'))?.content.text).toBe('the government will not last the winter');
  });

  it('a compound hearer ("told an earnings briefing that") stays out of the content', () => {
    const found = claims('Chief Financial Officer Mara Lind told an earnings briefing that costs would rise.');
    expect(found).toHaveLength(1);
    expect(found[0]?.content.text).toBe('costs would rise');
  });
});

describe('claims: verbs that credit nobody (session 15b)', () => {
  it('reporting results or earnings is accounting, not attribution', () => {
    const found = claims('The retailer, which reports quarterly earnings next week, expects sales to fall.');
    expect(found.map((c) => c.cue.text)).toEqual(['expects']);
  });

  it('a cue verb form heading a compound object ("publishes demand forecasts") is a noun', () => {
    const found = claims('The grid operator publishes demand forecasts every hour. Officials said demand shows no sign of easing.');
    expect(found.map((c) => c.cue.text)).toEqual(['said']);
  });

  it('a request for anonymity ("who asked that her name not be used") reports nothing', () => {
    const found = claims('"They came at night," said one woman, who asked that her name not be used for fear of reprisals.');
    expect(found.map((c) => c.cue.text)).toEqual(['said']);
  });
});

describe('claims: dashes inside the content', () => {
  it('an en dash written close joins a compound or a range; spaced, it opens an aside', () => {
    const [c] = byCue('Chile has expressed concern over the warming in Peru–Bolivia ties. Santiago has long been wary.', 'has expressed concern over');
    expect(c?.content.text).toBe('the warming in Peru–Bolivia ties');
    const [d] = byCue('The coach said the 2024–2025 season had been the club’s worst.', 'said');
    expect(d?.content.text).toBe('the 2024–2025 season had been the club’s worst');
  });
});
