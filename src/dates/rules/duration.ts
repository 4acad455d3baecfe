/**
 * Durations in words and digits: "three years", "48 hours", "a decade", "two-week", "the past few
 * years", "the first nine months", "nearly two years" (with its mod); with "ago", "earlier",
 * "later" or "from now" they become dates counted from the document date. Ages ("a 45-year-old",
 * "45 years old") are left out.
 */
import { defineRule } from '../../pipeline/rule.js';
import { unitOf, type Unit } from '../lexicon.js';
import { agoValue, durationValue, readNumber } from '../normalise.js';
import { parseIso } from '../../util/calendar.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { bareBefore, bareRange, hyphenated, unitSecond } from '../unit-words.js';
import { mentionsQuarter, quantifierAt, reportedQuarter, yearAgoQuarter, type Quarter } from '../context.js';

const PERIOD_WORDS = new Set(['past', 'last', 'next', 'first', 'previous', 'coming', 'final', 'following', 'latest', 'preceding', 'initial', 'remaining', 'same']);
const SOFT_QUANT = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost']);
const RATE_BEFORE = new Set(['per', 'times', 'twice', 'once', 'thrice', '%', 'percent']);
/** "a quarter of the market": what follows "of" when a quarter is a fraction. */
const FRACTION_OF = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'all', 'those', 'these', 'our']);
/** "a quarter point", "a quarter percent": a quarter of a measure. */
const FRACTION_UNITS = new Set(['point', 'points', 'percentage', 'percent', '%', 'mile', 'miles', 'inch', 'pound', 'share', 'stake', 'cent', 'cents']);
/** Words between a count and its unit: "two more years", "an additional year", "six straight weeks". */
const EDGE_PERIODS = new Set(['first', 'last', 'final', 'early', 'initial', 'opening', 'closing']);
const COUNT_FILLERS = new Set(['more', 'full', 'straight', 'consecutive', 'additional', 'extra', 'further', 'trading', 'business', 'working', 'calendar']);
const BARE_BEFORE = new Set(['for', 'in', 'within', 'over', 'after', 'than', 'took', 'take', 'takes', 'lasted', 'last', 'spent']);

/** "expected to last several weeks", "could last 10 days": the verb, not the period word. */
const VERB_BEFORE = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'must', 'not', "n't", 'did', 'does', 'do']);
const lastAsVerb = (s: Scan, j: number) => s.w(j) === 'last' && VERB_BEFORE.has(s.w(j - 1));

function relative(s: Scan, from: number, next: number, n: number | null, unit: Unit, mod: string | null, quarterly: Quarter | null): Hit | null {
  // "a week or so ago": the date, approximately
  if (s.w(next) === 'or' && s.w(next + 1) === 'so' && (s.w(next + 2) === 'ago' || s.w(next + 2) === 'earlier')) (next += 2), (mod ??= 'APPROX');
  const w = s.w(next);
  let dir: -1 | 1 | 0 = 0;
  let to = next + 1;
  if (w === 'ago' || w === 'earlier' || w === 'before') dir = -1;
  else if (w === 'later' || w === 'hence') dir = 1;
  else if (w === 'from' && s.w(next + 1) === 'now') (dir = 1), (to = next + 2);
  if (!dir) return null;
  // "three days later" measures from another event: TimeML keeps the duration and leaves "later" out;
  // "a year earlier" in a report compares with the same period of the year before: a date
  if (w !== 'ago' && w !== 'from' && unit.name !== 'year') return null;
  // "the venture failed a few years later": a past sentence counts from its own event, not from today
  if (w === 'later' && s.tenseOf(from) === 'past') return null;
  if (w === 'before' && /^[a-z]/.test(s.w(next + 1)) && s.w(next + 1) !== 'that') return null;
  // In an earnings report "a year ago" is the same quarter a year before
  if (quarterly && n === 1 && unit.name === 'year' && s.anchor && !namesLongerPeriod(s)) {
    return { from, to, type: 'DATE', value: yearAgoQuarter(quarterly), mod };
  }
  const value = n !== null && s.anchor ? agoValue(s.anchor, n, unit.name, dir) : null;
  return { from, to, type: 'DATE', value: value ?? (dir < 0 ? 'PAST_REF' : 'FUTURE_REF'), mod };
}

/** "in the nine months, compared with a year earlier": the comparison is with that period, not a quarter. */
function namesLongerPeriod(s: Scan): boolean {
  for (let k = 1; k < s.n; k++) {
    if (s.w(k) === 'months' && (readNumber(s, k - 1)?.value ?? 0) >= 6) return true;
    if (s.w(k) === 'half' && (s.w(k - 1) === 'first' || s.w(k - 1) === 'second')) return true;
  }
  return false;
}

/**
 * "two to three weeks", "between two and six days": the first count of a range shares the unit of
 * the second and is an expression of its own (TimeML marks each end).
 */
