// Date forms found by probing with invented articles: general news constructions, written for this
// test, with the value a careful reader would give against the document date.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/pipeline/run.js';

const extractor = createExtractor();
const valueOf = (text: string, date: string, span: string) => extractor.extract(text, { date }).dates.find((d) => d.text === span)?.value ?? null;

describe('a "by" date governed by a past obligation', () => {
  it('is read back when the verb before a long object is past', () => {
    const text = 'Under the truce, both sides were required to withdraw heavy weapons from the border zone by August 1.';
    expect(valueOf(text, '2026-09-21', 'August 1')).toBe('2026-08-01');
  });
  it('still looks ahead for a present obligation', () => {
    const text = 'Both sides are required to withdraw heavy weapons from the border zone by August 1.';
    expect(valueOf(text, '2026-06-21', 'August 1')).toBe('2026-08-01');
  });
});

describe('halves that are not of the year', () => {
  it('a period of play in a match report is no date', () => {
    const text = 'City beat Rovers 2-1, with Haaland scoring just before half-time.\nRovers were charged over crowd trouble in the second half.';
    expect(valueOf(text, '2026-11-08', 'the second half')).toBeNull();
  });
  it('a half of the year in business news stays one', () => {
    expect(valueOf('The company expects sales to recover in the second half.', '2026-03-10', 'the second half')).toBe('2026-H2');
  });
});

describe('a date that names a deadline', () => {
  it('lies ahead even after a past verb', () => {
    expect(valueOf('A court set a June 30 deadline for the ministry to hand over documents.', '2026-03-10', 'June 30')).toBe('2026-06-30');
    expect(valueOf('The union set a Friday deadline for the talks.', '2026-03-10', 'Friday')).toBe('2026-03-13');
  });
  it('stays past when the deadline was missed or something was done by it', () => {
    expect(valueOf('The firm missed a Feb. 28 deadline.', '2026-03-10', 'Feb. 28')).toBe('2026-02-28');
    expect(valueOf('Shareholders tendered 99% of the shares by the Tuesday deadline.', '2026-03-12', 'Tuesday')).toBe('2026-03-10');
  });
});

it('a deadline missed before the report stays in the past', () => {
  expect(valueOf('Last month, the company paid a fine after missing a December 31 deadline.', '2026-01-19', 'December 31')).toBe('2025-12-31');
});

it('a present aim ("is on track to hit") looks ahead; a past one does not', () => {
  expect(valueOf('The company is on track to hit its target in December.', '2026-03-10', 'December')).toBe('2026-12');
  expect(valueOf('The company was on track to hit its target in December.', '2026-03-10', 'December')).toBe('2025-12');
});

it('an expectation told in the past still looks ahead to a quarter not yet begun', () => {
  expect(valueOf('The firm expected the recall to cost about 300 million euros in the third quarter.', '2026-06-04', 'the third quarter')).toBe('2026-Q3');
  expect(valueOf('Net income rose 12% in the third quarter.', '2026-06-04', 'the third quarter')).toBe('2025-Q3');
});

it('the date of a deadline given in the past still lies ahead', () => {
  const text = 'The regulator is said to have given the lender a deadline to repay customers by the end of February.';
  expect(valueOf(text, '2025-12-03', 'the end of February')).toBe('2026-02');
});

it('transfer news (a striker, a goalkeeper) speaks of halves of play too', () => {
  const text = 'United are close to signing the striker Luis Ortega.\nThe manager said Ortega could play in the second half on Saturday.';
  expect(valueOf(text, '2026-08-31', 'the second half')).toBeNull();
});

it('what investors await is still ahead, though told in the past tense', () => {
  expect(valueOf("Stocks fell on Wednesday as investors awaited Friday's jobs report.", '2026-04-02', 'Friday')).toBe('2026-04-03');
});
