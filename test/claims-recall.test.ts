/** Claims: positions taken (backed, attacked), object contents, and the cue words PolNeAR marks. */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Claim } from '../src/index.js';

const extractor = createExtractor();
const claims = (text: string): Claim[] => extractor.extract(text).claims;
const one = (text: string, cue: string): Claim => {
  const found = claims(text).filter((c) => c.cue.text === cue || c.cue.text.endsWith(` ${cue}`));
  expect(found, `one claim with cue "${cue}" in: ${text}`).toHaveLength(1);
  return found[0]!;
};

describe('claims: positions taken and object contents', () => {
  it('a past endorsement or attack is a claim whose content is the object, without time or venue', () => {
    const a = one('The county sheriff endorsed Ramirez last week.', 'endorsed');
    expect(a.content.text).toBe('Ramirez');
    expect(a.sourceText).toBe('The county sheriff');
    expect(one('The senator attacked the plan as reckless during a rally in Dayton.', 'attacked').content.text).toBe('the plan as reckless');
    expect(one('The union backed Mayor Ortiz in a statement on Monday.', 'backed').content.text).toBe('Mayor Ortiz');
    expect(one('The governor criticized Sen. Walsh for skipping the vote, which drew jeers.', 'criticized').content.text).toBe('Sen. Walsh for skipping the vote');
  });

  it('a standing preference in the present tense is no claim', () => {
    expect(claims('Most farmers in the county support the new dam.')).toHaveLength(0);
    expect(claims('Groups backing the measure have raised two million dollars.')).toHaveLength(0);
  });

  it('a clause or a quotation after a stance verb keeps the general content', () => {
    expect(one('The mayor warned that the bridge would close in May.', 'warned').content.text).toBe('the bridge would close in May');
  });
});

describe('claims: cue particles and clauses that share a subject', () => {
  it('the particle of a reporting verb belongs to the cue ("asked about", "warned against")', () => {
    const a = one('The senator warned against cuts to the rural hospital fund.', 'warned against');
    expect(a.content.text).toBe('cuts to the rural hospital fund');
    expect(one('Reporters asked about the missing ballots from Precinct 9.', 'asked about').content.text).toBe('the missing ballots from Precinct 9');
  });

  it('"by saying", "and said": the participle or second verb takes the subject of the clause', () => {
    const a = one('The mayor angered the council by saying the budget would not pass this year.', 'saying');
    expect(a.sourceText).toBe('The mayor');
    expect(a.content.text).toBe('the budget would not pass this year');
    const b = one('The governor toured the flooded district and said the state would pay for repairs.', 'said');
    expect(b.sourceText).toBe('The governor');
    expect(b.content.text).toBe('the state would pay for repairs');
  });
});

describe('claims: added reporting verbs', () => {
  it('"stated" and "thanked" report; "states" and "state" as nouns do not', () => {
    expect(one('The hospital stated that no patient had been harmed.', 'stated').content.text).toBe('no patient had been harmed');
    expect(one('The coach thanked the volunteers for their long hours.', 'thanked').content.text).toBe('the volunteers for their long hours');
    expect(claims('Voters in battleground states turned out in large numbers.')).toHaveLength(0);
    expect(claims('Three state lawmakers toured the plant on Friday.')).toHaveLength(0);
  });
});

describe('claims: topics and fronted questions', () => {
  it('"talked about X", "voted for X": the content is the topic, without the venue', () => {
    expect(one('The candidate talked about rural broadband at every stop in Iowa.', 'talked about').content.text).toBe('rural broadband');
  });

  it('"Asked if X, S said": the question ends at the main clause', () => {
    const c = one('Asked if the strike would end soon, the union leader said talks would resume Monday.', 'Asked');
    expect(c.content.text).toBe('if the strike would end soon');
  });
});

describe('claims: rulings and directives', () => {
  it('a past ruling or order reports its content; a present "rules" does not', () => {
    expect(one('A federal judge ruled that the new district map was unlawful.', 'ruled').content.text).toBe('the new district map was unlawful');
    expect(one('The governor ordered that all state flags fly at half-staff.', 'ordered').content.text).toBe('all state flags fly at half-staff');
    expect(claims('The league rules that govern transfers are complex.')).toHaveLength(0);
  });
});

describe('claims: time adverbs inside the verb group', () => {
  it('"now says", "first reported", "has since said": the adverb joins the cue, not the source', () => {
    const a = one('The mayor now says the tunnel will open in June.', 'now says');
    expect(a.sourceText).toBe('The mayor');
    expect(one('The Herald first reported that the plant would close.', 'first reported').sourceText).toBe('The Herald');
    expect(one('The coach has since said the decision was wrong.', 'has since said').sourceText).toBe('The coach');
  });
});