function rangeStart(s: Scan, i: number, num: { value: number | null; next: number }): Hit | null {
  const sep = s.w(num.next);
  if (sep === 'and' && s.w(i - 1) !== 'between') return null;
  const end = rangeEnd(s, num);
  return end === null ? null : { from: i, to: num.next, type: 'DURATION', value: durationValue(num.value, unitOf(s.w(end))!) };
}

/** The index of the unit word closing a range of counts ("12 to 18 months"), or null. */
function rangeEnd(s: Scan, num: { value: number | null; next: number }): number | null {
  const sep = s.w(num.next);
  if (num.value === null || !(sep === 'to' || sep === 'or' || sep === '-' || sep === 'and')) return null;
  const second = readNumber(s, num.next + 1);
  const unit = second && second.value !== null && second.value > num.value ? unitOf(s.w(second.next)) : null;
  if (!unit || s.w(second!.next + 1) === 'old') return null;
  return second!.next;
}

function match(s: Scan, i: number, quarterly: Quarter | null): Hit | null {
  const q = quantifierAt(s, i);
  let j = q.next;
  const hy = hyphenated(s, j);
  if (hy) return { from: i, to: hy.next, type: 'DURATION', value: durationValue(hy.n, hy.unit), mod: q.mod };
  // "the year-earlier nine months": the same stretch a year back, still a duration in TimeML
  const yearBack = s.w(j) === 'the' ? s.glued(j + 1) : null;
  if (yearBack && /^(?:year-ago|year-earlier|prior-year)$/.test(yearBack.word) && readNumber(s, yearBack.next)) j = yearBack.next;
  else if (s.w(j) === 'the' && PERIOD_WORDS.has(s.w(j + 1))) j += 2;
  else if (s.w(j) === 'the' && readNumber(s, j + 1) && s.w(j + 1) !== 'a') j += 1;
  else if (PERIOD_WORDS.has(s.w(j)) && j === i && /^\d|^(?:few|several)$/.test(s.w(j + 1)) && !lastAsVerb(s, j)) j += 1;
  const num = readNumber(s, j);
  if (!num) {
    // "for years", "in weeks"; "over the years" keeps its article (TimeML)
    if (s.w(i) === 'the' && s.w(i - 1) === 'over' && j === i) j++;
    // "the first hours of the war", "the early years": an uncounted stretch at one end of something
    // "the early hours of Thursday" is a time of that day, not a stretch
    const edge = s.w(i) === 'the' && EDGE_PERIODS.has(s.w(i + 1)) && s.w(i + 3) !== "'s" && !(s.w(i + 3) === 'of' && s.has(i + 4, 'Date'));
    if (edge) j = i + 2;
    const unit = unitOf(s.w(j));
    if (!unit || unit.name === 'quarter' || !s.w(j).endsWith('s')) return null;
    const range = j === i ? bareRange(s, i, unit) : null;
    if (range) return range;
    if (edge || ((j === i || (s.w(i) === 'the' && j === i + 1)) && BARE_BEFORE.has(s.w(i - 1)))) {
      return { from: i, to: j + 1, type: 'DURATION', value: durationValue(null, unit) };
    }
    return j === i ? bareBefore(s, i, unit) : null;
  }
  // "the next 12 to 18 months" stays one stretch, of a length left open
  const stretch = j > i ? rangeEnd(s, num) : null;
  if (stretch !== null) return { from: i, to: stretch + 1, type: 'DURATION', value: durationValue(null, unitOf(s.w(stretch))!), mod: q.mod };
  const first = j === i && !PERIOD_WORDS.has(s.w(i - 1)) ? rangeStart(s, i, num) : null;
  if (first) return first;
  let k = num.next;
  if (COUNT_FILLERS.has(s.w(k))) k++;
  const unit = unitOf(s.w(k));
  if (!unit || s.w(k) === 'weekend' || s.w(k) === 'weekends') return null;
  if (s.w(k + 1) === 'old' || (s.w(k + 1) === 'of' && s.w(k + 2) === 'age')) return null;
  // "5% a year" is a rate; "40% a year earlier" is a date
  const dated = s.w(k + 1) === 'ago' || s.w(k + 1) === 'earlier';
  if (!dated && (s.w(j) === 'a' || s.w(j) === 'an') && (RATE_BEFORE.has(s.w(j - 1)) || /\d/.test(s.w(j - 1)))) return null;
  if (unit.name === 'quarter' && num.value !== null && num.value > 4) return null;
  // "on a night when five states vote", "on a day of protests": a point in time, not a stretch
  if ((s.w(j) === 'a' || s.w(j) === 'an') && s.w(i - 1) === 'on' && j === i) return null;
  // "a quarter of the market" is a fraction; "60 Minutes" mid-sentence is a title
  if ((unit.name === 'quarter' && s.w(k + 1) === 'of' && FRACTION_OF.has(s.w(k + 2))) || (/^[A-Z]/.test(s.text(k)) && /^[a-z\d]/.test(s.text(j)))) return null;
  // "raised rates by a quarter point", "a quarter-percentage-point cut": an amount, not three months
  if (unit.name === 'quarter' && FRACTION_UNITS.has(s.w(k + 1))) return null;
  // "a second attempt": the ordinal, not the unit
  if (unit.name === 'second' && s.w(k) === 'second' && !unitSecond(s, k)) return null;
  let value = num.value;
  let to = k + 1;
  if (s.w(to) === 'and' && s.w(to + 1) === 'a' && s.w(to + 2) === 'half' && value !== null) (value += 0.5), (to += 3);
  const rel = relative(s, i, to, value, unit, q.mod, quarterly);
  if (rel) return rel;
  // TimeML leaves "about", "nearly", "at least" out of a duration's span but keeps their mod
  const from = SOFT_QUANT.has(s.w(i)) || (s.w(i) === 'at' && s.w(i + 1) === 'least') ? q.next : i;
  return { from, to, type: 'DURATION', value: durationValue(value, unit), mod: q.mod };
}

