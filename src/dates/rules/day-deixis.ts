/**
 * Days named from the document date: "today", "yesterday", "tomorrow", "tonight", "this morning",
 * "last night", "late yesterday", "the day before yesterday".
 */
import { defineRule } from '../../pipeline/rule.js';
import { addDays, isoDay } from '../../util/calendar.js';
import { DAY_PARTS, ORDINALS, WEEKDAY_NAMES } from '../lexicon.js';
import { pickWeekday } from '../normalise.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

const DAYS: Readonly<Record<string, number>> = table({ today: 0, yesterday: -1, tomorrow: 1, tonight: 0 });

function day(s: Scan, k: number, fallback: string): string {
  return s.anchor ? isoDay(addDays(s.anchor, k)) : fallback;
}

const CLOCK_BEFORE = new Set(['at', 'by', 'until', 'till', 'before', 'after', 'past', 'from', 'since', 'around', 'about']);

/** "midday", "mid-afternoon yesterday", "by mid afternoon": a part of the day named or implied. */
function midDay(s: Scan, i: number): Hit | null {
  const g = s.glued(i);
  let to = g.next;
  let part: string | null = null;
  // "noon Saturday", "midnight Friday": the clock on a weekday chosen as a bare weekday is;
  // "at noon on Tuesday" keeps the weekday as its own expression but takes its day
  const on = s.w(i + 1) === 'on' ? 1 : 0;
  if ((g.word === 'noon' || g.word === 'midnight') && s.w(i + 1 + on) in WEEKDAY_NAMES && /^[A-Z]/.test(s.text(i + 1 + on)) && s.anchor) {
    const wd = isoDay(pickWeekday(s.anchor, WEEKDAY_NAMES[s.w(i + 1 + on)]!, s.tenseOf(i)));
    return { from: i, to: on ? i + 1 : i + 2, type: 'TIME', value: `${wd}T${g.word === 'noon' ? '12:00' : '24:00'}` };
  }
  // "on WTMJ's Midday with ...": a capital inside the sentence makes it a programme's title
  if ((g.word === 'midday' || g.word === 'noon') && i > 0 && /^[A-Z]/.test(s.text(i))) return null;
  if (g.word === 'midday' || (g.word === 'noon' && !/^\d/.test(s.w(i - 1)) && s.w(i - 1) !== 'high')) part = '12:00';
  // "at midnight", "until midnight": the coming (or, in a past sentence, the last) end of the day
  else if (g.word === 'midnight' && CLOCK_BEFORE.has(s.w(i - 1))) part = '24:00';
  else if (g.word === 'mid-afternoon' || g.word === 'midafternoon') part = 'AF';
  else if (g.word === 'mid' && s.w(i + 1) === 'afternoon') (part = 'AF'), (to = i + 2);
  if (!part) return null;
  const k = s.w(to) === 'yesterday' ? -1 : s.w(to) === 'today' ? 0 : null;
  if (k !== null) to++;
  // "the truce took effect at midnight": in a past sentence the midnight that has passed, the end of the day before
  const back = k === null && part === '24:00' && s.tenseOf(i) === 'past' ? -1 : 0;
  return { from: i, to, type: 'TIME', value: `${day(s, k ?? back, 'XXXX-XX-XX')}T${part}`, mod: part === 'AF' ? 'MID' : null };
}

const NOW_COPULA = new Set(['is', "'s", 'marks']);

/** "Today is the eighth day of the blockade", "It's the second day of the offensive": the present day. */
function nthDay(s: Scan, i: number): Hit | null {
  const at = s.w(i) === 'the' ? i + 1 : i;
  const nth = ORDINALS[s.w(at)];
  if (nth === undefined || s.w(at) === 'last' || s.w(at) === 'final' || !NOW_COPULA.has(s.w(i - 1))) return null;
  const dayAt = s.w(at + 1) === 'straight' || s.w(at + 1) === 'consecutive' ? at + 2 : at + 1;
  if (s.w(dayAt) !== 'day' || !s.anchor) return null;
  return { from: i, to: dayAt + 1, type: 'DATE', value: day(s, 0, 'PRESENT_REF') };
}

