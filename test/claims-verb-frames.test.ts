// Verb-led attributions added in session 14: judgements held by others ("is widely seen as") and
// sentences opening with a name and several comma-set appositives before the cue. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Claim } from '../src/index.js';

const extractor = createExtractor();
const claims = (text: string): Claim[] => extractor.extract(text).claims;
const withCue = (text: string, cue: string): Claim[] => claims(text).filter((c) => c.cue.text.includes(cue));

describe('claims: a judgement held by others', () => {
  it('"X is widely seen as Y": the clause is the content, the cue keeps its auxiliary, adverb and "as"', () => {
    const [c, ...rest] = withCue('After the debate, the governor is widely seen as the favourite to win the primary.', 'seen');
    expect(rest).toHaveLength(0);
    expect(c!.cue.text).toBe('is widely seen as');
    expect(c!.content.text).toBe('the governor is widely seen as the favourite to win the primary');
    expect(c!.sourceKind).toBe('unattributed');
  });

  it('the agent after "by" is the source; a relative clause set off by commas ends at its comma', () => {
    const c = withCue('The merger was viewed by analysts as a defensive move.', 'viewed')[0]!;
    expect(c.sourceText).toBe('analysts');
    const r = withCue('The levy, which was seen as a test of the mayor, passed by a wide margin on Tuesday.', 'seen')[0]!;
    expect(r.content.text).toBe('which was seen as a test of the mayor');
  });

  it('no judgement in a sighting, a future or wished-for view, or "remains to be seen"', () => {
    expect(withCue('The suspect was seen leaving the building shortly after midnight.', 'seen')).toHaveLength(0);
    expect(withCue('Whether the new rules work remains to be seen.', 'seen')).toHaveLength(0);
    expect(withCue('The mayor does not want to be seen as soft on crime.', 'seen')).toHaveLength(0);
    expect(withCue('The vote will be seen as a test of her leadership.', 'seen')).toHaveLength(0);
  });
});

describe('claims: a sentence opening with a name and its appositives', () => {
  it('the whole opening is the source of the cue after it', () => {
    const [c] = withCue('Dana Holt, 61, a retired teacher in Toledo, Ohio, said she would vote for the levy.', 'said');
    expect(c!.sourceText).toBe('Dana Holt, 61, a retired teacher in Toledo, Ohio');
    expect(c!.content.text).toBe('she would vote for the levy');
  });

  it('a participle phrase may sit in the appositive; a finite clause may not', () => {
    const [c] = withCue('The survey, conducted for a farm lobby last spring, found that most growers expect lower prices.', 'found');
    expect(c!.sourceText).toBe('The survey, conducted for a farm lobby last spring');
    // "stuck to her script" is a clause of its own: the participle cue after it takes the clause's subject.
    const [d] = withCue('Senator Ruiz, a Democrat from Ohio, stuck to her script, noting that the bill had passed.', 'noting');
    expect(d!.sourceText).toBe('Senator Ruiz, a Democrat from Ohio');
  });
});

describe('claims: a document issued by the source', () => {
  it('"S issued a statement Tuesday saying C": one cue from the issuing verb to the reporting verb, S the source', () => {
    const [c] = withCue('The water board issued a statement Tuesday saying the reservoir was safe.', 'saying');
    expect(c!.cue.text).toBe('issued a statement Tuesday saying');
    expect(c!.sourceText).toBe('The water board');
    expect(c!.content.text).toBe('the reservoir was safe');
    const [d] = withCue('The union put out a new video accusing the mayor of lying about the budget.', 'accusing');
    expect(d!.cue.text).toBe('put out a new video accusing');
    expect(d!.sourceText).toBe('The union');
    const [e] = withCue('Ruiz released a letter that says she is in good health.', 'says');
    expect([e!.cue.text, e!.sourceText]).toEqual(['released a letter that says', 'Ruiz']);
  });

  it('an issuing verb that reports on its own, or a finite cue with a subject of its own, is left alone', () => {
    const [c] = claims('Ruiz wrote a letter saying she would resign.');
    expect(c!.cue.text).toBe('wrote');
    const [d] = withCue('Doctors who sent the letter called the plan reckless.', 'called');
    expect(d!.cue.text).toBe('called');
  });
});

describe('claims: a participle cue takes the subject of its clause', () => {
  it('past a fronted participle phrase, and after "before"', () => {
    const [c] = withCue('Speaking at a diner in Dayton, Ruiz went after the mayor, calling his budget a fraud.', 'calling');
    expect(c!.sourceText).toBe('Ruiz');
    const [d] = withCue('The treasurer praised the audit, before adding that the deficit would grow.', 'adding');
    expect([d!.sourceText, d!.content.text]).toEqual(['The treasurer', 'the deficit would grow']);
  });

  it('the subject of a copula when the clause has no other verb', () => {
    const [c] = withCue('The senator has been on the sidelines for months, arguing that voters should decide.', 'arguing');
    expect(c!.sourceText).toBe('The senator');
  });
});

describe('claims: a lead-in verb before an infinitive cue', () => {
  it('"took to Twitter to call", "used his speech to call for", "went on to explain" belong to the cue; the lead-in\'s subject is the source', () => {
    const [c] = withCue('The mayor took to Twitter to call the audit a smear.', 'call');
    expect([c!.cue.text, c!.sourceText, c!.content.text]).toEqual(['took to Twitter to call', 'The mayor', 'the audit a smear']);
    const [d] = withCue('Ortiz used his acceptance speech to call for a new tax on land.', 'call for');
    expect([d!.cue.text, d!.sourceText]).toEqual(['used his acceptance speech to call for', 'Ortiz']);
    const [e] = withCue('The coach went on to explain that the team had been tired.', 'explain');
    expect([e!.cue.text, e!.sourceText]).toEqual(['went on to explain', 'The coach']);
  });

  it('no claim when the infinitive reports nothing', () => {
    expect(claims('The team went on to win the title in a close final.')).toHaveLength(0);
  });
});
