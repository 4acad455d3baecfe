// Content boundaries on sentences written for these tests: where a content stops (adjuncts of the
// reporter, relative clauses, fronted adjuncts) and how far a quotation carries it.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Claim } from '../src/index.js';

const extractor = createExtractor();
const one = (text: string, cue: string): Claim => {
  const found = extractor.extract(text).claims.filter((c) => c.cue.text.includes(cue));
  expect(found.map((c) => c.cue.text), `claims with cue "${cue}"`).toHaveLength(1);
  return found[0]!;
};

describe('claims: a noun-phrase content stops before the reporter’s adjuncts', () => {
  it('an occasion or a time after the object is not part of it', () => {
    expect(one('The union denounced the new parking fees in a statement on Friday.', 'denounced').content.text).toBe('the new parking fees');
    expect(one('The mayor praised Ortiz at a rally in the park.', 'praised').content.text).toBe('Ortiz');
  });

  it('a relative clause or a clause of the reporter after a comma ends it', () => {
    expect(one('The governor praised the school board, which has cut its budget twice since 2019.', 'praised').content.text).toBe('the school board');
    expect(one('Critics have questioned the timing of the vote, the paper reported last week.', 'questioned').content.text).toBe('the timing of the vote');
  });

  it('a circumstance clause ends it, but a complement with "as" stays', () => {
    expect(one('The council condemned the closure of the clinic as protesters gathered outside.', 'condemned').content.text).toBe('the closure of the clinic');
    expect(one('The senator described the budget as a betrayal of rural families.', 'described').content.text).toBe('the budget as a betrayal of rural families');
  });

  it('a clause after "said" keeps its adjuncts and relative clauses', () => {
    expect(one('The minister said the port, which reopened in March, would double its traffic by 2027.', 'said').content.text).toBe('the port, which reopened in March, would double its traffic by 2027');
    expect(one('She noted that in the three largest counties, turnout fell in May.', 'noted').content.text).toBe('in the three largest counties, turnout fell in May');
  });
});

describe('claims: a fronted adjunct before the credit', () => {
  it('"Asked …, S said, “Q”": the content is the quotation only', () => {
    const c = one('Asked whether the plan would survive the winter, Ortiz said, “I doubt it very much.”', 'said');
    expect(c.content.text).toBe('I doubt it very much');
  });

  it('a fragment interrupted by the credit still runs on', () => {
    expect(one('The new bridge, the mayor said, would open to traffic in May.', 'said').content.text).toBe('The new bridge, the mayor said, would open to traffic in May');
  });
});

describe('claims: a quotation that goes on after its credit', () => {
  it('a wholly quoted paragraph with no credit of its own continues the speaker', () => {
    const text = '“We will not back down,” Ruiz said. “The appeal is already filed.”\n\n“It will succeed in the spring.”\n\nThe judge declined to comment.';
    expect(one(text, 'said').content.text).toBe('We will not back down,” Ruiz said. “The appeal is already filed.”\n\n“It will succeed in the spring');
  });

  it('a quoted show title in the credit does not stop the quotation going on', () => {
    const text = '“I expected to be questioned,” he said on “Sunday Forum.” “But nobody asked me about the loans.”';
    expect(one(text, 'said').content.text).toBe('I expected to be questioned,” he said on “Sunday Forum.” “But nobody asked me about the loans');
  });

  it('a quoted paragraph with a credit of its own is another claim', () => {
    const text = 'Ruiz said: “We will not back down.”\n\n“We have the votes,” Diaz said.';
    const byRuiz = extractor.extract(text).claims.filter((c) => c.sourceText === 'Ruiz');
    expect(byRuiz.map((c) => c.content.text)).toEqual(['We will not back down']);
  });

  it('a single-mark quotation nested inside does not end the quotation', () => {
    const text = '“I know this city,” Ortiz said. “My father told me, ‘Never sell the house,’ and I never did.”';
    expect(one(text, 'said').content.text).toBe('I know this city,” Ortiz said. “My father told me, ‘Never sell the house,’ and I never did');
  });

  it('a quotation in the paragraph before is not credited by a sentence that starts a new one', () => {
    const text = 'The mayor issued a statement:\n\n“We mourn with the families.”\n\nThe council is expected to vote on the budget in May.';
    const claims = extractor.extract(text).claims;
    expect(claims.some((c) => c.content.text.includes('We mourn') && c.cue.text.includes('expected'))).toBe(false);
  });
});

