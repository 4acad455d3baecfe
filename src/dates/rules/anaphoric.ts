/**
 * Units named from the date the article last mentioned, not from the document date: "in 1988 ...
 * that year", "in June 1998 ... later that year", "In March ... The following month", "on June 3
 * ... the next day", "on Monday ... later that day", "in 2021 ... the previous year". Without an
 * earlier mention they fall back to the document date ("that day" alone is left out). The last
 * mention is tracked while the sentences are scanned in order, so the cost stays one pass.
 */
import { defineRule } from '../../pipeline/rule.js';
import { addDays, isoDay, isoMonth, isoWeekValue, weekday, type Ymd } from '../../util/calendar.js';
import { DAY_PARTS, WEEKDAY_NAMES } from '../lexicon.js';
import { remember, type Mention } from '../mention.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

/** How many sentences back "that night" may reach for its day (a paragraph or so). */
const PART_REACH = 2;

const EDGE: Readonly<Record<string, string>> = table({ earlier: 'START', early: 'START', later: 'END', late: 'END' });
/** The units `valueFor` can count from a mention (a subset of the lexicon's UNITS). */
const COUNTED_UNITS = new Set(['year', 'month', 'week', 'day']);
const SHIFT_AFTER_THE: Readonly<Record<string, number>> = table({ following: 1, previous: -1, preceding: -1, prior: -1 });

/** The value counted from the last mention, else from the document date; relative when neither is known. */
function valueFor(unit: string, shift: number, last: Mention, anchor: Ymd | null): string | null {
  const relative = shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : null;
  if (unit === 'day' || unit === 'week') {
    // without a day named before, the document date is the nearest reference
    const day = last.day ?? anchor;
    if (!day) return relative;
    return unit === 'day' ? isoDay(addDays(day, shift)) : isoWeekValue(addDays(day, 7 * shift));
  }
  const base: Ymd | null = last.y !== null ? { y: last.y, m: last.m ?? 1, d: 1 } : anchor;
  if (!base) return relative;
  if (unit === 'year') return String(base.y + shift);
  if (last.y !== null && last.m === null) return `${base.y + shift}`;
  const mm = (last.y !== null ? base.m : anchor!.m) - 1 + shift;
  return isoMonth(base.y + Math.floor(mm / 12), ((mm % 12) + 12) % 12 + 1);
}

/** "The next day ... Later that day": a day reached this way becomes the one the story is on. */
function follow(unit: string, value: string, last: Mention): void {
  if (!/^\d/.test(value)) return;
  const [y, m, d] = value.split('-').map(Number);
  if (unit === 'day') last.day = last.recent = { y: y!, m: m!, d: d! };
  else if (unit === 'year') (last.y = y!), (last.m = null);
  else if (unit === 'month') (last.y = y!), (last.m = m!);
}

/**
 * "The day before, ..." and "the following morning": one day off the day the story is on (not
 * "the day before the vote", which counts from an event the text does not date).
 */
function nextDayPart(s: Scan, i: number, last: Mention): Hit | null {
  if (s.w(i) !== 'the' || !s.anchor) return null;
  const ref = last.recent ?? last.day ?? s.anchor;
  const step = DAY_STEP[s.w(i + 2)];
  if (s.w(i + 1) === 'day' && step !== undefined && (last.recent || last.day) && endsPhrase(s, i + 3)) {
    last.day = last.recent = addDays(ref, step);
    return { from: i, to: i + 3, type: 'DATE', value: isoDay(last.day) };
  }
  const part = DAY_PARTS[s.w(i + 2)];
  const partStep = PART_STEP[s.w(i + 1)];
  if (partStep !== undefined && part && s.w(i + 2) !== 'overnight' && (last.recent || last.day)) {
    last.day = last.recent = addDays(ref, partStep);
    // the TempEval gold dates "the next morning" by its day
    return { from: i, to: i + 3, type: 'DATE', value: isoDay(last.day) };
  }
  return null;
}

const DAY_STEP: Readonly<Record<string, number>> = table({ before: -1, after: 1 });
/** "the following morning", "the previous night": the day after or before the story's. */
const PART_STEP: Readonly<Record<string, number>> = table({ following: 1, next: 1, previous: -1, preceding: -1 });
/** "the day before," but not "the day before the vote": nothing follows but punctuation. */
const endsPhrase = (s: Scan, k: number) => /^[,.;]$/.test(s.w(k)) || !s.w(k);