export default defineRule<DateCandidate>({
  id: 'dates/duration',
  kind: 'dates',
  description: 'Durations in words or digits, and "N units ago / later / from now" as dates.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'Trump issued a two-week deadline for Iran.', expect: { text: 'two-week', type: 'DURATION', value: 'P2W' } },
      { text: 'The siege lasted 48 hours.', expect: { text: '48 hours', value: 'PT48H' } },
      { text: 'The firm lost money for a quarter before it recovered.', expect: { text: 'a quarter', value: 'P1Q' } },
      { text: 'Over the years, the movement grew more radical.', expect: { text: 'the years', value: 'PXY' } },
      { text: 'Shipments will resume within two to three weeks.', expect: { text: 'two', value: 'P2W' } },
      { text: 'Lenders expect defaults to rise over the next 12 to 18 months.', expect: { text: 'the next 12 to 18 months', value: 'PXM' } },
      { text: 'The mine could reopen in a year or two, the ministry said.', expect: { text: 'a year', value: 'P1Y' } },
      { text: 'The repairs took half a year.', expect: { text: 'half a year', value: 'P6M' } },
      { text: 'The mayor resigned hours after the audit was published.', expect: { text: 'hours', value: 'PTXH' } },
      { text: 'Some patients relapsed within weeks or months of treatment.', expect: { text: 'weeks or months', value: 'PXW' } },
      { text: 'The exchange reopened five trading days after the fire.', expect: { text: 'five trading days', value: 'P5D' } },
      { text: 'The talks lasted a fortnight.', expect: { text: 'a fortnight', value: 'P2W' } },
      { text: 'Thousands surrendered in the first hours of the offensive.', expect: { text: 'the first hours', value: 'PTXH' } },
      { text: 'The talks are expected to last several weeks.', expect: { text: 'several weeks', value: 'PXW' } },
      { text: 'The loan may be extended for an additional year.', expect: { text: 'an additional year', value: 'P1Y' } },
      { text: 'Profit for the year-earlier nine months reflected a tax credit.', expect: { text: 'the year-earlier nine months', value: 'P9M' } },
      { text: 'The war ended three years ago.', date: '2025-06-21', expect: { text: 'three years ago', type: 'DATE', value: '2022' } },
      { text: 'Output has doubled over the past few years.', expect: { text: 'the past few years', value: 'PXY' } },
      { text: 'The rebels took the town a month or so ago.', date: '2025-06-21', expect: { text: 'a month or so ago', type: 'DATE', value: '2025-05', mod: 'APPROX' } },
      { text: 'The rebels ended their decades-long insurgency.', expect: { text: 'decades-long', value: 'PXY' } },
      { text: 'The union held a day-long strike.', expect: { text: 'day-long', value: 'P1D' } },
      { text: 'She ended a several-year stint in Paris.', expect: { text: 'several-year', value: 'PXY' } },
      { text: 'Rates may rise over the next couple of years.', expect: { text: 'the next couple of years', value: 'P2Y' } },
      { text: 'Talks stalled for nearly two years.', expect: { text: 'two years', mod: 'EQUAL_OR_LESS' } },
      { text: 'The truce lasted more than four hours.', expect: { text: 'more than four hours', value: 'PT4H', mod: 'MORE_THAN' } },
    ],
    noMatch: ['Troops entered the city in the early hours of Sunday.', 'Funds hold more than a quarter of the market.', 'The bank raised its key rate by a quarter point.', 'He spoke on the show 60 Minutes last night.', 'A 45-year-old man was arrested.', 'The suspect, 45 years old, was arrested.', 'Three people were hurt.'],
  },
  run(ctx) {
    const anchor = parseIso(ctx.doc.date);
    const quarterly = anchor && mentionsQuarter(ctx.doc.tokens) ? reportedQuarter(ctx.doc.tokens, anchor) : null;
    scanWith(ctx, (s, i) => match(s, i, quarterly));
  },
});