function match(s: Scan, i: number): Hit | null {
  const mid = midDay(s, i) ?? nthDay(s, i);
  if (mid) return mid;
  const w = s.w(i);
  let from = i;
  let mod: string | null = null;
  const prev = s.w(i - 1);
  if (w in DAYS) {
    // "USA Today", "VOA Today": a capitalised day after a name is a title
    const named = s.has(i - 1, 'ProperNoun') || s.has(i - 1, 'Acronym');
    if (i > 0 && /^[A-Z]/.test(s.text(i)) && /^[A-Z]/.test(s.text(i - 1)) && named && !(prev in WEEKDAY_NAMES)) return null;
    if (prev === 'late' || prev === 'early' || prev === 'earlier' || prev === 'later') {
      from = i - 1;
      mod = prev === 'late' ? 'END' : prev === 'early' ? 'START' : null;
    }
    const k = DAYS[w]!;
    if (w === 'tonight') return { from, to: i + 1, type: 'TIME', value: `${day(s, 0, 'PRESENT_REF')}TNI`, mod };
    if (s.w(i + 1) in DAY_PARTS && s.w(i + 1) !== 'overnight') {
      return { from, to: i + 2, type: 'TIME', value: `${day(s, k, k < 0 ? 'PAST_REF' : k > 0 ? 'FUTURE_REF' : 'PRESENT_REF')}T${DAY_PARTS[s.w(i + 1)]}`, mod };
    }
    if (w === 'yesterday' && prev === 'before' && s.w(i - 2) === 'day' && s.w(i - 3) === 'the') return { from: i - 3, to: i + 1, type: 'DATE', value: day(s, -2, 'PAST_REF') };
    return { from, to: i + 1, type: 'DATE', value: day(s, k, k < 0 ? 'PAST_REF' : k > 0 ? 'FUTURE_REF' : 'PRESENT_REF'), mod };
  }
  // "this morning", "last night"
  if ((w === 'this' || w === 'last') && s.w(i + 1) in DAY_PARTS && s.w(i + 1) !== 'overnight') {
    // "on CBS This Morning": a capitalised pair inside the sentence is a programme's title
    if (i > 0 && /^[A-Z]/.test(s.text(i)) && /^[A-Z]/.test(s.text(i + 1))) return null;
    const k = w === 'last' && s.w(i + 1) === 'night' ? -1 : 0;
    if (w === 'last' && s.w(i + 1) !== 'night') return null;
    return { from: i, to: i + 2, type: 'TIME', value: `${day(s, k, k ? 'PAST_REF' : 'PRESENT_REF')}T${DAY_PARTS[s.w(i + 1)]}` };
  }
  return null;
}

export default defineRule<DateCandidate>({
  id: 'dates/day-deixis',
  kind: 'dates',
  description: 'today, yesterday, tomorrow, tonight, this morning, last night, resolved to the day.',
  confidence: 0.9,
  examples: {
    match: [
      { text: 'The rebels said yesterday that they would withdraw.', date: '1990-08-13', expect: { text: 'yesterday', value: '1990-08-12' } },
      { text: 'The president will speak tonight.', date: '2025-06-21', expect: { text: 'tonight', type: 'TIME', value: '2025-06-21TNI' } },
      { text: 'Shells hit the city this morning.', date: '2025-06-21', expect: { text: 'this morning', value: '2025-06-21TMO' } },
      { text: "It's the third day of protests in the capital.", date: '2025-06-21', expect: { text: 'the third day', value: '2025-06-21' } },
      { text: 'The deadline passed at noon on Tuesday.', date: '2025-06-21', expect: { text: 'noon', type: 'TIME', value: '2025-06-17T12:00' } },
      { text: 'A curfew begins at midnight.', date: '2025-06-21', expect: { text: 'midnight', type: 'TIME', value: '2025-06-21T24:00' } },
      { text: 'The truce took effect at midnight.', date: '2025-06-21', expect: { text: 'midnight', type: 'TIME', value: '2025-06-20T24:00' } },
      { text: 'Trading was halted in mid-afternoon yesterday.', date: '2025-06-21', expect: { text: 'mid-afternoon yesterday', type: 'TIME', value: '2025-06-20TAF', mod: 'MID' } },
    ],
    noMatch: ['The morning papers carried the story.', 'The new Germany is a different country.', 'The poll was published by USA Today.', 'You are listening to VOA Today.', 'The senator appeared on CBS This Morning to defend the plan.', 'He told the hosts of Midday with Ann Reed that he would stay.', 'It was the third day of protests.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
