// Entity bugs found by probing with invented news articles (wave 2): each case is a general construction.
import { describe, expect, it } from 'vitest';
import { extract, type Entity } from '../src/index.js';

const entities = (text: string): Entity[] => extract(text).entities;
const byName = (list: Entity[], name: string): Entity | undefined => list.find((e) => e.name === name);
const mentionTexts = (list: Entity[]): string[] => list.flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text));

describe('sentence openers', () => {
  it('reads an opening common noun before a plural noun as no name', () => {
    const list = entities('Industry analysts said the fine was small. Court filings show the utility cut maintenance. Health officials said three people died.');
    expect(mentionTexts(list)).not.toContain('Industry');
    expect(mentionTexts(list)).not.toContain('Court');
    expect(mentionTexts(list)).not.toContain('Health');
  });

  it('keeps a descriptor out of the organisation it describes', () => {
    const list = entities('Pension fund Orvik Capital, which holds a 6 percent stake, called for the board to go.');
    expect(byName(list, 'Orvik Capital')?.type).toBe('ORG');
    expect(mentionTexts(list)).not.toContain('Pension');
  });

  it('does not link an opening adjective to the agency whose name it starts', () => {
    const list = entities('The Environmental Protection Agency proposed new limits on Tuesday. Environmental groups said the rules were too weak.');
    expect(byName(list, 'Environmental Protection Agency')?.mentions.map((m) => m.text)).toEqual(['Environmental Protection Agency']);
  });

  it('reads a first name the tagger takes for a gerund', () => {
    const list = entities('Sterling Okoro scored twice before half-time. Okoro later limped off.');
    expect(byName(list, 'Sterling Okoro')?.type).toBe('PERSON');
  });

  it('keeps "Rival" and a local office title out of names', () => {
    const list = entities('Rival Advanced Micro Devices said it expected a smaller hit. Councilwoman Amanda Sandoval sponsored the measure.');
    expect(byName(list, 'Advanced Micro Devices')?.type).toBe('ORG');
    expect(byName(list, 'Amanda Sandoval')?.roles.map((r) => r.title)).toContain('Councilwoman');
  });

  it('keeps a party label out of a person name', () => {
    const list = entities('Democrat Jon Ossoff holds a narrow lead in the race, a new poll shows.');
    expect(byName(list, 'Jon Ossoff')?.type).toBe('PERSON');
    expect(byName(list, 'Democrat Jon Ossoff')).toBeUndefined();
  });
});

describe('organisations and owners', () => {
  it('reads major parties as organisations, with their short forms', () => {
    const list = entities('The far-right Alternative for Germany came second in Saxony. The AfD won 31 percent, while the Greens slumped.');
    const afd = byName(list, 'Alternative for Germany');
    expect(afd?.type).toBe('ORG');
    expect(afd?.mentions.map((m) => m.text)).toContain('AfD');
    expect(byName(list, 'Greens')?.type).toBe('ORG');
  });

  it('types the owner of a government body as a person', () => {
    const list = entities("Trump's Justice Department said on Wednesday it would send monitors to polling sites.");
    expect(byName(list, 'Trump')?.type).toBe('PERSON');
  });

  it('types a lone surname before a speaker aside as a person', () => {
    expect(byName(entities('Macron, speaking in Brussels, said France would back the plan.'), 'Macron')?.type).toBe('PERSON');
  });

  it('reads a modern wire dateline as a place', () => {
    const list = entities('SAN FRANCISCO — Nvidia shares fell 4 percent on Monday after the chipmaker warned on sales.');
    expect(byName(list, 'San Francisco')?.type).toBe('GPE');
  });
});

describe('misspellings', () => {
  it('does not take an opening common noun or a town for a typo of a person', () => {
    const list = entities('Dana Whitfield runs the ratepayers group. Data from the agency show prices rose. Senator Ted Macron toured the state. He spoke in Savannah and Macon on Monday.');
    expect(byName(list, 'Dana Whitfield')?.mentions.map((m) => m.text)).not.toContain('Data');
    expect(byName(list, 'Ted Macron')?.mentions.map((m) => m.text) ?? []).not.toContain('Macon');
  });
});
