/**
 * Calendar units named from the document date: "this month", "last week", "next year",
 * "earlier this month", "later this year", "early next year", "the past decade". The value keeps
 * the unit's granularity (2025-06, 2025-W25, 2025-Q2, 2025, 202).
 */
import { defineRule } from '../../pipeline/rule.js';
import { SHIFTERS, UNITS } from '../lexicon.js';
import { unitValue } from '../normalise.js';
import { weekday } from '../../util/calendar.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

const CALENDAR_UNITS = new Set(['week', 'month', 'year', 'decade', 'century', 'quarter', 'weekend']);
/** "the following year", "the previous month": counted from the date last mentioned (dates/anaphoric). */
const ANAPHORIC = new Set(['following', 'previous', 'preceding', 'prior']);
const SHIFT_WORDS = new Set(['this', 'last', 'next', 'current', 'coming', 'previous', 'past', 'following', 'latest']);
const EDGE: Readonly<Record<string, string | null>> = table({ earlier: 'START', early: 'START', later: 'END', late: 'END', mid: 'MID' });

function ref(k: number): string {
  return k < 0 ? 'PAST_REF' : k > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
}

/** "the weekend" (the latest one in a past sentence), "year-end", "the end of the month". */
function edges(s: Scan, i: number): Hit | null {
  const w = s.w(i);
  if (w === 'the' && s.w(i + 1) === 'weekend' && s.anchor) {
    const wd = weekday(s.anchor);
    const back = s.tenseOf(i) === 'past' && wd !== 0 && wd !== 6 ? -1 : 0;
    return { from: i, to: i + 2, type: 'DATE', value: `${unitValue(s.anchor, 'week', back)}-WE` };
  }
  const g = s.glued(i);
  const yearEnd = g.word === 'year-end' ? g.next : w === 'year' && s.w(i + 1) === 'end' ? i + 2 : w === 'year' && s.w(i + 1) === "'s" && s.w(i + 2) === 'end' ? i + 3 : 0;
  // "since year-end" counts from the last one, the end of the year before
  // and a past "at year's end" written in January is the end just gone
  const justGone = s.w(i - 1) === 'since' || (s.anchor?.m === 1 && s.tenseOf(i) === 'past');
  if (yearEnd && s.anchor) return { from: i, to: yearEnd, type: 'DATE', value: String(s.anchor.y - (justGone ? 1 : 0)), mod: 'END' };
  // "by month's end", "at month-end": the end of the current month
  const monthEnd = g.word === 'month-end' ? g.next : w === 'month' && s.w(i + 1) === "'s" && s.w(i + 2) === 'end' ? i + 3 : 0;
  if (monthEnd && s.anchor && s.w(i - 1) !== 'each' && s.w(i - 1) !== 'every') return { from: i, to: monthEnd, type: 'DATE', value: unitValue(s.anchor, 'month', 0)!, mod: 'END' };
  if (w === 'the' && (s.w(i + 1) === 'end' || s.w(i + 1) === 'beginning' || s.w(i + 1) === 'start') && s.w(i + 2) === 'of' && s.w(i + 3) === 'the') {
    const unit = s.w(i + 4);
    if ((unit === 'year' || unit === 'month' || unit === 'week') && s.anchor && s.w(i + 5) !== 'of') {
      return { from: i, to: i + 5, type: 'DATE', value: unitValue(s.anchor, unit, 0)!, mod: s.w(i + 1) === 'end' ? 'END' : 'START' };
    }
  }
  return null;
}

/** "this past week", "this past weekend": the one just gone. */
function thisPast(s: Scan, i: number): Hit | null {
  const unit = s.w(i + 2);
  if (s.w(i) !== 'this' || s.w(i + 1) !== 'past' || !CALENDAR_UNITS.has(unit) || !s.anchor) return null;
  if (unit === 'weekend') return { from: i, to: i + 3, type: 'DATE', value: `${unitValue(s.anchor, 'week', -1)}-WE` };
  const value = unitValue(s.anchor, unit as 'week', -1);
  return value ? { from: i, to: i + 3, type: 'DATE', value } : null;
}

function match(s: Scan, i: number): Hit | null {
  const edge = edges(s, i) ?? thisPast(s, i);
  if (edge) return edge;
  let j = i;
  let mod: string | null = null;
  if (s.w(j) in EDGE && SHIFT_WORDS.has(s.w(j + 1))) mod = EDGE[s.w(j++)]!;
  let withThe = false;
  if (s.w(j) === 'the' && SHIFT_WORDS.has(s.w(j + 1))) (withThe = true), j++;
  const shiftWord = s.w(j);
  if (!SHIFT_WORDS.has(shiftWord)) return null;
  // "the current fiscal year"
  if (s.w(j + 1) === 'fiscal') j++;
  const unitWord = s.w(j + 1);
  // "This Week" in capitals mid-sentence is a title (a programme, a magazine)
  if (!CALENDAR_UNITS.has(unitWord) || (/^[A-Z]/.test(s.text(j + 1)) && j > 0)) return null;
  // "over the past year", "in the coming year": news annotation dates them as the unit before or after
  if ((shiftWord === 'past' || shiftWord === 'coming') && !withThe) return null;
  // "the following year/month/week" counts from the date last mentioned: the anaphoric rule's
  if ((withThe || s.w(j - 1) === 'the') && ANAPHORIC.has(shiftWord) && (unitWord === 'year' || unitWord === 'month' || unitWord === 'week')) return null;
  let k = SHIFTERS[shiftWord]!;
  if (shiftWord === 'following' || shiftWord === 'coming') k = 1;
  const from = i;
  const to = j + 2;
  if (!s.anchor) return { from, to, type: 'DATE', value: ref(k), mod };
  if (unitWord === 'weekend') {
    const base = unitValue(s.anchor, 'week', k === 0 && s.tenseOf(i) === 'past' ? -1 : k);
    return { from, to, type: 'DATE', value: `${base}-WE`, mod };
  }
  const value = unitValue(s.anchor, UNITS[unitWord]!.name, k);
  return value ? { from, to, type: 'DATE', value, mod } : null;
}

export default defineRule<DateCandidate>({
  id: 'dates/relative-unit',
  kind: 'dates',
  description: 'this/last/next week, month, quarter, year, decade; earlier/later this month.',
  confidence: 0.9,
  examples: {
    match: [
      { text: 'Aides expect a lead of 300 delegates by month\'s end.', date: '2024-04-10', expect: { text: "month's end", value: '2024-04', mod: 'END' } },
      { text: 'The group met donors this past week.', date: '2024-05-24', expect: { text: 'this past week', value: '2024-W20' } },
      { text: 'Earlier this month, the envoy visited Cairo.', date: '2025-06-21', expect: { text: 'Earlier this month', value: '2025-06' } },
      { text: 'Exports rose last week.', date: '2025-06-21', expect: { text: 'last week', value: '2025-W24' } },
      { text: 'A decision is due later this year.', date: '2025-06-21', expect: { text: 'later this year', value: '2025', mod: 'END' } },
      { text: 'Prices doubled over the past year.', date: '2025-06-21', expect: { text: 'the past year', type: 'DATE', value: '2024' } },
      { text: 'The index has gained 12% since year-end.', date: '1989-10-30', expect: { text: 'year-end', value: '1988', mod: 'END' } },
      { text: 'The sale should close by year-end.', date: '1989-10-30', expect: { text: 'year-end', value: '1989', mod: 'END' } },
    ],
    noMatch: ['This annual festival draws crowds.', 'The final days of the war were the worst.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
