// Deadline forms found by probing with invented articles: each case is a general news construction,
// written for this test, with the parties, times and spans a careful reader would mark.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/pipeline/run.js';
import type { Extraction } from '../src/schema/result.js';
import { dateIn } from '../src/deadlines/when.js';

const extractor = createExtractor();
const run = (text: string, date = '2026-03-10') => extractor.extract(text, { date });
const nameOf = (out: Extraction, id: string | null) => out.entities.find((e) => e.id === id)?.name ?? null;
const only = (out: Extraction) => {
  expect(out.deadlines).toHaveLength(1);
  return out.deadlines[0]!;
};

describe('parties of a coordinated ultimatum verb', () => {
  it('the subject of the first verb issues, and "it" is its object', () => {
    const out = run('Opposition leader Anna Weber accused the Austrian government of "reckless spending" and gave it until the end of the month to publish a full costing, or face a no-confidence motion.');
    const d = only(out);
    expect(nameOf(out, d.issuer)).toBe('Anna Weber');
    expect(nameOf(out, d.target)).toBe('Austria');
    expect(d.due).toBe('2026-03-31');
    expect(d.consequence?.text).toBe('face a no-confidence motion');
  });
  it('"them" after a coordinated verb is the object of the first verb', () => {
    const out = run('The league charged Rovers with misconduct and gave them until Thursday to respond.');
    expect(nameOf(out, only(out).target)).toBe('Rovers');
  });
});

describe('changed and lapsed deadlines', () => {
  it('an extension "by two weeks" is a shift, not the span or a date from today', () => {
    const out = run('The bidder, Harlan Capital, extended its offer deadline by two weeks last month.', '2026-06-04');
    const d = only(out);
    expect(nameOf(out, d.issuer)).toBe('Harlan Capital');
    expect([d.duration, d.due, d.status]).toEqual([null, null, 'extended']);
  });
  it('a date in the next clause is not the time of a deadline that came and went', () => {
    const out = run('That deadline came and went, and fighting resumed in the second week of August.', '2026-09-21');
    const d = only(out);
    expect([d.due, d.status]).toEqual([null, 'expired']);
  });
  it('a number keeps its comma inside the demand', () => {
    const out = run('The regulator ordered Veltrax Motors to recall 120,000 vans within 60 days or face fines.', '2026-06-04');
    expect(only(out).demand?.text).toBe('recall 120,000 vans');
  });
});

describe('more probe forms', () => {
  it('a list of names as subject: the first one issues', () => {
    const out = run('Britain, France and Germany have given Iran 30 days to resume talks or face sanctions.', '2026-08-14');
    const d = only(out);
    expect(nameOf(out, d.issuer)).toBe('United Kingdom');
    expect(nameOf(out, d.target)).toBe('Iran');
  });
  it('a fronted place is not part of the subject list', () => {
    const out = run('In Paris, Britain and France gave Iran 30 days to resume talks.', '2026-08-14');
    expect(nameOf(out, only(out).issuer)).toBe('United Kingdom');
  });
  it('a negated "complied with" in the demand is no deadline met, an "extension" in it extends nothing', () => {
    const a = only(run('The Supreme Court gave Alabama two weeks to explain why it had not complied with an earlier order.', '2026-04-22'));
    expect(a.status).toBe('pending');
    const b = only(run('Israel and Hamas have until the end of the week to agree on the terms of a ceasefire extension.', '2026-08-12'));
    expect(b.status).toBe('pending');
  });
});

describe('spans that run from an event of their own', () => {
  it('"within 10 days of signing a deal" gives no bounds and no status', () => {
    const d = only(run('The firm must notify regulators within 10 working days of signing a deal.', '2026-10-05'));
    expect([d.duration, d.dueEarliest, d.dueLatest, d.status]).toEqual(['P10D', null, null, 'unknown']);
  });
  it('"within 30 days of the ruling" runs from the deadline being set', () => {
    const d = only(run('The court ordered the firm to pay the fine within 30 days of the ruling.', '2026-10-05'));
    expect([d.dueLatest, d.status]).toEqual(['2026-11-04', 'pending']);
  });
});

