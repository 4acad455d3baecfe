// Dates stage end to end: each family of time expression in sentences written like wire copy,
// normalised against a document date, plus what must not be read as time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { intervalOf } from '../src/util/calendar.js';

const extractor = createExtractor();
const dates = (text: string, date: string | null = '2025-06-21') => extractor.extract(text, { date }).dates;
const one = (text: string, phrase: string, date: string | null = '2025-06-21') => {
  const found = dates(text, date).find((d) => d.text === phrase);
  if (!found) throw new Error(`no date "${phrase}" in: ${JSON.stringify(dates(text, date).map((d) => d.text))}`);
  return found;
};

describe('reference article', () => {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reference-article.txt'), 'utf8');
  const out = extractor.extract(text);
  const byText = (t: string) => out.dates.filter((d) => d.text === t);

  it('takes the header as the document date and makes no record of it', () => {
    expect(out.date).toBe('2025-06-21');
    const header = text.indexOf('2025-06-21');
    expect(out.dates.every((d) => d.start > header + 10)).toBe(true);
  });
  it('resolves "Earlier this month" and "earlier this month" to June 2025', () => {
    const found = [...byText('Earlier this month'), ...byText('earlier this month')];
    expect(found).toHaveLength(2);
    for (const d of found) {
      expect(d.value).toBe('2025-06');
      expect(d.interval).toEqual({ start: '2025-06-01', end: '2025-06-30' });
    }
  });
  it('reads "recent years" and "recently" as PAST_REF', () => {
    expect(byText('recent years')[0]?.value).toBe('PAST_REF');
    expect(byText('recently')[0]?.value).toBe('PAST_REF');
  });
  it('reads "two-week" as a P2W duration', () => {
    expect(byText('two-week')[0]).toMatchObject({ type: 'DURATION', value: 'P2W' });
  });
  it('reads both "coming days" as FUTURE_REF', () => {
    const coming = out.dates.filter((d) => /coming days/i.test(d.text));
    expect(coming).toHaveLength(2);
    expect(coming.every((d) => d.value === 'FUTURE_REF' && /^the coming days$/i.test(d.text))).toBe(true);
  });
});

describe('calendar dates, months, years', () => {
  it('reads a full date and a month-day in the past', () => {
    expect(one('The accord was signed on March 3, 2024, in Doha.', 'March 3, 2024').value).toBe('2024-03-03');
    expect(one('Inspectors left the site on Aug. 6, officials said.', 'Aug. 6', '2026-02-06').value).toBe('2025-08-06');
  });
  it('keeps the granularity of months, years, decades and centuries', () => {
    expect(one('Unemployment peaked in October 2019.', 'October 2019').value).toBe('2019-10');
    expect(one('The dam was finished in 1998 after delays.', '1998').value).toBe('1998');
    expect(one('Oil prices collapsed in the late 1980s.', 'the late 1980s')).toMatchObject({ value: '198', mod: 'END' });
    expect(one('The port was built in the 19th century.', 'the 19th century').value).toBe('18');
  });
  it('chooses the previous December in a past-tense sentence written in spring', () => {
    expect(one('Exports fell in December, the ministry said.', 'December', '2025-03-10').value).toBe('2024-12');
  });
  it('keeps next month in the current year even in a past-tense sentence', () => {
    expect(one('The cartel announced a 10% cut in output in September.', 'September', '2025-08-16').value).toBe('2025-09');
    expect(one('The cartel cut output in October.', 'October', '2025-08-16').value).toBe('2024-10');
  });
  it('looks ahead for a month governed by a plan or a schedule', () => {
    expect(one('The merger is expected to close in January.', 'January', '2025-11-10').value).toBe('2026-01');
    expect(one('The ministry has cut rates twice since January.', 'January', '2025-11-10').value).toBe('2025-01');
  });
  it('reads "early next year" and "later this year" with their mods', () => {
    expect(one('The plant should open early next year.', 'early next year')).toMatchObject({ value: '2026', mod: 'START' });
    expect(one('A ruling is expected later this year.', 'later this year')).toMatchObject({ value: '2025', mod: 'END' });
  });
});

