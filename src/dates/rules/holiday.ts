/**
 * Named days of the calendar: "Christmas", "Thanksgiving Day", "New Year's Day", "Election Day",
 * "Independence Day". Fixed dates and nth-weekday rules (US usage); the occurrence is the last one
 * in a past-tense sentence, the next one in a future one.
 */
import { defineRule } from '../../pipeline/rule.js';
import { addDays, isoDay, toDayNum, weekday, type Ymd } from '../../util/calendar.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';

/** The holiday's date in a year. */
type Holiday = (y: number) => Ymd;

/** The n-th given weekday of a month (n = 1..4), plus an offset in days. */
function nth(m: number, wd: number, n: number, plus = 0): Holiday {
  return (y) => {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1) + plus);
  };
}

const HOLIDAYS: readonly [readonly string[], Holiday][] = [
  [['thanksgiving', 'day'], nth(11, 4, 4)],
  [['thanksgiving'], nth(11, 4, 4)],
  [['christmas', 'day'], (y) => ({ y, m: 12, d: 25 })],
  [['christmas', 'eve'], (y) => ({ y, m: 12, d: 24 })],
  [['christmas'], (y) => ({ y, m: 12, d: 25 })],
  [['new', 'year', "'s", 'day'], (y) => ({ y, m: 1, d: 1 })],
  [['new', 'year', "'s", 'eve'], (y) => ({ y, m: 12, d: 31 })],
  [['election', 'day'], nth(11, 1, 1, 1)],
  [['independence', 'day'], (y) => ({ y, m: 7, d: 4 })],
  [['labor', 'day'], nth(9, 1, 1)],
  // US primaries: Super Tuesday has fallen on the first Tuesday of March in most cycles
  [['super', 'tuesday'], nth(3, 2, 1)],
  [['black', 'friday'], nth(11, 4, 4, 1)],
  [['cyber', 'monday'], nth(11, 4, 4, 4)],
  [['memorial', 'day'], (y) => addDays({ y, m: 5, d: 31 }, -((weekday({ y, m: 5, d: 31 }) + 6) % 7))],
];

/**
 * Super Tuesday comes in presidential years only: within one it is that year's (unless "last"
 * says otherwise); between them, the one before in a past sentence, else the next.
 */
function electionYear(anchorYear: number, y: number, shift: number, tense: string): number {
  if (anchorYear % 4 === 0 && shift === 0) return anchorYear;
  if (y % 4 === 0) return y;
  const before = y - (y % 4);
  return shift < 0 || (shift === 0 && tense === 'past') ? before : before + 4;
}

function match(s: Scan, i: number): Hit | null {
  for (const [words, when] of HOLIDAYS) {
    if (!words.every((w, k) => s.w(i + k) === w) || !/^[A-Z]/.test(s.text(i))) continue;
    let from = i;
    let shift = 0;
    if (s.w(i - 1) === 'last' || s.w(i - 1) === 'next') (from = i - 1), (shift = s.w(i - 1) === 'last' ? -1 : 1);
    const to = i + words.length;
    if (!s.anchor) return { from, to, type: 'DATE', value: isoDay(when(2000)).replace(/^\d{4}/, 'XXXX') };
    const a = s.anchor;
    const now = toDayNum(a);
    const thisYear = when(a.y);
    const ahead = toDayNum(thisYear) >= now;
    const tense = s.tenseOf(i);
    let y = a.y;
    if ((shift < 0 || (shift === 0 && tense === 'past')) && ahead && toDayNum(thisYear) !== now) y--;
    if ((shift > 0 || (shift === 0 && tense === 'future')) && !ahead) y++;
    if (words[0] === 'super') y = electionYear(a.y, y, shift, tense);
    return { from, to, type: 'DATE', value: isoDay(when(y)) };
  }
  return null;
}

export default defineRule<DateCandidate>({
  id: 'dates/holiday',
  kind: 'dates',
  description: 'Named holidays (Christmas, Thanksgiving Day, Election Day) resolved to the date by tense.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'The boy was rescued at sea on Thanksgiving Day.', date: '2000-01-06', expect: { text: 'Thanksgiving Day', value: '1999-11-25' } },
      { text: 'Voters will go to the polls on Election Day.', date: '1998-10-26', expect: { value: '1998-11-03' } },
      { text: 'A dozen states will vote on Super Tuesday.', date: '2024-02-20', expect: { text: 'Super Tuesday', value: '2024-03-05' } },
      { text: 'Shoppers crowded the malls on Black Friday.', date: '2023-11-27', expect: { text: 'Black Friday', value: '2023-11-24' } },
    ],
    noMatch: ['The christmas tree market is crowded.', 'Labor unions held a rally.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