it('"the airline" is the one named airline of the article', () => {
  const out = run('Pilots at SkyBridge Airlines may strike. The airline has 10 days to file a counter-proposal.', '2026-05-20');
  expect(nameOf(out, only(out).target)).toBe('SkyBridge Airlines');
});

describe('times and clauses around a deadline', () => {
  it('a clock time on the weekday of the report is that day', () => {
    const d = only(run('The transfer window closes at 11 p.m. on Monday.', '2026-08-31'));
    expect(d.due).toBe('2026-08-31');
  });
  it('a deadline only mentioned in passing takes no date from a later clause', () => {
    expect(run('Last year, a similar standoff ended hours before the deadline, when both chambers approved a measure that kept agencies open until December 20.', '2026-01-28').deadlines).toEqual([]);
  });
  it('"missed the deadline for X by four minutes": the margin is not part of the demand', () => {
    const d = only(run('Last season Chelsea missed the registration deadline for a new goalkeeper by four minutes.', '2026-08-31'));
    expect([d.demand?.text, d.status]).toEqual(['a new goalkeeper', 'expired']);
  });
});

describe('issuers and binding verbs found by probing', () => {
  it('a raising verb ("is said to have given") keeps the subject as issuer', () => {
    const out = run('The Financial Conduct Authority is said to have given the lender a deadline to repay customers by the end of February.', '2025-12-03');
    const d = only(out);
    expect(nameOf(out, d.issuer)).toBe('Financial Conduct Authority');
    expect([d.due, d.hedged]).toEqual(['2026-02-28', true]);
  });
  it('"a deadline set by X to VERB": X issues; who dismissed it is bound', () => {
    const out = run('Russia on Wednesday dismissed a 50-day deadline set by President Donald Trump to agree a ceasefire.', '2026-07-09');
    const d = only(out);
    expect([nameOf(out, d.issuer), nameOf(out, d.target), d.demand?.text, d.duration]).toEqual(['Donald Trump', 'Russia', 'agree a ceasefire', 'P50D']);
  });
  it('whoever would face the penalty is the target, the speaker the issuer', () => {
    const out = run('Donald Trump said on Monday that Russia would face severe tariffs if no deal was reached within 50 days.', '2026-07-09');
    const d = only(out);
    expect([nameOf(out, d.issuer), nameOf(out, d.target)]).toEqual(['Donald Trump', 'Russia']);
  });
  it('"extended similar deadlines before" is no record of its own', () => {
    const out = run('Trump has set and then extended similar deadlines before: in May, he gave Moscow two weeks to show progress, and that deadline passed without consequences.', '2026-07-09');
    const d = only(out);
    expect([d.duration, d.demand?.text, d.status]).toEqual(['P2W', 'show progress', 'expired']);
  });
});

it('a rejection of the ultimatum is told as fact, not hearsay', () => {
  const out = run('The rebel commander, Joseph Mbeki, rejected the ultimatum and said his fighters would not surrender.', '2026-09-21');
  const d = only(out);
  expect([nameOf(out, d.target), d.hedged]).toEqual(['Joseph Mbeki', false]);
});

describe('one reading of "next <weekday>"', () => {
  it('the deadline takes the dates stage record: the first such day after the document date', () => {
    // 2026-03-09 is a Monday: "next Friday" is the 13th in both stages.
    const out = run('The city council gave the transit authority until next Friday to publish its audit.', '2026-03-09');
    const date = out.dates.find((d) => d.text === 'next Friday');
    expect(date?.value).toBe('2026-03-13');
    expect(only(out).due).toBe('2026-03-13');
  });
  it('the chrono fallback (no dates records) reads it the same way', () => {
    const text = 'Bids are due by next Friday.';
    expect(dateIn(text, 0, text.length, '2026-03-09', undefined)?.day).toBe('2026-03-13');
  });
  it('on a Friday, "next Friday" is a week on', () => {
    const out = run('Tenants have until next Friday to file their objections.', '2026-03-13');
    expect(only(out).due).toBe('2026-03-20');
  });
});