describe('claims: coordinated predicates and questions asked', () => {
  it('a noun-phrase content ends before the subject’s next predicate', () => {
    expect(one('The governor has promised a veto and attempted to win over moderates.', 'promised').content.text).toBe('a veto');
    expect(one('The council demands an audit of the port, yet refuses to release its own books.', 'demands').content.text).toBe('an audit of the port');
  });

  it('a coordinated noun stays in the content', () => {
    expect(one('The senator praised the nurses and teachers of the county.', 'praised').content.text).toBe('the nurses and teachers of the county');
  });

  it('"Asked if …, S said": the question ends before the answer', () => {
    const asked = extractor.extract('Asked if she would run again, the mayor said no.').claims.find((c) => c.cue.text === 'Asked');
    expect(asked?.content.text).toBe('if she would run again');
  });

  it('"Asked …, S replied": the question ends at its comma even without a verb of its own', () => {
    const asked = extractor.extract('Asked what a fair deal looks like, the union leader replied: “We will know it when we see it.”').claims.find((c) => c.cue.text === 'Asked');
    expect(asked?.content.text).toBe('what a fair deal looks like');
  });

  it('a conditional content keeps its main clause', () => {
    expect(one('The treasurer warned that if the levy fails, the district will close two schools.', 'warned').content.text).toBe('if the levy fails, the district will close two schools');
  });
});

describe('claims: a quoted title before the credit', () => {
  it('the name of a show after a preposition is not the content', () => {
    const c = one('On Sunday’s episode of “Meet the Voters,” the governor said the levy would pass easily.', 'said');
    expect(c.content.text).toBe('the levy would pass easily');
  });

  it('a quotation that opens the sentence still is', () => {
    expect(one('“The levy will pass easily,” the governor said on Sunday.', 'said').content.text).toBe('The levy will pass easily');
  });
});

describe('claims: dashes and second complements', () => {
  it('an aside between a pair of dashes stays inside the content', () => {
    const c = one('The agency estimates that the largest farms -- those with more than 5,000 acres -- would lose most of the subsidy.', 'estimates');
    expect(c.content.text).toBe('the largest farms -- those with more than 5,000 acres -- would lose most of the subsidy');
  });

  it('a single dash still ends the content', () => {
    expect(one('The mayor said the budget was balanced — a claim her rivals dispute.', 'said').content.text).toBe('the budget was balanced');
  });

  it('", and that …" is a second complement of the same cue', () => {
    const c = one('The director said the museum would reopen in June, and that tickets would be free for a month.', 'said');
    expect(c.content.text).toBe('the museum would reopen in June, and that tickets would be free for a month');
  });
});

describe('claims: a quotation after a new report is not resumed', () => {
  it('", adding later, “B”" leaves B out of the first quotation', () => {
    const c = extractor.extract('“We cannot keep paying for this,” the mayor said, adding later, “The state has to step in.”').claims.find((x) => x.cue.text === 'said');
    expect(c?.content.text).toBe('We cannot keep paying for this');
  });

  it('"“A,” he said, but “B”" resumes the quotation', () => {
    const c = one('“I like the chief,” he said, but “on policing he has a long way to go.”', 'said');
    expect(c.content.text).toBe('I like the chief,” he said, but “on policing he has a long way to go');
  });

  it('a credit with a topic still resumes its quotation', () => {
    const c = one('“They have every reason to settle,” she said of the two unions, “because both need the contract.”', 'said');
    expect(c.content.text).toBe('They have every reason to settle,” she said of the two unions, “because both need the contract');
  });
});