describe('weeks, weekdays, days, parts of day, seasons, quarters', () => {
  it('resolves a weekday backwards in the past tense and forwards in the future', () => {
    // 2025-06-21 is a Saturday
    expect(one('The minister resigned on Tuesday after the vote.', 'Tuesday').value).toBe('2025-06-17');
    expect(one('Parliament will debate the bill on Tuesday.', 'Tuesday').value).toBe('2025-06-24');
  });
  it('reads a weekday with its date as one expression valued by the date', () => {
    expect(one('The paper said in an editorial on Tuesday, June 10: the vote matters.', 'Tuesday, June 10').value).toBe('2025-06-10');
  });
  it('reads weeks and days named from the document date', () => {
    expect(one('Talks stalled last week in Geneva.', 'last week').value).toBe('2025-W24');
    expect(one('The general spoke yesterday.', 'yesterday').value).toBe('2025-06-20');
    expect(one('Shelling resumed this morning.', 'this morning')).toMatchObject({ type: 'TIME', value: '2025-06-21TMO' });
  });
  it('reads seasons and quarters', () => {
    expect(one('The company cut 300 jobs last fall.', 'last fall').value).toBe('2024-FA');
    expect(one('Profit rose 8% in the second quarter.', 'the second quarter', '2025-08-01').value).toBe('2025-Q2');
    expect(intervalOf('2025-Q2')).toEqual({ start: '2025-04-01', end: '2025-06-30' });
  });
  it('refers "the quarter" and "a year earlier" to the quarter an earnings report names', () => {
    const text = 'The retailer posted a loss for its fiscal first quarter ended Sept. 30. Sales in the quarter fell 3%. A year earlier, it earned $2 million in the first quarter.';
    const got = dates(text, '2025-10-28');
    expect(got.find((d) => d.text === 'the quarter')?.value).toBe('2025-Q1');
    expect(got.find((d) => d.text === 'A year earlier')?.value).toBe('2024-Q1');
    expect(one('Net rose 5% in the quarter from a year earlier.', 'the quarter', '2025-10-28').value).toBe('2025-Q3');
  });
  it('reads "a year earlier" after a percentage, at year granularity after a nine-month figure', () => {
    const text = 'Third-quarter profit rose. In the nine months, exports were 40% of sales, compared with 35% a year earlier.';
    expect(dates(text, '2025-10-28').find((d) => d.text === 'a year earlier')?.value).toBe('2024');
    expect(one('Third-quarter profit rose to $5 million from $4 million a year earlier.', 'a year earlier', '2025-10-28').value).toBe('2024-Q3');
  });
  it('reads midday, mid-afternoon and noon or midnight on a weekday as TIME', () => {
    expect(one('Shares slid in mid-afternoon yesterday.', 'mid-afternoon yesterday')).toMatchObject({ type: 'TIME', value: '2025-06-20TAF', mod: 'MID' });
    expect(one('The ultimatum expired at noon Thursday.', 'noon Thursday')).toMatchObject({ type: 'TIME', value: '2025-06-19T12:00' });
    expect(one('The poll closes at midnight Friday, officials said.', 'midnight Friday').value).toBe('2025-06-20T24:00');
    expect(dates('For the rebels, high noon has come.').map((d) => d.text)).toEqual([]);
  });
  it('reads clock times as TIME', () => {
    expect(one('The curfew starts at 9 p.m. on Monday.', '9 p.m.').type).toBe('TIME');
  });
});

