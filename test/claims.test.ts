// Claims on realistic sentences written for these tests: each attribution pattern of the annotation
// guide, the source kinds, hedging, and sentences that must yield no claim.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Claim } from '../src/index.js';

const extractor = createExtractor();
const claims = (text: string): Claim[] => extractor.extract(text).claims;
const one = (text: string, cue: string): Claim => {
  const found = claims(text).filter((c) => c.cue.text.includes(cue));
  expect(found.map((c) => c.cue.text), `claims with cue "${cue}"`).toHaveLength(1);
  return found[0]!;
};

describe('claims: reporting patterns', () => {
  it('a quotation closing the paragraph before is no content of a speaker opening the next one', () => {
    const text = 'The campaign is attacking what it calls “a smear.”\n\nSpokeswoman Ana Ruiz said via email that, “Of course we will answer it” in the coming days.';
    const c = one(text, 'said');
    expect(c.sourceText).toBe('Spokeswoman Ana Ruiz');
    expect(c.content.text).toContain('Of course we will answer it');
  });

  it('an anonymity formula belongs to the source and reports nothing; a generic head is anonymous even when a name modifies it', () => {
    const a = claims('Officials who asked not to be named said the deal was close.');
    expect(a.map((c) => [c.cue.text, c.sourceText, c.sourceKind])).toEqual([['said', 'Officials who asked not to be named', 'anonymous']]);
    const b = claims('A senior official, who asked not to be identified, said the plan would be announced on Friday.');
    expect(b.map((c) => c.cue.text)).toEqual(['said']);
    expect(one('“It is a disaster,” said one European diplomat, who spoke on condition of anonymity.', 'said').sourceKind).toBe('anonymous');
    const linked = one('Iranian officials said the talks would continue.', 'said');
    expect(linked.sourceKind).toBe('anonymous');
    expect(linked.source).not.toBeNull();
    expect(one('A spokesman for the Pentagon said the review was under way.', 'said').sourceKind).toBe('anonymous');
    expect(one('President Halvorsen said the review was under way.', 'said').sourceKind).toBe('named');
  });

  it('S said (that) C: content without the cue, the source or "that"', () => {
    const c = one('The finance minister said that the deficit would shrink next year.', 'said');
    expect(c.sourceText).toBe('The finance minister');
    expect(c.content.text).toBe('the deficit would shrink next year');
    expect(c.cueClass).toBe('speech');
    expect(c.mode).toBe('indirect');
  });

  it('“C,” S said: a direct quote before the source, without quote marks', () => {
    const c = one('“We will not give up the port,” the governor said on Friday.', 'said');
    expect(c.content.text).toBe('We will not give up the port');
    expect(c.sourceText).toBe('the governor');
    expect(c.mode).toBe('direct');
  });

  it('C, said S with straight quotes, and S told reporters C', () => {
    expect(one('"The factory will reopen in May," said a company spokeswoman.', 'said').sourceText).toBe('a company spokeswoman');
    const told = one('The senator told reporters the bill had enough votes.', 'told');
    expect(told.content.text).toBe('the bill had enough votes');
    expect(told.sourceText).toBe('The senator');
  });

  it('according to S, C and C, according to S', () => {
    const a = one('According to regional analysts, the militia is regrouping near the border.', 'According to');
    expect(a).toMatchObject({ sourceText: 'regional analysts', sourceKind: 'anonymous', cueClass: 'according-to' });
    expect(a.content.text).toBe('the militia is regrouping near the border');
    const b = one('Exports fell by a fifth in March, according to the statistics office.', 'according to');
    expect(b.content.text).toBe('Exports fell by a fifth in March');
    expect(b.sourceText).toBe('the statistics office');
  });

  it('belief cues are hedged; evidence cues have their document as source', () => {
    const b = one('Many economists believe the downturn has ended.', 'believe');
    expect(b).toMatchObject({ cueClass: 'belief', hedged: true, sourceKind: 'anonymous' });
    const e = one('A new poll found that most voters distrust both parties.', 'found');
    expect(e).toMatchObject({ cueClass: 'evidence', sourceText: 'A new poll' });
    expect(e.content.text).toBe('most voters distrust both parties');
  });

  it('noun cues: the claim that C, concern within S that C', () => {
    const c = one('There is concern within the central bank that inflation could return.', 'concern');
    expect(c.sourceText).toBe('the central bank');
    expect(c.content.text).toBe('inflation could return');
    expect(c.hedged).toBe(true);
  });

  it('a quote spanning two sentences is one claim', () => {
    const c = one('“The harvest failed. Families are leaving the valley,” the mayor said.', 'said');
    expect(c.content.text).toBe('The harvest failed. Families are leaving the valley');
  });

  it('a quote interrupted by ", he said," is one claim running over both parts', () => {
    const c = one('“We have waited long enough,” he said, “and now we will act.”', 'said');
    expect(c.content.text.startsWith('We have waited long enough')).toBe(true);
    expect(c.content.text.endsWith('now we will act')).toBe(true);
  });

  it('colon-introduced quotes and headline colons', () => {
    const c = one('The minister said: “The roads will be rebuilt.”', 'said');
    expect(c.content.text).toBe('The roads will be rebuilt');
    const h = claims('Governor Alvarez: Budget Deal Is Within Reach\n\nTalks resumed on Monday.').find((x) => x.cue.text === ':');
    expect(h?.sourceText).toBe('Governor Alvarez');
    expect(h?.content.text).toBe('Budget Deal Is Within Reach');
  });

  it('several attributions in one sentence', () => {
    const found = claims('The mayor said the bridge was safe, but engineers warned that cracks were spreading.');
    expect(found.map((c) => c.cue.text)).toEqual(['said', 'warned']);
    expect(found[1]!.content.text).toBe('cracks were spreading');
  });

  it('coordinated cues share their subject ("condemned ... and accused ...")', () => {
    const found = claims('The union, for its part, has condemned the layoffs and accused the board of bad faith.');
    expect(found.map((c) => c.sourceText)).toEqual(['The union', 'The union']);
    expect(found[0]!.content.text).toBe('the layoffs');
  });

  it('an anonymous source who spoke on condition of anonymity', () => {
    const c = one('A senior diplomat who spoke on condition of anonymity said the talks had collapsed.', 'said');
    expect(c.sourceKind).toBe('anonymous');
  });

  it('"he added" is linked to the last named speaker', () => {
    const found = claims('Angela Merkel said the plan was sound. “It will work,” she added.');
    expect(found).toHaveLength(2);
    expect(found[0]!.source).not.toBeNull();
    expect(found[1]!.source).toBe(found[0]!.source);
  });

  it('hedges in the content or around the cue', () => {
    expect(one('The envoy said the ceasefire may collapse.', 'said').hedged).toBe(true);
    expect(one('The envoy said the ceasefire holds.', 'said').hedged).toBe(false);
    expect(one('The bill is expected to pass the Senate next week.', 'expected')).toMatchObject({ sourceKind: 'unattributed', hedged: true });
  });
});