describe('a quotation inside the consequence', () => {
  it('keeps the quoted penalty, closing mark included', () => {
    const out = run('The president said the rebel commanders had until Sept. 15 to sign the accord or face "consequences from the whole region."');
    expect(only(out).consequence?.text).toBe('face "consequences from the whole region."');
  });
  it('goes on after a short quoted word', () => {
    const out = run('The club has until Friday to pay its players or face "severe" sanctions from the league.');
    expect(only(out).consequence?.text).toBe('face "severe" sanctions from the league');
  });
});

describe('parties as written (issuerText / targetText)', () => {
  it('keeps non-entity parties and follows "it" to the reporting subject', () => {
    const d = only(run('The nurses union said it would strike on April 2 unless hospital managers reopened talks.'));
    expect([d.issuerText, d.targetText]).toEqual(['The nurses union', 'hospital managers']);
  });
  it('reads the giver and the given of "gave X until"', () => {
    const d = only(run('The county board gave the water authority until next Friday to publish its test results.'));
    expect([d.issuerText, d.targetText]).toEqual(['The county board', 'the water authority']);
  });
  it('the object of an ultimatum stops before the ultimatum noun phrase', () => {
    const d = only(run('The governor gave the hauliers a 72-hour ultimatum to clear the border crossing.'));
    expect([d.issuerText, d.targetText]).toEqual(['The governor', 'the hauliers']);
  });
  it('"a deadline for X to" names the bound party', () => {
    const d = only(run('The energy regulator set an April 30 deadline for the grid operator to file a repair plan.'));
    expect([d.issuerText, d.targetText]).toEqual(['The energy regulator', 'the grid operator']);
  });
  it('an entity party keeps the words naming it', () => {
    const out = run('Opposition leader Anna Weber accused the Austrian government of "reckless spending" and gave it until the end of the month to publish a full costing.');
    expect([only(out).issuerText, only(out).targetText]).toEqual(['Opposition leader Anna Weber', 'the Austrian government']);
  });
});

describe('a deadline told again in the next sentence', () => {
  it('"That deadline came and went" is the status of the deadline before it, not a new one', () => {
    const out = run('The city council gave the water board until March 2 to publish the report. That deadline came and went without a word from the board.');
    const d = only(out);
    expect([d.due, d.status, d.targetText]).toEqual(['2026-03-02', 'expired', 'the water board']);
  });
  it('a deadline with its own demand in the next sentence stays a record', () => {
    const out = run('The council gave the water board until March 20 to publish the report. The board set an April 1 deadline for contractors to submit bids.');
    expect(out.deadlines).toHaveLength(2);
  });
  it('"told X it had until" makes X the bound party', () => {
    const d = only(run('The transit authority told the drivers union it had until the end of the week to accept the offer.'));
    expect([d.issuerText, d.targetText]).toEqual(['The transit authority', 'the drivers union']);
  });
  it('a time adjunct after the subject is not part of the party', () => {
    const d = only(run('The state energy regulator on Tuesday gave the grid operator until April 30 to file a repair plan.'));
    expect(d.issuerText).toBe('The state energy regulator');
  });
});

describe('more probe shapes', () => {
  it('the point of an initial does not end the demand', () => {
    expect(only(run('Regulators gave the app until July 15 to stop sending data to its U.S. servers.')).demand?.text).toBe('stop sending data to its U.S. servers');
  });
  it('"Y rejected the ultimatum" right after it is the same ultimatum, and names its target', () => {
    const out = run('The dockers union issued a 72-hour ultimatum on Sunday: restore the night bonus or see the terminals shut. Port operators rejected the ultimatum.');
    const d = only(out);
    expect([d.issuerText, d.targetText, d.duration]).toEqual(['The dockers union', 'Port operators', 'PT72H']);
  });
  it('"missed Friday\'s deadline" is the Friday just gone', () => {
    const d = only(run('The company missed Friday\'s deadline to answer the questions.', '2026-06-08'));
    expect([d.due, d.status]).toEqual(['2026-06-05', 'expired']);
  });
  it('a subject walk that stops at a year names no party', () => {
    const d = only(run('Migrants who arrived before 2024 must apply for settled status by Dec. 31, 2026.'));
    expect(d.targetText).not.toBe('2024');
  });
});