describe('the verb group that governs a bare weekday or month', () => {
  // 2025-06-18 is a Wednesday
  const d = '2025-06-18';
  it('reads the auxiliary, not the participle: "will be named" looks ahead', () => {
    expect(one('A new envoy will be named for the summit in December.', 'December', '2025-03-04').value).toBe('2025-12');
    expect(one('The refinery is scheduled to restart Monday.', 'Monday', d).value).toBe('2025-06-23');
    expect(one('The shares are to resume trading Tuesday in Paris.', 'Tuesday', d).value).toBe('2025-06-24');
    expect(one('The summit is set to open on Monday.', 'Monday', d).value).toBe('2025-06-23');
    expect(one('Rebels seized the town on Thursday, residents said.', 'Thursday', d).value).toBe('2025-06-12');
  });
  it('reads a past perfect plan as past and "until" after the verb as ahead', () => {
    expect(one('The offer had been due to expire Monday evening.', 'Monday evening', d).value).toBe('2025-06-16TEV');
    expect(one('Until Monday, the police had not named a suspect.', 'Monday', d).value).toBe('2025-06-16');
    expect(one('The court postponed its ruling until Monday.', 'Monday', d).value).toBe('2025-06-23');
  });
  it('gives an infinitive its own time, and a past verb in a relative clause its past', () => {
    expect(one('The group agreed to sell the mill in February.', 'February', '2025-10-20').value).toBe('2026-02');
    expect(one('Police linked him to attacks that wounded two guards in November.', 'November', '2025-05-06').value).toBe('2024-11');
  });
  it('reads a date a meeting is moved to as ahead, but not a place one moves to', () => {
    expect(one('The hearing has been adjourned to Thursday.', 'Thursday', d).value).toBe('2025-06-19');
    expect(one('The talks were postponed to early July.', 'early July', '2025-06-18').value).toBe('2025-07');
    expect(one('He moved to Paris on Monday.', 'Monday', d).value).toBe('2025-06-16');
  });
  it('gives an infinitive after a raising verb the finite verb\'s time, not a plan\'s', () => {
    expect(one('The truce appeared to be holding on Thursday morning.', 'Thursday morning', d).value).toBe('2025-06-12TMO');
    expect(one('The minister seemed to accept the offer on Thursday.', 'Thursday', d).value).toBe('2025-06-12');
    expect(one('The report is to be published on Thursday.', 'Thursday', d).value).toBe('2025-06-19');
  });
  it('takes "plans" for a plan only before "to", and a participle before its noun for no verb', () => {
    expect(one('On Monday, the ministry shelved its expansion plans for the airport.', 'Monday', d).value).toBe('2025-06-16');
    expect(one('The company plans to list its shares on Friday.', 'Friday', d).value).toBe('2025-06-20');
    expect(one('Police broke up the planned march on Sunday.', 'Sunday', d).value).toBe('2025-06-15');
    expect(one('The much delayed vote is expected Tuesday.', 'Tuesday', d).value).toBe('2025-06-24');
  });
  it('reads a plural noun taken for a present verb before a past one as the noun it is', () => {
    expect(one('London share prices closed sharply lower Friday.', 'Friday', d).value).toBe('2025-06-13');
  });
  it('reads past the noun compromise takes for a verb in "French police arrested"', () => {
    expect(one('On Sunday, French police arrested two men at the border.', 'Sunday', d).value).toBe('2025-06-15');
    expect(one('On Monday, Kenyan police and army units said they had found the car.', 'Monday', d).value).toBe('2025-06-16');
    expect(one('On Friday, the ministers will meet in Brussels.', 'Friday', d).value).toBe('2025-06-20');
  });
  it('reads "by February" as a deadline ahead, unless a past verb governs it', () => {
    expect(one('The group plans to pay down most of its bridge loan by February.', 'February', '2025-10-30').value).toBe('2026-02');
    expect(one('Prices had already fallen 5% by February.', 'February', '2025-10-30').value).toBe('2025-02');
    expect(one('Most members had sent their audit forms by Wednesday.', 'Wednesday', d).value).toBe('2025-06-18');
  });
  it('reads "last February" written in March as a year back, "last April" in October as this year', () => {
    expect(one('Two army helicopters collided last February.', 'last February', '2025-03-02').value).toBe('2024-02');
    expect(one('The mine was closed last April.', 'last April', '2025-10-02').value).toBe('2025-04');
  });
  it('reads the weekend just past from a Monday, whatever compromise makes of "Over"', () => {
    // 2025-06-23 is a Monday of ISO week 26
    expect(one('Over the weekend, the rebels continued to shell the port.', 'the weekend', '2025-06-23').value).toBe('2025-W25-WE');
  });
  it('reads a same-form past after a singular subject as past, and a present in -s as ahead', () => {
    expect(one('The index hit a 10-year high on Friday.', 'Friday', d).value).toBe('2025-06-13');
    expect(one('As she put it on Thursday, the plan is dead.', 'Thursday', d).value).toBe('2025-06-12');
    // the present of a habit or schedule keeps its -s: "the index hits", "the bank sets"
    expect(one('The bank sets its rate on Thursday.', 'Thursday', d).value).toBe('2025-06-19');
  });
  it('reads "has" before its object as the present of "have", not a perfect', () => {
    expect(one('On Friday, the senator has a speech scheduled in Ohio.', 'Friday', d).value).toBe('2025-06-20');
    expect(one('On Friday, the senator has spoken in Ohio.', 'Friday', d).value).toBe('2025-06-13');
  });
  it('reads a month after a modal as ahead, a weekday as the nearest day', () => {
    expect(one('Only a candidate who can win in November will do.', 'November', '2025-03-04').value).toBe('2025-11');
    expect(one('The party must hold its ground in November.', 'November', '2025-02-10').value).toBe('2025-11');
    // "may have won": the perfect looks back
    expect(one('The party may have won in November.', 'November', '2025-02-10').value).toBe('2024-11');
    // 2025-06-18 is a Wednesday: the win the clause comments on is Tuesday's
    expect(one('He should get a boost from the win Tuesday.', 'Tuesday', d).value).toBe('2025-06-17');
  });
  it('gives the infinitive after an aspectual verb the finite verb\'s time ("continues to insist")', () => {
    // 2025-09-04 is a Thursday; Labor Day 2025 fell on Monday 2025-09-01
    expect(one('He continues to insist, most recently in a Labor Day interview, that he will run.', 'Labor Day', '2025-09-04').value).toBe('2025-09-01');
  });
  it('takes a gerund after a determiner for a noun, and the month "May" for no modal', () => {
    // 2025-06-21 is a Saturday: "meeting" has no tense, "hinted" governs
    expect(one('The envoy hinted at a deal during a meeting on Monday with reporters.', 'Monday', '2025-06-21').value).toBe('2025-06-16');
    expect(one('The poll of 900 adults was taken from May 13 through Sunday.', 'Sunday', '2025-05-23').value).toBe('2025-05-18');
    // "he's reminding" is a verb: the contracted "is" is no possessive
    expect(one("He's reminding voters that there is an election on Tuesday.", 'Tuesday', '2025-06-16').value).toBe('2025-06-17');
  });
  it('never carries a past month-day into next year, and reads "effective" as ahead', () => {
    expect(one('The unit earned $4 million in the year ended March 31.', 'March 31', '2025-11-03').value).toBe('2025-03-31');
    expect(one('The board also named a new treasurer, effective Feb. 1.', 'Feb. 1', '2025-10-28').value).toBe('2026-02-01');
    expect(one('The council unveiled the plan Aug. 21.', 'Aug. 21', '2025-10-28').value).toBe('2025-08-21');
  });
});

