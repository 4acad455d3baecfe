/**
 * Weekdays: "Friday", "last Tuesday", "Wednesday night", "earlier Sunday". In a past-tense
 * sentence a bare weekday is the latest one on or before the document date, in a future one the
 * next; "Mondays" and "each Thursday" are sets.
 */
import { defineRule } from '../../pipeline/rule.js';
import { addDays, isoDay } from '../../util/calendar.js';
import { DAY_PARTS, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon.js';
import { pickDayYear, pickWeekday } from '../normalise.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

/** "Friday, Oct. 23" and "Thursday, April 6, 2000" are one expression, valued by the date. */
function datedWeekday(s: Scan, at: number): { to: number; value: string } | null {
  let k = s.w(at) === ',' ? at + 1 : at;
  const month = MONTH_NAMES[s.w(k)];
  if (month === undefined || !/^[A-Z]/.test(s.text(k))) return null;
  k += s.w(k + 1) === '.' ? 2 : 1;
  if (!/^\d{1,2}$/.test(s.w(k))) return null;
  const day = +s.w(k++);
  let year: number;
  if (s.w(k) === ',' && /^\d{4}$/.test(s.w(k + 1))) (year = +s.w(k + 1)), (k += 2);
  else year = pickDayYear(s.anchor!, month, day, s.tenseOf(at));
  return { to: k, value: isoDay({ y: year, m: month, d: day }) };
}

/** "nights" → NI: a plural part of the day, which makes a weekday recur. */
const pluralPart = (w: string) => (w.endsWith('s') && w.slice(0, -1) in DAY_PARTS ? DAY_PARTS[w.slice(0, -1)]! : null);

/** Capitalised words that make a weekday part of a name: "Fox News Sunday", "the Sunday Times", "Super Tuesday". */
const NAME_BEFORE = new Set(['news', 'super', 'black', 'cyber', 'bloody', 'easter', 'good', 'palm', 'ash', 'holy', 'maundy', 'giving']);
const NAME_AFTER = new Set(['times', 'telegraph', 'express', 'mirror', 'herald', 'post', 'tribune', 'observer', 'independent', 'people', 'mail']);

function inName(s: Scan, i: number): boolean {
  const capital = (k: number) => /^[A-Z]/.test(s.text(k));
  return (i > 0 && capital(i - 1) && NAME_BEFORE.has(s.w(i - 1))) || (capital(i + 1) && NAME_AFTER.has(s.w(i + 1)));
}

function match(s: Scan, i: number): Hit | null {
  let w = s.w(i);
  const plural = w.endsWith('s') && w.slice(0, -1) in WEEKDAY_NAMES;
  if (plural) w = w.slice(0, -1);
  if (!(w in WEEKDAY_NAMES) || !/^[A-Z]/.test(s.text(i)) || inName(s, i)) return null;
  const wd = WEEKDAY_NAMES[w]!;
  let from = i;
  let to = i + 1;
  const prev = s.w(i - 1);
  const setValue = `XXXX-WXX-${wd === 0 ? 7 : wd}`;
  if (plural || prev === 'every' || prev === 'each') return { from: plural ? i : i - 1, to, type: 'SET', value: setValue };
  // "Tuesday nights", "on Monday and Tuesday nights": a part of every such day
  const partsAt = s.w(i + 1) === 'and' || s.w(i + 1) === 'or' ? (s.w(i + 2) in WEEKDAY_NAMES ? i + 3 : -1) : i + 1;
  const parts = partsAt > 0 ? pluralPart(s.w(partsAt)) : null;
  if (parts) return { from: i, to: partsAt === i + 1 ? i + 2 : i + 1, type: 'SET', value: `${setValue}T${parts}` };
  let shift = 0;
  let mod: string | null = null;
  // "this coming Sunday": the next one
  if (prev === 'coming') return { from: s.w(i - 2) === 'this' ? i - 2 : i - 1, to: i + 1, type: 'DATE', value: s.anchor ? isoDay(pickWeekday(s.anchor, wd, 'future', 1)) : setValue };
  if (prev === 'last' || prev === 'next' || prev === 'this' || prev === 'earlier' || prev === 'late' || prev === 'early') {
    if (prev === 'last' || prev === 'next' || prev === 'this') from = i - 1;
    if (prev === 'last') shift = -1;
    if (prev === 'next') shift = 1;
    if (prev === 'earlier' || prev === 'early') mod = 'START';
    if (prev === 'late') mod = 'END';
  }
  let part = '';
  if (s.w(to) in DAY_PARTS) part = `T${DAY_PARTS[s.w(to++)]}`;
  const dated = !part && s.anchor ? datedWeekday(s, to) : null;
  if (dated) return { from, to: dated.to, type: 'DATE', value: dated.value, mod };
  if (!s.anchor) return { from, to, type: 'DATE', value: setValue, mod };
  // "Thursday's closing price", "Friday's ruling": a possessive weekday names an event already reported
  const tense = s.tenseOf(i);
  const day = pickWeekday(s.anchor, wd, tense === 'present' && s.w(i + 1) === "'s" ? 'past' : tense, shift);
  // "the day before last Tuesday's hearing": one day off the weekday, and one expression
  const step = !part && s.w(from - 2) === 'day' ? DAY_STEPS[s.w(from - 1)] : undefined;
  if (step) return { from: from - 2, to, type: 'DATE', value: isoDay(addDays(day, step)), mod };
  return { from, to, type: 'DATE', value: isoDay(day) + part, mod };
}

const DAY_STEPS: Readonly<Record<string, number>> = table({ before: -1, after: 1 });

export default defineRule<DateCandidate>({
  id: 'dates/weekday',
  kind: 'dates',
  description: 'Weekday names resolved backwards in past-tense sentences, forwards in future ones.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'The minister resigned on Tuesday.', date: '2025-06-21', expect: { text: 'Tuesday', value: '2025-06-17' } },
      { text: 'The council will vote on Tuesday.', date: '2025-06-21', expect: { text: 'Tuesday', value: '2025-06-24' } },
      // "hit" after a singular subject is the past ("hits" would be the present)
      { text: 'The index hit a record high on Friday.', date: '2025-06-18', expect: { text: 'Friday', value: '2025-06-13' } },
      { text: 'Rebels attacked the town late Friday night.', date: '2025-06-21', expect: { text: 'Friday night', value: '2025-06-20TNI', mod: 'END' } },
      { text: 'The bonds trade at a premium over Thursday\'s closing price.', date: '2025-06-23', expect: { text: 'Thursday', value: '2025-06-19' } },
      { text: 'The day before last Tuesday\'s vote, the two leaders met in private.', date: '2025-06-19', expect: { text: 'day before last Tuesday', value: '2025-06-16' } },
      { text: 'The market is closed on Sundays.', expect: { text: 'Sundays', type: 'SET', value: 'XXXX-WXX-7' } },
      { text: 'Flights leave on Monday and Tuesday nights.', expect: { text: 'Monday', type: 'SET', value: 'XXXX-WXX-1TNI' } },
    ],
    noMatch: ['The senator told Fox News Sunday that he would run.', 'The leak was first reported by the Sunday Times.', 'The sunday school opened.', 'Prices were stable all along.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