describe('claims: a lead-in before a colon', () => {
  it('“Q,” S said after "…:" keeps only the quotation', () => {
    const c = one('At the rally she ended on a warning: “Nobody is coming to save this town,” Ruiz said.', 'said');
    expect(c.content.text).toBe('Nobody is coming to save this town');
  });
});

describe('claims: a fronted adjunct inside a that-clause', () => {
  it('the comma after it does not end the content', () => {
    const c = one('The auditor said that, during the years when the fund was growing, the board had ignored its warnings.', 'said');
    expect(c.content.text).toBe('during the years when the fund was growing, the board had ignored its warnings');
  });
});

describe('claims: an appositive the reporter adds after a clause', () => {
  it('", a swipe at …" after a complete clause ends the content', () => {
    const c = one('The mayor said the stadium deal would pay for itself, a swipe at the council that rejected it.', 'said');
    expect(c.content.text).toBe('the stadium deal would pay for itself');
  });

  it('an appositive on a noun-phrase content is the reporter’s too', () => {
    const c = one('The senator has railed against the port deal, the largest contract the city has signed in a decade.', 'railed');
    expect(c.content.text).toBe('the port deal');
  });

  it('a list of noun phrases stays whole', () => {
    const c = one('The report said the city needs new buses, the repair of old bridges and for more trains at night.', 'said');
    expect(c.content.text).toBe('the city needs new buses, the repair of old bridges and for more trains at night');
  });
});

describe('claims: an infinitive content', () => {
  it('ends before a relative clause or the subject’s next predicate', () => {
    expect(one('The governor wants to close the old prison, which has been half empty for years.', 'wants').content.text).toBe('to close the old prison');
    expect(one('The patient did not want to stay in the ward, but was sent home with a prescription.', 'want').content.text).toBe('to stay in the ward');
  });
});

describe('asides inside an indirect content', () => {
  const ex = createExtractor();
  const content = (text: string) => ex.extract(text).claims.map((c) => c.content.text);
  it('a relative aside the content resumes after (a preposition follows its closing comma) stays inside', () => {
    expect(content('She said the plan would bring debt, which peaked in 2020, down to 60% of output by 2030.')).toEqual([
      'the plan would bring debt, which peaked in 2020, down to 60% of output by 2030',
    ]);
  });
  it('a relative clause the reporter adds at the end is still cut', () => {
    expect(content('The minister said the reform would cut costs, which rose 4% last year.')).toEqual(['the reform would cut costs']);
  });
  it('the subject of a source may carry a participle with its agent', () => {
    const c = ex.extract('Economists polled by the Daily Ledger had expected a cut.').claims[0]!;
    expect([c.sourceText, c.sourceKind]).toEqual(['Economists polled by the Daily Ledger', 'anonymous']);
  });
});

describe('an interrupted content keeps its parts', () => {
  const ex = createExtractor();
  it('“A,” she said, “B.”: the content runs from A to B, its parts leave the credit out', () => {
    const c = ex.extract('The mill closed on Friday.\n\n“We are ready,” the union leader said, “and we will not wait for the board.”').claims[0]!;
    expect(c.content.text).toBe('We are ready,” the union leader said, “and we will not wait for the board');
    expect(c.contentParts?.map((p) => p.text)).toEqual(['We are ready', 'and we will not wait for the board']);
  });
  it('a content the credit does not interrupt has no parts', () => {
    expect(ex.extract('The union leader said the strike would go on.').claims[0]!.contentParts).toBeNull();
  });
  it('"“It is over,” said Ana Ruiz." is a claim whose source stops before the full stop', () => {
    const c = ex.extract('The mill closed on Friday.\n\n“It is over,” said Ana Ruiz.').claims[0]!;
    expect([c.content.text, c.sourceText]).toEqual(['It is over', 'Ana Ruiz']);
  });
});