describe('"the year" in company news', () => {
  it('is the current year after a preposition, P1Y when a closing date follows', () => {
    expect(one('For the year, the airline carried 9 million people.', 'the year', '2025-11-04')).toMatchObject({ type: 'DATE', value: '2025' });
    expect(one('Profit for the full year will be lower.', 'the full year', '2025-11-04').value).toBe('2025');
    expect(one('Sales were $40 million in the fiscal year ended June 30.', 'the fiscal year', '2025-11-04')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(dates('Exports rose from the year before.', '2025-11-04').map((d) => d.text)).toEqual([]);
  });
});

describe('units counted from the date the article last named', () => {
  it('reads "that year", "later that year" and "the following month" from the last mention', () => {
    const text = 'The mine opened in 1987. It flooded that year. Miners struck in May 2003 and won later that year. In October the owners sued. The following month, they settled.';
    const got = dates(text, '2025-06-21');
    expect(got.find((d) => d.text === 'that year')?.value).toBe('1987');
    expect(got.find((d) => d.text === 'later that year')?.value).toBe('2003');
    expect(got.find((d) => d.text === 'The following month')?.value).toBe('2024-11');
  });
});

describe('durations, ago, sets, vague references', () => {
  it('reads durations in words and digits', () => {
    expect(one('The siege lasted 48 hours.', '48 hours').value).toBe('PT48H');
    expect(one('The truce held for a decade.', 'a decade').value).toBe('P10Y');
    expect(one('The monastery stood for centuries.', 'centuries').value).toBe('PXC');
    expect(one('The feud went on for several decades.', 'several decades').value).toBe('PXY');
    expect(one('He served three years in prison.', 'three years').value).toBe('P3Y');
    expect(one('Growth has slowed over the past few years.', 'the past few years').value).toBe('PXY');
  });
  it('turns "ago" and "from now" into dates', () => {
    expect(one('The border closed three years ago.', 'three years ago')).toMatchObject({ type: 'DATE', value: '2022' });
    expect(one('Elections are due two months from now.', 'two months from now').value).toBe('2025-08');
  });
  it('reads sets', () => {
    expect(one('Ferries now sail twice a week.', 'a week')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(one('Monitors inspect the reactor every month.', 'every month').type).toBe('SET');
  });
  it('reads now and currently as PRESENT_REF', () => {
    expect(one('The army is currently in control of the airport.', 'currently').value).toBe('PRESENT_REF');
  });
  it('reads two expressions in a range', () => {
    const found = dates('Output grew every year between 1990 and 1995.').map((d) => d.value);
    expect(found).toEqual(expect.arrayContaining(['1990', '1995']));
  });
  it('reads both days of "April 24 and 25" and "Sept. 3 to 7", but not a count after the day', () => {
    const found = dates('The summit meets on April 24 and 25, and the fair runs from Sept. 3 to 7.', '2025-04-01');
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['April 24', '2025-04-24'],
      ['25', '2025-04-25'],
      ['Sept. 3', '2025-09-03'],
      ['7', '2025-09-07'],
    ]);
    expect(dates('Voting began on Oct. 5 and 6 percent of ballots were spoiled.', '2025-10-07').map((d) => d.text)).toEqual(['Oct. 5']);
  });
  it('reads the date after "the night of" and seasons the tagger took for verbs', () => {
    expect(one('The judge was shot on the night of Oct. 23 at his home.', 'Oct. 23', '2025-11-02').value).toBe('2025-10-23');
    expect(one('Prices began to fall last fall, traders said.', 'last fall', '2025-06-21').value).toBe('2024-FA');
    expect(one('The unit was sold this past spring.', 'this past spring', '2025-10-21').value).toBe('2025-SP');
  });
  it('reads lists of years, "post-1945" and "-long" durations', () => {
    expect(dates('Floods struck in 1993, 1996 and 1998.').map((d) => d.value)).toEqual(['1993', '1996', '1998']);
    expect(one('The post-1945 order is under strain.', 'post-1945').value).toBe('1945');
    expect(one('The union called off its weeks-long strike.', 'weeks-long')).toMatchObject({ type: 'DURATION', value: 'PXW' });
    expect(one('Holders may buy at the then current price.', 'then current').value).toBe('PAST_REF');
  });
  it('keeps relative values when the document has no date', () => {
    expect(one('The minister resigned on Tuesday.', 'Tuesday', null).value).toBe('XXXX-WXX-2');
    expect(one('Prices rose sharply last year.', 'last year', null).value).toBe('PAST_REF');
    expect(one('Talks resumed on June 21.', 'June 21', null).value).toBe('XXXX-06-21');
  });
});