describe('claims: quantifier and percentage subjects', () => {
  it('"Some say they …", "42% say …": the quantifier or the share is the source', () => {
    expect(one('Some say they hear the old rivalry in every speech.', 'say').sourceText).toBe('Some');
    expect(one('Among farmers, 42% say they will plant less corn.', 'say').sourceText).toBe('42%');
    expect(claims('Let’s say the vote fails.')).toHaveLength(0);
  });
});

describe('claims: object contents and participle subjects', () => {
  it('a name with its party in parentheses stays whole; "those surveyed said" has a subject', () => {
    expect(one('The paper endorsed Rep. Ann Lee (D-Ore.) in an editorial on Sunday.', 'endorsed').content.text).toBe('Rep. Ann Lee (D-Ore.)');
    expect(one('Again, those surveyed said the mayor handled the flood well.', 'said').sourceText).toBe('those surveyed');
    expect(one('The plan drew fire, with Senator Ana Ruiz telling reporters it would raise rents.', 'telling').sourceText).toBe('Senator Ana Ruiz');
  });
});

describe('claims: verbs that go on speaking', () => {
  it('"continued" reports only when a quotation or a colon frames it', () => {
    expect(one('“We will rebuild every school,” the mayor continued.', 'continued').content.text).toBe('We will rebuild every school');
    expect(claims('The fighting continued into the night.')).toHaveLength(0);
    expect(claims('The senator continued her tour of the flooded towns.')).toHaveLength(0);
    expect(one('The banner over the gate read: “Save our harbor.”', 'read').content.text).toBe('Save our harbor');
    expect(claims('She read the audit twice before the meeting.')).toHaveLength(0);
  });
});

describe('claims: a quotation credited to a subject with a modifier or in wire style', () => {
  it('a participle or a noun modifier opening the subject after a quotation stays in the source', () => {
    const a = one('“The plan will cost the county dearly,” retired Army colonel Dana Whitfield said.', 'said');
    expect(a.sourceText).toBe('retired Army colonel Dana Whitfield');
    expect(a.content.text).toBe('The plan will cost the county dearly');
    expect(one('“We are ahead in every county that matters,” campaign manager Leo Brandt said.', 'said').sourceText).toBe('campaign manager Leo Brandt');
  });

  it("a question closed by a doubled apostrophe is credited by the sentence after it (''Q?'' Mrs. Lane said.)", () => {
    const a = one("''Who will pay for the new stadium, if not the taxpayers?'' Mrs. Lane said.", 'said');
    expect(a.content.text).toBe('Who will pay for the new stadium, if not the taxpayers?'.replace(/\?$/, ''));
  });
});

describe('claims: a quotation credited to a name with several appositives', () => {
  it('the source runs from the closing quotation mark to the cue, appositives included', () => {
    const a = one('“The levy is the only way to keep the clinic open,” Maria Okafor, 52, a nurse in Dayton, Ohio, and a former union steward, said at the hearing.', 'said');
    expect(a.sourceText).toBe('Maria Okafor, 52, a nurse in Dayton, Ohio, and a former union steward');
    expect(a.content.text).toBe('The levy is the only way to keep the clinic open');
    expect(one('“Nobody reads the fine print,” Tom Reyes, a lawyer for one of the families suing the city, said.', 'said').sourceText).toBe('Tom Reyes, a lawyer for one of the families suing the city');
  });

  it('a second reporting verb between the quotation and the cue ends the credit', () => {
    const found = claims('“We won,” Ruiz said, and Ortiz, her aide, said nothing.').filter((c) => c.sourceText?.startsWith('Ruiz,'));
    expect(found).toHaveLength(0);
  });
});

describe('claims: a plain reporting verb in a clause of its own inside another content', () => {
  it('"…, though she noted C2": the later attribution is kept and the earlier content ends before it', () => {
    const found = claims('The prosecutor said she would “follow the evidence wherever it leads,” though she noted the office had lost a third of its staff.');
    expect(found.map((c) => c.content.text)).toEqual(['she would “follow the evidence wherever it leads', 'the office had lost a third of its staff']);
  });

  it('"C, said S" after a clause with a verb cue of its own credits the whole clause', () => {
    const a = one('Farm owners felt confident about the loan because they could pressure the lenders, said Ann Ruiz, a lawyer for the bank.', 'said');
    expect(a.content.text).toBe('Farm owners felt confident about the loan because they could pressure the lenders');
  });

  it('"explained X by saying C": the participle is an attribution of its own, and X ends before "by"', () => {
    const found = claims('The mayor explained the delay by saying the contractor had gone bankrupt.');
    expect(found.map((c) => [c.cue.text, c.content.text])).toEqual([
      ['explained', 'the delay'],
      ['saying', 'the contractor had gone bankrupt'],
    ]);
  });

  it('a cue in a relative clause on the subject ends before the main reporting verb, which is kept', () => {
    const a = one('Tom Reyes, a lawyer who advised the county on the deal, said the contract would not survive an audit.', 'said');
    expect(a.content.text).toBe('the contract would not survive an audit');
    expect(one('Tom Reyes, a lawyer who advised the county on the deal, said the contract would not survive an audit.', 'advised').content.text).toBe('the county on the deal');
  });

  it('a pronoun with a clause after "said" is not an inverted source, even after a quoted word', () => {
    const a = one('Ortiz, who calls the levy a “fraud,” said he would vote against it.', 'said');
    expect(a.content.text).toBe('he would vote against it');
  });

  it('a reporting verb inside a "that" clause stays part of the content', () => {
    const found = claims('The mayor insisted that the clerk had said nothing about the missing ballots.');
    expect(found.map((c) => c.cue.text)).toEqual(['insisted']);
  });
});