describe('a clause of the reporter after the content', () => {
  it('", and his caucus voted …" starts a new clause with a possessive subject', () => {
    const c = createExtractor().extract('Baker has long accused the governor of reckless spending, and his caucus voted against the budget.').claims[0]!;
    expect(c.content.text).toBe('the governor of reckless spending');
  });
});

describe('adjuncts after a postposed credit', () => {
  it('"…, the agency said in a letter sent to residents." credits the clause before, from the city housing department too', () => {
    const ex = createExtractor();
    const a = ex.extract('Tenants must leave the tower by Friday, the agency said in a letter sent to residents.').claims[0]!;
    expect([a.content.text, a.sourceText]).toEqual(['Tenants must leave the tower by Friday', 'the agency']);
    const b = ex.extract('Tenants must leave the tower by Friday, the city housing department said in a notice posted on Tuesday.').claims[0]!;
    expect([b.content.text, b.sourceText]).toEqual(['Tenants must leave the tower by Friday', 'the city housing department']);
  });
});

describe('the hearer of "told" and a clock time before a new sentence', () => {
  const ex = createExtractor();
  it('"told the Gazette she was …": the pronoun opens the content', () => {
    expect(ex.extract('Council member Rita Shaw told the Gazette she was leaning towards yes.').claims[0]!.content.text).toBe('she was leaning towards yes');
  });
  it('"before 10 a.m. Business owners …" is two sentences; "at 10 a.m. Tuesday" one', () => {
    const split = ex.extract('She added that vans would be allowed in before 10 a.m. Business owners were unimpressed.');
    expect(split.claims[0]!.content.text).toBe('vans would be allowed in before 10 a.m');
    const one = ex.extract('The council meets at 10 a.m. Tuesday to vote on the plan.');
    expect(one.dates.map((d) => d.text)).toContain('10 a.m. Tuesday');
  });
});

describe('participles as adjectives inside a source', () => {
  it('"the mayor with the famous temper" is one noun phrase', () => {
    const c = createExtractor().extract('The mayor with the famous temper said the plan was dead.').claims[0]!;
    expect(c.sourceText).toBe('The mayor with the famous temper');
  });
});

describe('credits inside a sentence', () => {
  const ex = createExtractor();
  it('"The budget, he said, “kicks …”": the opening noun phrase and the quotation are one content in two parts', () => {
    const c = ex.extract('The mill closed.\n\nThe budget, he said, “kicks the can down the road.”').claims[0]!;
    expect(c.contentParts?.map((p) => p.text)).toEqual(['The budget', 'kicks the can down the road']);
  });
  it('"Okafor, asked about the funds, said …": the participle aside and the main report are two claims', () => {
    const out = ex.extract('Okafor, asked about the missing funds, said he had done nothing wrong.').claims;
    expect(out.map((c) => [c.cue.text, c.content.text])).toEqual([['asked', 'about the missing funds'], ['said', 'he had done nothing wrong']]);
  });
});

describe('an anonymity formula inside the source span', () => {
  it('"A Western diplomat, who asked not to be named, said" is anonymous even with a demonym in it', () => {
    const c = createExtractor().extract('A Western diplomat, who asked not to be named, said the strike was a warning.').claims[0]!;
    expect(c.sourceKind).toBe('anonymous');
  });
});

describe('the dateline of the wire and the appositive of the reporter stay out of a lead content', () => {
  it('"OSLO (Reuters) - X would merge, two people said, a decision that …"', () => {
    const c = createExtractor().extract('OSLO (Reuters) - Regulators are set to approve the merger of the two ferry lines, two people familiar with the matter said, a decision that would end a long review.').claims[0]!;
    expect(c.content.text).toBe('Regulators are set to approve the merger of the two ferry lines');
  });
  it('"LIMA, Peru — X, officials said on Tuesday, in …": the content starts after the dash', () => {
    const c = createExtractor().extract('LIMA, Peru — Floods destroyed more than 400 homes overnight, officials said on Tuesday, in the worst flooding in a decade.').claims[0]!;
    expect(c.content.text.startsWith('Floods destroyed')).toBe(true);
  });
});