describe('claims: what is not an attribution', () => {
  it.each([
    'She starred in the film “He Said, She Said” in 1991.',
    'The condemned man ate a final meal.',
    'The launch went according to plan on Thursday.',
    'The summit will take place in Geneva next month.',
    'The coming weeks will show which way the market turns.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('claims: the configuration extends the cue lexicon', () => {
  it('a user claim cue is matched like a built-in one', () => {
    const text = 'The chairman harrumphed that the audit was a waste of money.';
    expect(claims(text)).toEqual([]);
    const custom = createExtractor({ cues: { claim: [{ cue: 'harrumph', cueClass: 'speech' }] } });
    const c = custom.extract(text).claims;
    expect(c.map((x) => x.content.text)).toEqual(['the audit was a waste of money']);
  });
});

describe('claims: interrupted contents', () => {
  it('a quote resumes in the next sentence after an appositive source', () => {
    const c = one('“This is a bad day for the city,” said Maria Lopez, a council member. “We expected far more from the mayor.”', 'said');
    expect(c.sourceText).toBe('Maria Lopez, a council member');
    expect(c.content.text.startsWith('This is a bad day')).toBe(true);
    expect(c.content.text.endsWith('far more from the mayor')).toBe(true);
  });

  it('a quote resumes after a participle phrase in the same sentence', () => {
    const c = one('“Every time you cut taxes,” Ortiz said, pointing to the deficit, “you hurt the schools.”', 'said');
    expect(c.content.text.endsWith('you hurt the schools')).toBe(true);
  });

  it('an unquoted clause interrupted by ", S said," runs to the end of the sentence', () => {
    const c = one('But to fix the budget, the treasurer said, the council must raise fees.', 'said');
    expect(c.content.text).toBe('But to fix the budget, the treasurer said, the council must raise fees');
  });

  it('a trailing appositive or a new quote with its own cue stays outside the content', () => {
    expect(one('“It is a fine plan,” said Smith, a former official.', 'said').content.text).toBe('It is a fine plan');
    const c = one('“We won,” Diaz said, smiling at the crowd.', 'said');
    expect(c.content.text).toBe('We won');
  });
});

describe('claims: long appositive sources', () => {
  it('a source with a long appositive of joined noun phrases keeps the whole phrase', () => {
    const c = one('Ana Ruiz, director of the Center for Water Policy at the state university’s law school, said the dam was unsafe.', 'said');
    expect(c.sourceText).toBe('Ana Ruiz, director of the Center for Water Policy at the state university’s law school');
    expect(c.content.text).toBe('the dam was unsafe');
  });

  it('a postposed source with an appositive after a quote', () => {
    const c = one('“The plan is sound,” Tom Reyes, an economist at the bank and a former adviser to the mayor, said on Monday.', 'said');
    expect(c.sourceText?.startsWith('Tom Reyes')).toBe(true);
    expect(c.content.text).toBe('The plan is sound');
  });
});

describe('claims: inverted sources and nested cues', () => {
  it('an inverted source followed by adjuncts', () => {
    const c = one('“We are done here,” said Carla Smith in an interview on Friday.', 'said');
    expect(c.sourceText).toBe('Carla Smith');
    expect(c.content.text).toBe('We are done here');
  });

  it('a noun cue inside a verb cue\'s adjunct is not a second claim', () => {
    const found = claims('The mayor said in a statement that the plan would fail.');
    expect(found).toHaveLength(1);
    expect(found[0]!.cue.text.startsWith('said')).toBe(true);
  });
});

describe('claims: the long tail of cue verbs', () => {
  it('speech verbs beyond "said": surmised, fired back', () => {
    expect(one('The senator surmised that the vote had been rigged.', 'surmised').content.text).toBe('the vote had been rigged');
    expect(one('The union fired back that the offer was an insult.', 'fired back').sourceText).toBe('The union');
  });

  it('criticism verbs are claims and stances', () => {
    const out = extractor.extract('Mayor Ana Lee decried Governor Tom Diaz over the budget cuts.');
    expect(out.stances.some((s) => s.cue.text === 'decried' && s.polarity === 'oppose')).toBe(true);
  });

  it('perception and belief verbs with a clause: sees, figured', () => {
    const c = one('The campaign manager figured that turnout would be low.', 'figured');
    expect(c.cueClass).toBe('belief');
    expect(c.content.text).toBe('turnout would be low');
  });

  it('"back" as an adverb, "like" as a preposition and "supposed to" report nothing', () => {
    expect(claims('Voters came back to the polls in May, like they did before.')).toHaveLength(0);
    expect(claims('The van was supposed to be escorted by the police.')).toHaveLength(0);
  });
});

describe('claims: source spans keep their appositives', () => {
  it('an inverted source keeps the appositive that follows it', () => {
    const c = one('“The plan is sound,” said Ryan Ortiz, a tax consultant in Denver.', 'said');
    expect(c.sourceText).toBe('Ryan Ortiz, a tax consultant in Denver');
    expect(c.content.text).toBe('The plan is sound');
  });

  it('a participle clause after an inverted source is not an appositive', () => {
    const c = one('“The plan is sound,” said Ryan Ortiz, adding that taxes would rise.', 'said');
    expect(c.sourceText).toBe('Ryan Ortiz');
  });
});

describe('claims: relative clauses in the source', () => {
  it('a relative clause between the source and the cue belongs to the source span', () => {
    const c = one('Omar Khan, who is a lawyer in Dallas, said the ruling was wrong.', 'said');
    expect(c.sourceText).toBe('Omar Khan, who is a lawyer in Dallas');
    expect(c.content.text).toBe('the ruling was wrong');
  });
});

describe('claims: free relatives', () => {
  it('"what X want is" names a thing and reports no claim', () => {
    expect(claims('What parents really want is a good school near home.')).toHaveLength(0);
    expect(one('Parents want a good school near home, the survey found.', 'found').cueClass).toBe('evidence');
  });
});

describe('claims: titles before a name', () => {
  it('a noun modifier the tagger takes for a verb stays in the source ("campaign manager")', () => {
    const c = one('Lopez campaign manager Dana Reyes said the race was close.', 'said');
    expect(c.sourceText).toBe('Lopez campaign manager Dana Reyes');
  });
});

describe('claims: cue span conventions', () => {
  it('the cue keeps a setting adjunct but not the topic or the hearer', () => {
    expect(one('The mayor said in an interview that the plan would fail.', 'said').cue.text).toBe('said in an interview');
    expect(one('The mayor said of the governor that he had failed the city.', 'said').cue.text).toBe('said');
  });
});

describe('claims: cue spans and frames (PolNeAR conventions)', () => {
  it('the cue keeps its adjunct but not "that" or the date', () => {
    expect(one('The mayor insisted that the budget was balanced.', 'insisted').cue.text).toBe('insisted');
    expect(one('The mayor said on Tuesday that the budget was balanced.', 'said').cue.text).toBe('said');
    expect(one('The mayor said in a statement on Tuesday that the budget was balanced.', 'said').cue.text).toBe('said in a statement');
  });

  it('a subject with a time adjunct, a relative clause or commas inside is still found', () => {
    expect(one('Council leader Ana Ruiz on Monday said the vote would go ahead.', 'said').sourceText).toBe('Council leader Ana Ruiz');
    expect(one('Ruiz, a lawyer who has sued the city twice, said the vote would go ahead.', 'said').sourceText).toBe('Ruiz, a lawyer');
    expect(one('The school board has approved the plan, district officials said.', 'said').sourceText).toBe('district officials');
  });

  it('a participle after a comma takes the subject of the clause before it', () => {
    const c = one('The governor ended her campaign, telling supporters that she had no regrets.', 'telling');
    expect(c.sourceText).toBe('The governor');
    expect(c.content.text).toBe('she had no regrets');
  });

  it('a quotation closed by a comma is the content whatever follows the credit', () => {
    const c = one('“We were outspent,” the candidate said after meeting her donors in Denver.', 'said');
    expect(c.content.text).toBe('We were outspent');
    expect(c.sourceText).toBe('the candidate');
  });

  it('a fronted adjunct is not a content: the object after the cue is', () => {
    const c = one('In March, the nurses union called for a pause on hospital closures.', 'called for');
    expect(c.content.text).toBe('a pause on hospital closures');
  });

  it('an indirect content ends before the reporter’s own clause', () => {
    const c = one('The minister said the deal would create jobs, but critics doubt the figures.', 'said');
    expect(c.content.text).toBe('the deal would create jobs');
    const r = one('Reports suggest that the former governor, who still leads the party, has set a deadline.', 'suggest');
    expect(r.content.text).toBe('the former governor, who still leads the party, has set a deadline');
  });

  it('findings in a poll, views in the eyes of someone, passive reports', () => {
    expect(one('The mayor leads her rival by nine points in a new county poll.', 'in').sourceText).toBe('a new county poll');
    const p = one('The merger was reported by a local newspaper.', 'reported');
    expect(p.sourceText).toBe('a local newspaper');
    expect(p.content.text).toBe('The merger');
  });

  it('adverbs that only hedge are no cue', () => {
    expect(claims('The senator apparently missed the vote.').filter((c) => c.cue.text === 'apparently')).toHaveLength(0);
  });

  it('a quotation that opens with "That" keeps it: it is the speaker’s word, not a complementiser', () => {
    expect(one('“That is a problem for the party,” the senator said.', 'said').content.text).toBe('That is a problem for the party');
    expect(one('The senator said that the party has a problem.', 'said').content.text).toBe('the party has a problem');
  });

  it('subjects with a post-modifier or a plural possessive keep it in the source', () => {
    expect(one('Officials familiar with the talks said a deal was near.', 'said').sourceText).toBe('Officials familiar with the talks');
    expect(one('Sources close to the campaign say the governor will run again.', 'say').sourceText).toBe('Sources close to the campaign');
    expect(one('The teachers’ union said the strike would go on.', 'said').sourceText).toBe('The teachers’ union');
    expect(one("The nurses' union said the strike would go on.", 'said').sourceText).toBe("The nurses' union");
  });

  it('a claim verb in a title-case headline is a cue', () => {
    const c = one('Tax Plan Will Hurt Farmers, Senator Says', 'Says');
    expect(c.sourceText).toBe('Senator');
    expect(c.content.text).toBe('Tax Plan Will Hurt Farmers');
    const p = one('Poll: Most Renters Back the Housing Levy\n\nThe survey was taken in May.', ':');
    expect(p.sourceText).toBe('Poll');
    expect(p.cueClass).toBe('evidence');
  });

  it('a name given ("a program called X") is no claim; calling something a name is', () => {
    expect(claims('She runs a program called Safe Streets in the city.')).toHaveLength(0);
    expect(claims('They backed a measure called “Fair Rent” last year.').filter((c) => c.cue.text === 'called')).toHaveLength(0);
    expect(one('A spokesman called the plan a disaster.', 'called').content.text).toBe('the plan a disaster');
  });

  it('present "find" reports a finding only before "that"', () => {
    expect(one('A new study finds that most voters oppose the plan.', 'finds').sourceText).toBe('A new study');
    expect(claims('Voters find the new mayor aloof and distant.')).toHaveLength(0);
  });

  it("a quotation in doubled apostrophes ('') closed by a comma is the content whatever follows", () => {
    const c = one("''We were outspent,'' the candidate said after meeting her donors in Denver.", 'said');
    expect(c.content.text).toBe('We were outspent');
    expect(c.sourceText).toBe('the candidate');
    const d = one("''The plant stays open,'' said the mayor at a rally on Main Street.", 'said');
    expect(d.content.text).toBe('The plant stays open');
  });

  it('weak cues: general polls, pronoun asides, knowing acts are no claims', () => {
    expect(claims('The senator trails his rival in recent national polls.').filter((c) => c.cue.text === 'in')).toHaveLength(0);
    expect(claims('In my view, the council acted too slowly.').filter((c) => c.cue.text.startsWith('In'))).toHaveLength(0);
    expect(claims('Voters know that the bridge needs repairs.')).toHaveLength(0);
    expect(one('In the mayor’s view, the council acted too slowly.', 'view').sourceText).toBe('the mayor');
  });

  it('a credit set off by commas inside its content: the content is the whole sentence', () => {
    const c = one('The new bridge, the mayor said, would open to traffic in May.', 'said');
    expect(c.content.text).toBe('The new bridge, the mayor said, would open to traffic in May');
    expect(c.sourceText).toBe('the mayor');
    const d = one('Orders held up, the company said, until the strike began.', 'said');
    expect(d.content.text).toBe('Orders held up, the company said, until the strike began');
    expect(one('Orders fell sharply, the company said, adding that it would cut jobs.', 'said').content.text).toBe('Orders fell sharply');
    const a = one('Sales of the car, according to the company, fell by half in March.', 'according to');
    expect(a.content.text).toBe('Sales of the car, according to the company, fell by half in March');
    expect(one('Sales fell by half, according to the company, but prices held.', 'according to').content.text).toBe('Sales fell by half');
  });
});