describe('what is not a time expression', () => {
  it('leaves out ages and counts of things', () => {
    expect(dates('A 45-year-old man was arrested at the scene.')).toEqual([]);
    expect(dates('The suspect, who is 45 years old, was arrested.')).toEqual([]);
    expect(dates('Three people were wounded in the blast.')).toEqual([]);
    expect(dates('About 2000 people joined the rally.')).toEqual([]);
  });
  it('does not read "May" the modal or "March" the protest as months', () => {
    expect(dates('Officials said the talks may resume within reach of a deal.')).toEqual([]);
    expect(dates('Negotiators May still reach a deal, diplomats said.')).toEqual([]);
    expect(dates('Thousands joined the March on the capital to protest the tax.')).toEqual([]);
    expect(dates('Veterans march through the city to protest the cuts.')).toEqual([]);
  });
});

describe('a story told across sentences', () => {
  // 2025-06-18 is a Wednesday
  const story = [
    'The tanker left Basra on June 3, the shipping agency said on Monday.',
    'The next day, gunmen boarded it off the coast.',
    'Later that day, the navy sent two frigates.',
    'The owners had been fined in 2021, after a collision the previous year.',
  ].join(' ');
  const out = dates(story, '2025-06-18');
  const value = (t: string) => out.find((d) => d.text === t)?.value;
  it('counts "the next day" and "later that day" from the last day named, not from the report', () => {
    expect(value('The next day')).toBe('2025-06-04');
    expect(value('Later that day')).toBe('2025-06-04');
  });
  it('counts "the previous year" from the year named before it', () => {
    expect(value('the previous year')).toBe('2020');
  });
  it('keeps "that year" on the year the story is about when a weekday names the day of the report', () => {
    const text = 'The mill opened in 1995, its owner said on Monday. That year, it hired 300 workers.';
    expect(one(text, 'That year', '2025-06-18').value).toBe('1995');
  });
  it('leaves out "that day" when no day was named before', () => {
    expect(dates('Nobody who was there that day has spoken to reporters.', '2025-06-18')).toEqual([]);
  });
});