describe('claims: proportions as sources', () => {
  it('"said yes" and "said no": a one-word answer is the content', () => {
    const found = claims('Asked whether the levy was fair, 61 percent of renters said yes, but 30 percent of owners said no.');
    expect(found.filter((c) => c.cue.text === 'said').map((c) => c.content.text)).toEqual(['yes', 'no']);
  });

  it('"one in four said C" and "…, and nearly three in five said C": the proportion is the source of its own claim', () => {
    const found = claims('One in three said the board does not listen and one in four said the board was openly hostile.');
    expect(found.map((c) => c.sourceText)).toEqual(['One in three', 'one in four']);
    const two = claims('Half of the tenants said they would stay, and nearly three in five said the rent was too high.');
    expect(two.map((c) => c.content.text)).toEqual(['they would stay', 'the rent was too high']);
  });
});

describe('claims: a name with an apostrophe as subject', () => {
  it('"D’Souza told X that C": the name the tagger took for a determiner is the subject', () => {
    expect(one('D’Souza told Ruiz that the film would open in July.', 'told').content.text).toBe('the film would open in July');
  });
});

describe('claims: a surname in -ing as subject', () => {
  it('"Golding told reporters: “Q”": the name is the subject, not a participle', () => {
    const a = one('Golding told reporters: “I never signed that letter. Somebody else did.”', 'told');
    expect(a.sourceText).toBe('Golding');
    expect(a.content.text).toBe('I never signed that letter. Somebody else did');
  });
});

describe('claims: "thought" before a clause', () => {
  it('a finite "thought" between a subject and a clause is a belief; the noun and "thought about" are not', () => {
    const a = one('Most growers thought the new tariff would be lifted by spring.', 'thought');
    expect(a.content.text).toBe('the new tariff would be lifted by spring');
    expect(a.cueClass).toBe('belief');
    expect(claims('The thought of a second recount kept the clerks awake.')).toHaveLength(0);
    expect(claims('The mayor thought about running for governor.')).toHaveLength(0);
  });
});

describe('claims: a participle aside on the subject of the content', () => {
  it('"says X, numbering N, surpassed Y": the aside does not end the content', () => {
    const a = one('The state auditor says rural clinics, serving about 40,000 patients, lost a third of their funding last year.', 'says');
    expect(a.content.text).toBe('rural clinics, serving about 40,000 patients, lost a third of their funding last year');
  });
});

describe('claims: a postposed credit after an adverbial and a main clause', () => {
  it('"Though A, B is C, experts say.": the whole sentence before the credit is the content', () => {
    const a = one('Though turnout rose in March, there is no link between primary turnout and the fall result, political scientists say.', 'say');
    expect(a.content.text).toBe('Though turnout rose in March, there is no link between primary turnout and the fall result');
    expect(a.sourceText).toBe('political scientists');
  });
});

describe('claims: subjects set off by a dateline or a participle phrase', () => {
  it('a participle phrase between subject and cue belongs to the subject', () => {
    const a = one('The audit, published in March by the state comptroller, found that the agency had lost track of 1,200 laptops.', 'found');
    expect(a.sourceText).toBe('The audit, published in March by the state comptroller');
    expect(a.content.text).toBe('the agency had lost track of 1,200 laptops');
  });
  it('a participle with a time after the subject ("a poll released Monday found")', () => {
    const a = one('A poll released Monday found that most residents oppose the new stadium.', 'found');
    expect([a.sourceText, a.content.text]).toEqual(['A poll', 'most residents oppose the new stadium']);
    expect(one('A survey conducted last week shows that turnout could fall.', 'shows').sourceText).toBe('A survey');
  });
  it('a dateline before a spaced dash is not part of the subject', () => {
    const a = one('PORTLAND, Maine (AP) - A state judge on Monday ordered the mill to stop dumping sludge into the river.', 'ordered');
    expect(a.sourceText).toBe('A state judge');
  });
});
