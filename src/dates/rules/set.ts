/**
 * Sets (repeated times): "every week", "each year", "daily", "annually", "twice a week",
 * "$5 million a year", "per month".
 */
import { defineRule } from '../../pipeline/rule.js';
import { MONTH_NAMES, SEASONS, unitOf } from '../lexicon.js';
import { durationValue, readNumber } from '../normalise.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

const ADVERBS: Readonly<Record<string, string>> = table({
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
});
const RATE_BEFORE = new Set(['times', 'twice', 'once', 'thrice', '%', 'percent']);

/** "every three years", "every other week": a set whose period is the counted stretch. */
function everyN(s: Scan, i: number): Hit | null {
  const other = s.w(i + 1) === 'other';
  const num = other ? { value: 2, next: i + 2 } : readNumber(s, i + 1);
  if (!num || num.value === null || num.value < 1) return null;
  const unit = unitOf(s.w(num.next));
  if (!unit || unit.name === 'quarter' || (!other && !s.w(num.next).endsWith('s'))) return null;
  return { from: i, to: num.next + 1, type: 'SET', value: durationValue(num.value, unit) };
}

/** "$15-an-hour", "$500-a-night": a rate glued to its amount, as "$15 an hour" is. */
function gluedRate(s: Scan, i: number): Hit | null {
  const glued = /^an?-([a-z]+)$/.exec(s.w(i));
  if (!glued || s.w(i - 1) !== '-' || !/\d/.test(s.w(i - 2))) return null;
  const unit = unitOf(glued[1]!);
  return unit && unit.name !== 'quarter' && !glued[1]!.endsWith('s') ? { from: i, to: i + 1, type: 'SET', value: durationValue(1, unit) } : null;
}

function match(s: Scan, i: number): Hit | null {
  const w = s.w(i);
  // "The Daily Beast", "the Weekly Standard": a capital past the sentence's start makes it a name
  if (w in ADVERBS && /^[A-Z]/.test(s.text(i)) && (i > 0 || /^[A-Z]/.test(s.text(i + 1)))) return null;
  // "reports are filed quarterly": the adverb is a set; "quarterly earnings" names the reporting
  // period, which news annotation leaves alone (TimeBank marks no adjective "quarterly")
  // ("raised its regular quarterly to 12 cents" names the dividend itself: a noun after its determiner)
  if (w === 'quarterly' && !s.has(i + 1, 'Noun') && !s.has(i + 1, 'Adjective') && !s.has(i - 1, 'Determiner') && !s.has(i - 1, 'Adjective') && !s.has(i - 1, 'Possessive')) return { from: i, to: i + 1, type: 'SET', value: 'P3M' };
  if (w in ADVERBS) {
    // "daily" before a noun is still a set in TimeML ("daily flights")
    return { from: i, to: i + 1, type: 'SET', value: ADVERBS[w]! };
  }
  // "each July", "every spring": the month or season in every year
  if ((w === 'every' || w === 'each') && /^[A-Z]/.test(s.text(i + 1))) {
    const month = MONTH_NAMES[s.w(i + 1)];
    if (month !== undefined && s.w(i + 1).length > 3) return { from: i, to: i + 2, type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` };
  }
  if ((w === 'every' || w === 'each') && s.w(i + 1) in SEASONS) return { from: i, to: i + 2, type: 'SET', value: `XXXX-${SEASONS[s.w(i + 1)]}` };
  const rate = gluedRate(s, i);
  if (rate) return rate;
  const counted = w === 'every' ? everyN(s, i) : null;
  if (counted) return counted;
  const unit = unitOf(s.w(i + 1));
  if (!unit || s.w(i + 1).endsWith('s')) return null;
  if (w === 'every' || w === 'each' || w === 'per') {
    // "every quarter" recurs; "a quarter" is as often a fraction, and "each quarter of the city" a district
    if (unit.name === 'quarter' && s.w(i + 2) === 'of') return null;
    return { from: i, to: i + 2, type: 'SET', value: durationValue(1, unit) };
  }
  if (unit.name === 'quarter' || ['earlier', 'ago', 'later', 'before', 'after'].includes(s.w(i + 2))) return null;
  if ((w === 'a' || w === 'an') && (RATE_BEFORE.has(s.w(i - 1)) || /\d/.test(s.w(i - 1)) || s.w(i - 1) === 'million' || s.w(i - 1) === 'billion')) {
    return { from: i, to: i + 2, type: 'SET', value: durationValue(1, unit) };
  }
  return null;
}

export default defineRule<DateCandidate>({
  id: 'dates/set',
  kind: 'dates',
  description: 'Repeated times: every week, daily, annually, twice a week, $5 million a year.',
  confidence: 0.9,
  examples: {
    match: [
      { text: 'The rules will be reviewed every three years.', expect: { text: 'every three years', type: 'SET', value: 'P3Y' } },
      { text: 'The ferry runs twice a week.', expect: { text: 'a week', type: 'SET', value: 'P1W' } },
      { text: 'Inspectors visit the site every month.', expect: { text: 'every month', value: 'P1M' } },
      { text: 'The fund pays out $5 million annually.', expect: { text: 'annually', value: 'P1Y' } },
      { text: 'The river floods each April.', expect: { text: 'each April', type: 'SET', value: 'XXXX-04' } },
      { text: 'Campaign reports are filed quarterly, and donations within a month.', expect: { text: 'quarterly', type: 'SET', value: 'P3M' } },
      { text: 'The company pays $40 million in interest every quarter.', expect: { text: 'every quarter', type: 'SET', value: 'P1Q' } },
      { text: 'Unions want a $15-an-hour minimum wage.', expect: { text: 'an-hour', type: 'SET', value: 'PT1H' } },
    ],
    noMatch: ['The story first ran in The Daily Beast on its front page.', 'The treaty took a year to negotiate.', 'Everyone was tired.', 'Militias patrol every quarter of the city.', 'Quarterly earnings beat forecasts, and the quarterly dividend rose.', 'The board raised its regular quarterly to 12 cents a share.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