describe('periods of business and wire copy', () => {
  it('reads calendar quarters named by their months, and a quarter ahead in a future sentence', () => {
    expect(one('Exports rose 2.1% in the April-June quarter.', 'the April-June quarter', '2025-08-14').value).toBe('2025-Q2');
    expect(one('Sales will recover in the fourth quarter, the group said.', 'the fourth quarter', '2025-08-14').value).toBe('2025-Q4');
    expect(one('Sales fell 4% in the fourth quarter, the group said.', 'the fourth quarter', '2025-08-14').value).toBe('2024-Q4');
  });
  it('reads a half or quarter of next or last year as one expression', () => {
    expect(one('The merger should close in the first half of next year.', 'the first half of next year').value).toBe('2026-H1');
    expect(one('Demand will stay weak through the first two quarters of 2026.', 'the first two quarters of 2026').value).toBe('2026-H1');
  });
  it('reads "every quarter" as a set and "the year-earlier nine months" as one duration', () => {
    expect(one('The lender pays $90 million in interest every quarter.', 'every quarter')).toMatchObject({ type: 'SET', value: 'P1Q' });
    expect(one('Profit for the year-earlier nine months reflected a tax credit.', 'the year-earlier nine months', '2025-10-20')).toMatchObject({ type: 'DURATION', value: 'P9M' });
  });
  it('reads "since year-end" as the end of last year', () => {
    expect(one('The index has gained 12% since year-end.', 'year-end', '2025-10-20')).toMatchObject({ value: '2024', mod: 'END' });
  });
  it('reads "last February" written in March as February of the year before', () => {
    expect(one('Two army helicopters collided last February, killing 73 soldiers.', 'last February', '2025-03-02').value).toBe('2024-02');
  });
  it('reads durations of unstated length and extra counts', () => {
    expect(one('Peacekeepers will stay in the region for some time.', 'some time')).toMatchObject({ type: 'DURATION', value: 'PXX' });
    expect(one('The strike could go on for a while.', 'a while').value).toBe('PXX');
    expect(one('The loan may be extended for an additional year.', 'an additional year').value).toBe('P1Y');
    expect(one('Over the years, the movement grew more radical.', 'the years').value).toBe('PXY');
    expect(one('The talks are expected to last several weeks.', 'several weeks').value).toBe('PXW');
  });
  it('dates clock times by the day that follows them', () => {
    expect(one('The truce took effect at 4 a.m. local time (0100 GMT) on Tuesday.', '4 a.m.', '2025-06-18').value).toBe('2025-06-17T04:00');
    expect(one('The deadline expired at noon on Tuesday.', 'noon', '2025-06-18').value).toBe('2025-06-17T12:00');
    expect(one('The envoy will fly out at 5 in the morning (5 a.m. local time Friday).', '5 in the morning', '2025-06-18').value).toBe('2025-06-20T05:00');
    expect(one('A court hearing is planned for the week of July 7.', 'the week of July 7', '2025-06-18').value).toBe('2025-W28');
  });
  it('reads "USA Today" as a newspaper, not a day', () => {
    expect(dates('The poll was first published by USA Today.')).toEqual([]);
  });
});

describe('news the rules were not tuned on: tense of the clause', () => {
  it('reads a time fronted in a "that" clause by the clause it opens', () => {
    expect(one('The senator has said that on Election Day, she will vote for the nominee.', 'Election Day', '2024-05-02').value).toBe('2024-11-05');
    expect(one('The mayor said that on Monday, the council rejected the plan.', 'Monday', '2024-05-02').value).toBe('2024-04-29');
    expect(one('That means that by early September, a campaign focused on winning must have its teams running.', 'early September', '2024-04-10').value).toBe('2024-09');
    expect(one('She will likely pass that mark on Tuesday, when voters cast ballots.', 'Tuesday', '2024-05-31').value).toBe('2024-06-04');
  });
  it('reads an infinitive after a present want or chance as ahead', () => {
    expect(one('We stand a good chance to win it on Tuesday.', 'Tuesday', '2024-05-31').value).toBe('2024-06-04');
    expect(one('The mayor wants to meet the unions on Tuesday.', 'Tuesday', '2024-05-31').value).toBe('2024-06-04');
    expect(one('The mayor agreed to meet the unions on Tuesday.', 'Tuesday', '2024-05-31').value).toBe('2024-05-28');
  });
  it('reads a past in a condition as hypothetical, not as a report', () => {
    expect(one('She would take office if she won the vote on Nov. 5.', 'Nov. 5', '2024-05-20').value).toBe('2024-11-05');
  });
  it('reads the present of a time clause as ahead', () => {
    expect(one('Once the new tariff takes effect on Dec. 1, importers will pay more.', 'Dec. 1', '2024-05-20').value).toBe('2024-12-01');
    expect(one('When members meet on Tuesday, they face a hard choice.', 'Tuesday', '2024-05-16').value).toBe('2024-05-21');
  });
  it('leans ahead for a month or season in an open tense', () => {
    expect(one('The primary gives her a chance to shift focus toward the November election.', 'November', '2024-04-10').value).toBe('2024-11');
    expect(one('These are attacks that rivals are likely to use in the fall.', 'the fall', '2024-04-15').value).toBe('2024-FA');
    expect(one('He vowed to stay in the race until the party\'s convention in July.', 'July', '2024-04-15').value).toBe('2024-07');
  });
});