function matcher(last: Mention) {
  let seen: Ymd | null = null;
  return (s: Scan, i: number): Hit | null => {
    // whichever helper set the day, it was set in the sentence scanned before this token
    if (last.day !== seen) (seen = last.day), (last.dayAt = s.sentence.i);
    const part = nextDayPart(s, i, last);
    if (part) return part;
    const w = s.w(i);
    let j = i;
    let mod: string | null = null;
    if (w in EDGE && (s.w(i + 1) === 'that' || s.w(i + 1) === 'the')) (mod = EDGE[w]!), j++;
    let shift: number | null = null;
    if (s.w(j) === 'that' && s.w(j + 1) === 'same') (shift = 0), (j += 2);
    else if (s.w(j) === 'that') (shift = 0), j++;
    else if (s.w(j) === 'the' && s.w(j + 1) === 'same') (shift = 0), (j += 2);
    else if (s.w(j) === 'the' && s.w(j + 1) in SHIFT_AFTER_THE) (shift = SHIFT_AFTER_THE[s.w(j + 1)]!), (j += 2);
    // "the next day" (but "the next year" is as often a stretch ahead: left to the duration rules)
    else if (s.w(j) === 'the' && s.w(j + 1) === 'next' && s.w(j + 2) === 'day') (shift = 1), (j += 2);
    // "the previous Friday", "the following Monday": counted from the day the story is on
    if (j === i + 2 && shift && s.w(j) in WEEKDAY_NAMES && /^[A-Z]/.test(s.text(j)) && s.anchor && !mod) {
      const ref = last.day ?? s.anchor;
      const wd = WEEKDAY_NAMES[s.w(j)]!;
      const gap = shift < 0 ? -((weekday(ref) - wd + 7) % 7 || 7) : (wd - weekday(ref) + 7) % 7 || 7;
      last.day = addDays(ref, gap);
      return { from: i, to: j + 1, type: 'DATE', value: isoDay(last.day), mod };
    }
    const unit = s.text(j);
    // "That night, the mayor fled", "later that evening": a part of the day the story is on
    if (shift === 0 && unit in DAY_PARTS && unit !== 'overnight' && last.day && s.sentence.i - last.dayAt <= PART_REACH) {
      return { from: i, to: j + 1, type: 'TIME', value: `${isoDay(last.day)}T${DAY_PARTS[unit]}`, mod };
    }
    if (shift === null || !COUNTED_UNITS.has(unit) || (s.w(j + 1) === '-' && s.touching(j))) {
      remember(s, i, last);
      return null;
    }
    // "that year's" is fine; "that month, which ..." too; "the same month as" still names the month
    if (unit === 'month' && shift === 0 && last.m === null) return null;
    // "that day" with no day named before refers to nothing the text gives
    if ((unit === 'day' || unit === 'week') && shift === 0 && last.day === null) return null;
    const value = valueFor(unit, shift, last, s.anchor);
    if (!value) return null;
    follow(unit, value, last);
    return { from: i, to: j + 1, type: 'DATE', value, mod };
  };
}

export default defineRule<DateCandidate>({
  id: 'dates/anaphoric',
  kind: 'dates',
  description: '"that year", "later that year", "the following month": from the last date the article named.',
  confidence: 0.8,
  examples: {
    match: [
      { text: 'Imports peaked in 1994. Prices fell that year too.', date: '2025-06-21', expect: { text: 'that year', value: '1994' } },
      { text: 'She fled in June 2001 and returned later that year.', date: '2025-06-21', expect: { text: 'later that year', value: '2001', mod: 'END' } },
      { text: 'He was promoted in 1995, and the following year he retired.', date: '2025-06-21', expect: { text: 'the following year', value: '1996' } },
      { text: 'In March the board met. The following month, it sold the unit.', date: '2025-10-21', expect: { text: 'The following month', value: '2025-04' } },
      { text: 'The mill opened in 1995, its owner said on Monday. That year, it hired 300 people.', date: '2025-06-21', expect: { text: 'That year', value: '1995' } },
      { text: 'Profit in 1996 held steady at the previous year\'s level.', expect: { text: 'the previous year', value: '1995' } },
      { text: 'The ship left port on June 3. The next day, pirates seized it.', date: '2025-06-21', expect: { text: 'The next day', value: '2025-06-04' } },
      { text: 'She spoke in Ohio on Sunday. The day before, she was in Iowa.', date: '2025-06-24', expect: { text: 'The day before', value: '2025-06-21' } },
      { text: 'The envoy landed on Monday. At breakfast the following morning, he met the king.', date: '2025-06-25', expect: { text: 'the following morning', type: 'DATE', value: '2025-06-24' } },
      { text: 'Rebels shelled the town on Monday. Later that day, the army withdrew.', date: '2025-06-19', expect: { text: 'Later that day', value: '2025-06-16', mod: 'END' } },
      { text: 'The firm was fined in 2021, after a warning the previous year.', date: '2025-06-21', expect: { text: 'the previous year', value: '2020' } },
      { text: 'Shares closed lower on Friday, down 4% from the previous Friday.', date: '2025-06-23', expect: { text: 'the previous Friday', value: '2025-06-13' } },
      { text: 'The vote was held on June 10, and results came the following week.', date: '2025-06-21', expect: { text: 'the following week', value: '2025-W25' } },
      { text: 'Rebels entered the city on May 2. That night, the mayor fled.', date: '2025-06-18', expect: { text: 'That night', type: 'TIME', value: '2025-05-02TNI' } },
      { text: 'Exports fell last year. That year, the mine closed.', date: '2025-06-18', expect: { text: 'That year', value: '2024' } },
    ],
    noMatch: ['That month-long strike ended.', 'They said that years of war had ruined the town.', 'Nobody who was there that day has spoken.', 'Nobody saw what happened that night.'],
  },
  run: (ctx) => scanWith(ctx, matcher({ y: null, m: null, day: null, recent: null, dayAt: -1 })),
});
