/**
 * Stretches of unstated length after "for", "in", "within", "after" or "over": "for a while",
 * "for some time", "for a fairly lengthy period". TimeML marks them as durations of unknown size
 * (PXX). "some time ago" and "some time next year" place an event instead, and "a long time" in
 * idioms ("a long time coming") is left to no rule: only these frames are read.
 */
import { defineRule } from '../../pipeline/rule.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';

const BEFORE = new Set(['for', 'in', 'within', 'after', 'over']);
const DEGREE = new Set(['fairly', 'very', 'quite', 'rather', 'relatively', 'considerable']);
const LENGTH = new Set(['long', 'lengthy', 'short', 'brief', 'extended', 'limited', 'indefinite']);
/** After "some time": words that make it a point in time, not a stretch. */
const POINT_AFTER = new Set(['ago', 'later', 'earlier', 'before', 'after', 'next', 'last', 'this', 'in', 'during', 'between', 'soon']);

function match(s: Scan, i: number): Hit | null {
  if (!BEFORE.has(s.w(i - 1))) return null;
  if (s.w(i) === 'a' && s.w(i + 1) === 'while') return { from: i, to: i + 2, type: 'DURATION', value: 'PXX' };
  if (s.w(i) === 'some' && s.w(i + 1) === 'time' && !POINT_AFTER.has(s.w(i + 2))) return { from: i, to: i + 2, type: 'DURATION', value: 'PXX' };
  if (s.w(i) !== 'a' && s.w(i) !== 'an') return null;
  let k = i + 1;
  if (DEGREE.has(s.w(k))) k++;
  // "for a lengthy period", "over an extended period"; "a long time" is idiom as often as time
  if (LENGTH.has(s.w(k)) && s.w(k + 1) === 'period' && s.w(k + 2) !== 'of') return { from: i, to: k + 2, type: 'DURATION', value: 'PXX' };
  return null;
}

export default defineRule<DateCandidate>({
  id: 'dates/open-duration',
  kind: 'dates',
  description: 'Durations of unstated length after a preposition: "for a while", "for some time", "for a lengthy period" (PXX).',
  confidence: 0.7,
  examples: {
    match: [
      { text: 'The troops will stay in the region for some time.', expect: { text: 'some time', type: 'DURATION', value: 'PXX' } },
      { text: 'Residents will have to live without power for a while.', expect: { text: 'a while', type: 'DURATION', value: 'PXX' } },
      { text: 'We are there to stay for a fairly lengthy period.', expect: { text: 'a fairly lengthy period', type: 'DURATION', value: 'PXX' } },
    ],
    noMatch: ['The mill closed for some time next year.', 'He left some time ago.', 'It will be a while before prices recover.', 'The rules apply for a short period of review.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