describe('news the rules were not tuned on: names and ordinals', () => {
  it('reads "a second" before a noun or a hyphen as the ordinal', () => {
    expect(dates('The board backed her for a second five-year term.').map((d) => d.text)).toEqual(['five-year']);
    expect(dates('Crime is a second- or third-tier issue for most voters.')).toEqual([]);
    expect(one('She hesitated for a second before she answered.', 'a second').value).toBe('PT1S');
  });
  it('makes no date of programme and paper titles', () => {
    expect(dates('The governor told Fox News Sunday that the plan was dead.')).toEqual([]);
    expect(dates('He appeared on CBS This Morning and on the radio.')).toEqual([]);
    expect(dates('The memo was leaked to The Daily Beast and the Sunday Times.')).toEqual([]);
  });
  it('resolves Super Tuesday to an election year', () => {
    expect(one('Eleven states vote on March 5, known as Super Tuesday.', 'Super Tuesday', '2024-02-12').value).toBe('2024-03-05');
    expect(one('The race will be settled on Super Tuesday.', 'Super Tuesday', '2023-06-01').value).toBe('2024-03-05');
    expect(one('He won seven states on Super Tuesday.', 'Super Tuesday', '2021-05-01').value).toBe('2020-03-03');
  });
});

describe('news the rules were not tuned on: counts and years', () => {
  it('reads a half-dozen as six', () => {
    expect(one('The campaign stumbled over the past half-dozen days.', 'the past half-dozen days').value).toBe('P6D');
    expect(one('The survey took half a dozen years.', 'half a dozen years').value).toBe('P6Y');
  });
  it('reads "every three years" and "every other week" as sets', () => {
    expect(one('The limit will be updated every three years to follow wages.', 'every three years')).toMatchObject({ type: 'SET', value: 'P3Y' });
    expect(one('The panel meets every other week.', 'every other week')).toMatchObject({ type: 'SET', value: 'P2W' });
  });
  it('gives "January 20 next year" the year it names', () => {
    expect(one('Whoever wins will take office on January 20 next year.', 'January 20 next year', '2024-05-16').value).toBe('2025-01-20');
  });
  it('reads an ISO date in the text as that day', () => {
    expect(one('The filing, dated 2023-03-14, was withdrawn.', '2023-03-14').value).toBe('2023-03-14');
  });
});

describe('news the rules were not tuned on: bare units', () => {
  it('reads a bare plural unit that a time word follows', () => {
    expect(one('The governor resigned hours after the report came out.', 'hours').value).toBe('PTXH');
    expect(one('After months of talks, the two sides signed.', 'months').value).toBe('PXM');
    expect(one('The vote is just weeks away.', 'weeks').value).toBe('PXW');
    expect(one('She had settled the question years ago.', 'years ago')).toMatchObject({ type: 'DURATION', value: 'PXY' });
  });
  it('leaves eras and ages alone', () => {
    expect(dates('Those were the days of cheap oil.')).toEqual([]);
    expect(dates('The driver was 70 years of age.')).toEqual([]);
  });
  it('reads "seven-and-a-half years"', () => {
    expect(one('It has been seven-and-a-half years since the law passed.', 'seven-and-a-half years').value).toBe('P7Y6M');
  });
});

describe('news the rules were not tuned on: narrative and edges', () => {
  it('keeps "later" in a past narrative as a stretch, not a future date', () => {
    expect(one('The city was flooded in 2005, and the levees were rebuilt a few years later.', 'a few years')).toMatchObject({ type: 'DURATION', value: 'PXY' });
    expect(one('A year later the new plant will open.', 'A year later', '2024-03-01').value).toBe('2025');
  });
  it('makes no stretch of "on a night when"', () => {
    expect(dates('The results came on a night when five states voted.')).toEqual([]);
  });
  it('reads "this past week", "month\'s end" and a January "year\'s end"', () => {
    expect(one('The senator raised money for two candidates this past week.', 'this past week', '2024-05-24').value).toBe('2024-W20');
    expect(one('Advisers expect to lead by month\'s end.', "month's end", '2024-04-10')).toMatchObject({ value: '2024-04', mod: 'END' });
    expect(one('The campaign had $20 million in cash at year\'s end.', "year's end", '2024-01-05').value).toBe('2023');
    expect(one('The fund will run dry by year\'s end.', "year's end", '2024-01-05').value).toBe('2024');
  });
});

