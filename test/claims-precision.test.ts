/** Claims: cue words in uses that report no claim (perception, intention, a preposition, a noun). */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Claim } from '../src/index.js';

const extractor = createExtractor();
const claims = (text: string): Claim[] => extractor.extract(text).claims;
const cues = (text: string): string[] => claims(text).map((c) => c.cue.text);

describe('claims: cue words used as no claim', () => {
  it('"compared to/with" right before a figure is a preposition', () => {
    expect(cues('Turnout reached 61 percent in the county, compared to 48 percent four years ago.')).toEqual([]);
    expect(cues('Sales rose by a third, compared with a slump the year before.')).toEqual([]);
  });

  it('"compared X to Y" still credits the comparison to its author', () => {
    const c = claims('The councilwoman compared the tax to a toll on commuters.');
    expect(c.map((x) => x.cue.text)).toEqual(['compared']);
    expect(c[0]!.sourceText).toBe('The councilwoman');
  });

  it('seeing an event, a plan to act, and what a scheme offers are no claims', () => {
    expect(cues('Two deputies saw the driver leave the parking lot before midnight.')).toEqual([]);
    expect(cues('The valley has seen its worst drought in a century.')).toEqual([]);
    expect(cues('The organizers planned to march from the library to city hall.')).toEqual([]);
    expect(cues('The new bus route offers commuters a faster ride downtown.')).toEqual([]);
    expect(cues('Older voters favored the incumbent by ten points in 2020.')).toEqual([]);
  });

  it('the same verbs in their claim forms still report claims', () => {
    expect(cues('The mayor offered to resign if the audit found fraud.')).toContain('offered');
    expect(cues('The chairman said the committee would meet again in June.')).toContain('said');
    expect(cues('Most residents think the bridge should be rebuilt.')).toContain('think');
  });

  it('"showing up", "showed off" and a strong "showing" in a primary are no evidence cues', () => {
    expect(cues('Hundreds of students were showing up at the polls before dawn.')).toEqual([]);
    expect(cues('The candidate showed off her new campaign bus in Reno.')).toEqual([]);
    expect(cues('After a strong showing in Iowa, the senator flew to Manchester.')).toEqual([]);
    expect(cues('A new poll showed the senator leading in Iowa.')).toEqual(['showed']);
  });

  it('"adds up to" and "adds to" are sums, not a speaker going on', () => {
    expect(cues('The new levy adds to the burden on small farms.')).toEqual([]);
    expect(cues('Together the three counties add up to a majority of the district.')).toEqual([]);
    expect(cues('The treasurer added that the levy would expire in 2030.')).toEqual(['added']);
  });

  it('"requests" and "reports" after a preposition are nouns, not reporting verbs', () => {
    expect(cues('The firm never replied to requests for comment.')).toEqual(['never replied']);
  });

  it('a vote cast is an act, not a claim', () => {
    expect(cues('Nearly half of the precinct voted for the incumbent in March.')).toEqual([]);
  });
});

describe('claims: attributions made inside a quotation', () => {
  it('a cue inside a quoted speech is the quoted speaker\'s, not a separate claim', () => {
    const text = '“Farmers want lower fees. They think the board has ignored them,” the county commissioner said on Tuesday.';
    const c = claims(text);
    expect(c.map((x) => x.cue.text)).toEqual(['said']);
    expect(c[0]!.sourceText).toBe('the county commissioner');
  });

  it('the same words outside the quotation are claims, and a closed quote lets them through', () => {
    expect(cues('Farmers think the board has ignored them.')).toEqual(['think']);
    expect(cues('“We are ready,” the coach said. Her players believe the title is within reach.')).toEqual(['said', 'believe']);
  });

  it('a quotation running over several paragraphs keeps its cues inside', () => {
    const text = 'The mayor spoke for an hour.\n\n“The council promised a new bridge in 2019.\n\n“Residents now believe it will never come,” she said.';
    expect(cues(text)).toEqual(['said']);
  });

  it('a quotation running over several sentences keeps its later cues inside', () => {
    const text = 'The mayor did not hold back. “The council promised a new bridge. Residents believe it will never come. I said so last year,” she told reporters.';
    expect(cues(text)).toEqual(['told']);
  });
});

describe('claims: attributions nested in the content of another', () => {
  it('a cue inside what someone said is part of that claim, not a claim of its own', () => {
    const c = claims('Two officials said that the envoy had warned that talks could collapse.');
    expect(c.map((x) => x.cue.text)).toEqual(['said']);
    expect(c[0]!.content.text).toBe('the envoy had warned that talks could collapse');
    expect(cues('The senator told reporters that Ruiz had called the bill a disgrace.')).toEqual(['told']);
  });

  it('an "according to" credits the clause before it, a cue inside included', () => {
    expect(cues('Most farmers say they will plant less corn this year, according to a state survey.')).toEqual(['according to']);
  });

  it('an "according to" fronted or set off by commas keeps its own claim', () => {
    expect(cues('Sales of the bonds, according to the treasurer, fell by a third.')).toEqual(['according to']);
  });

  it('two reports side by side are both kept', () => {
    expect(cues('The mayor said the talks had stalled. The union believes a deal is near.')).toEqual(['said', 'believes']);
  });
});