describe('news the rules were not tuned on: a story told about an earlier year', () => {
  it('keeps the year of the last full date for the next day-and-month dates', () => {
    const text = 'On March 2, 2021, the paper revealed the account. On March 25, the firm deleted the files.';
    expect(one(text, 'March 25', '2024-09-07').value).toBe('2021-03-25');
  });
  it('does not carry it back before that date, nor from a month alone', () => {
    expect(one('He was born on Oct. 3, 1950. He said on Sept. 5 that he would run.', 'Sept. 5', '2024-09-07').value).toBe('2024-09-05');
    expect(one('The truce of August 1988 held. The army crossed the border on Aug. 2.', 'Aug. 2', '2024-08-15').value).toBe('2024-08-02');
  });
});

describe('news the rules were not tuned on: days counted from the story', () => {
  it('reads "the day before" and "the following morning" from the day last named', () => {
    expect(one('The governor spoke in Ohio on Sunday. The day before, she was in Iowa.', 'The day before', '2024-09-23').value).toBe('2024-09-21');
    expect(one('The envoy landed on Monday. Over breakfast the following morning, he met the king.', 'the following morning', '2024-09-25').value).toBe('2024-09-24');
  });
  it('counts "the day before" from a day a report was made on', () => {
    expect(one('"It is absurd," the senator declared Sunday. The day before, at a rally in Ohio, his rival was calm.', 'The day before', '2024-09-24').value).toBe('2024-09-21');
  });
  it('reads a season naming an event as the nearest one', () => {
    expect(one('Most of the party has moved on to a long fall campaign.', 'fall', '2024-06-27').value).toBe('2024-FA');
  });
  it('reads a perfect infinitive as looking back', () => {
    expect(one('No polls appear to have been taken in the state before Tuesday\'s primary.', 'Tuesday', '2024-06-05').value).toBe('2024-06-04');
  });
  it('reads "that night" and "the previous night" from a day named a sentence or two before', () => {
    const text = 'Rebels entered the town on May 2. Later that night, the mayor fled. By the previous evening, most shops had shut.';
    expect(one(text, 'Later that night', '2024-06-05')).toMatchObject({ type: 'TIME', value: '2024-05-02TNI', mod: 'END' });
    expect(one(text, 'the previous evening', '2024-06-05').value).toBe('2024-05-01');
  });
  it('keeps the story\'s day past a year that only modifies a noun ("the 2021 limits")', () => {
    const text = 'The plan is due on May 8. If it is late, the 2021 limits will apply from the following day.';
    expect(one(text, 'the following day', '2025-04-11').value).toBe('2025-05-09');
  });
  it('does not reach back further than that for "that night"', () => {
    const text = 'The plant opened on May 2. It employs 300 people. Most of them live nearby. Wages are low. Nobody knows what happened that night.';
    expect(dates(text, '2024-06-05').map((d) => d.text)).toEqual(['May 2']);
  });
  it('leaves "the day before the vote" alone', () => {
    expect(dates('Aides met the day before the vote.')).toEqual([]);
  });
});

describe('news the rules were not tuned on: clock ranges and "until"', () => {
  it('keeps the ends of a clock range in their order', () => {
    const out = dates('A curfew was imposed from midnight to 6 a.m. across the city.', '2024-09-24');
    expect(out.map((d) => [d.text, d.value])).toEqual([['midnight', '2024-09-24T24:00'], ['6 a.m.', '2024-09-24T06:00']]);
  });
  it('reads "kept going until" as the end of a past stretch, "postponed until" as ahead', () => {
    expect(one('Marchers kept going until nearly 2 a.m. Friday despite the curfew.', '2 a.m. Friday', '2024-09-24').value).toBe('2024-09-20T02:00');
    expect(one('The hearing was postponed until Friday.', 'Friday', '2024-09-24').value).toBe('2024-09-27');
  });
});

describe('cost', () => {
  it('handles a long article sentence by sentence', () => {
    const para = 'The ministry said on Tuesday that exports fell 3% in the second quarter, after a two-week strike last month. ';
    const out = dates(para.repeat(400));
    expect(out).toHaveLength(1600);
  });
});
