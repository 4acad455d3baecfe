/**
 * Calendar dates and clock times through chrono-node, called per sentence. Only results naming a
 * month with a day or year ("Oct. 15, 1999", "June 1998", "March 30") or a clock time ("3 p.m.")
 * are kept: the relative words chrono also reads are left to the rules that know news usage.
 * Values come from chrono's parsed components, never from a local-time Date.
 */
import { defineRule } from '../../pipeline/rule.js';
import { isoDay, isoMonth, isoWeekValue, parseIso, type Ymd } from '../../util/calendar.js';
import { MONTH_NAMES, SHIFTERS, WEEKDAY_NAMES } from '../lexicon.js';
import { pickDayYear, pickWeekday } from '../normalise.js';
import { Scan, type DateCandidate } from '../scan.js';
import { CLOCK, certain, parseSentence, rangeParts, splitRange, type Components } from '../chrono-read.js';

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const pad = (n: number) => String(n).padStart(2, '0');

function valueOf(k: Components, anchor: Ymd | null, s: Scan, at: number): { type: 'DATE' | 'TIME'; value: string } | null {
  let day: string | null = null;
  if (k.month !== undefined) {
    const year = k.year ?? (anchor && k.day !== undefined ? pickDayYear(anchor, k.month, k.day, s.tenseOf(at)) : anchor?.y);
    const y = year === undefined ? 'XXXX' : String(year).padStart(4, '0');
    day = k.day !== undefined ? (year === undefined ? `XXXX-${pad(k.month)}-${pad(k.day)}` : isoDay({ y: +y, m: k.month, d: k.day })) : year === undefined ? `XXXX-${pad(k.month)}` : isoMonth(+y, k.month);
    if (k.day === undefined && k.year === undefined) return null;
  }
  if (k.hour !== undefined) {
    // "10 p.m. Wednesday": the weekday chosen by tense, as a bare weekday is
    const wd = k.weekday !== undefined && anchor ? isoDay(pickWeekday(anchor, k.weekday, s.tenseOf(at))) : null;
    const base = day ?? wd ?? (anchor ? isoDay(anchor) : 'XXXX-XX-XX');
    return { type: 'TIME', value: `${base}T${pad(k.hour)}:${pad(k.minute ?? 0)}` };
  }
  return day ? { type: 'DATE', value: day } : null;
}

/**
 * After "April 24", a second day of the same month: "and 25", "-25", "from April 24 to 26" (not
 * "and 25 people", "to 15.5", nor "fell on Oct. 3 to 12", where "to" gives a level).
 */
const SECOND_DAY = /^(\s+(?:and|or|to|through|until)\s+|\s?[-–]\s?)(\d{1,2})(?![.,]\d)(?=[\s,.;:)]|$)(?!\s+(?!(?:in|at|on|and|as|when|with|for|after|before|during|to|respectively|this|next|last)\b)[a-z])/;

function secondDay(text: string, start: number, end: number, value: string): { start: number; end: number; value: string } | null {
  const m = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/.exec(value);
  const next = m ? SECOND_DAY.exec(text.slice(end, end + 40)) : null;
  if (!m || !next || +next[2]! <= +m[3]! || +next[2]! > 31) return null;
  if (/^\s+(?:to|through|until)\s/.test(next[1]!) && !/\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return null;
  const from = end + next[1]!.length;
  return { start: from, end: from + next[2]!.length, value: `${m[1]}-${m[2]}-${next[2]!.padStart(2, '0')}` };
}

/**
 * "11:20 a.m. (0820 GMT) Monday": the weekday chrono left after a clock time gives its day, as does
 * an aside that restates the time with its day: "at 5 in the morning (5 a.m. EDT Friday)".
 */
const WEEKDAY_AFTER = /^\s*(?:local time\s*)?(?:\([^()]{1,20}\)\s*)?,?\s*(?:on\s+|\([^()]{0,20}\s)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;

/**
 * "On March 2, 2015, the paper revealed it ... On March 25, the firm deleted them": a past story
 * told about an earlier year keeps that year for the next day-and-month dates (within two sentences),
 * when the day comes after the full date's and the document's own year would put it later.
 */
function storyYear(story: { y: number; m: number; d: number; at: number }, si: number, anchor: Ymd, known: Components, value: string, tense: string): boolean {
  if (si - story.at > 2 || story.y >= anchor.y || tense !== 'past' || known.month === undefined || known.day === undefined) return false;
  if (known.month * 31 + known.day <= story.m * 31 + story.d) return false;
  return /^\d{4}-\d\d-\d\d/.test(value) && +value.slice(0, 4) !== story.y;
}

const YEAR_AFTER = /^\s+(this|last|next) year\b/i;

/** The value of one part, when it names a month with a day or year, or a clock time. */
function partValue(text: string, after: string, known: Components, anchor: Ymd | null, s: Scan, at: number) {
  if (!CLOCK.test(text)) delete known.hour;
  const wd = known.hour !== undefined && known.weekday === undefined && known.day === undefined ? WEEKDAY_AFTER.exec(after) : null;
  if (wd) known.weekday = WEEKDAY_NAMES[wd[1]!.toLowerCase()];
  const monthDate = known.month !== undefined && hasMonthWord(text) && /\d/.test(text);
  const clock = known.hour !== undefined;
  if (!monthDate && !clock) return null;
  const v = valueOf(monthDate ? known : { hour: known.hour, minute: known.minute, weekday: known.weekday }, anchor, s, at);
  // TimeML writes midnight as the end of its day, as the day-deixis rule does
  if (v && /^midnight$/i.test(text.trim())) v.value = v.value.replace(/T00:00$/, 'T24:00');
  return v;
}

/** "the week of March 6" is the week that holds the day (TimeML values it as that ISO week). */
function weekOf(text: string, start: number, value: string): { start: number; value: string } | null {
  const day = /^\d{4}-\d\d-\d\d$/.test(value) ? parseIso(value) : null;
  // "the week of March 6", and the weekly statistics' "the week ending May 9" (the ISO week it closes)
  const m = day ? /\b(?:the\s+)?week\s+(?:of|ending|ended)\s+$/i.exec(text.slice(Math.max(0, start - 20), start)) : null;
  return m ? { start: start - m[0].length, value: isoWeekValue(day!) } : null;
}

function hasMonthWord(text: string): boolean {
  for (const w of text.toLowerCase().split(/[^a-z]+/)) if (w && w in MONTH_NAMES && w !== 'may') return true;
  return /\bmay\s+\d/i.test(text);
}

export default defineRule<DateCandidate>({
  id: 'dates/chrono-calendar',
  kind: 'dates',
  description: 'Calendar dates and clock times read by chrono-node per sentence, year chosen by tense.',
  confidence: 0.9,
  examples: {
    match: [
      { text: 'The court will rule on Oct. 15, 1999, officials said.', expect: { text: 'Oct. 15, 1999', value: '1999-10-15', type: 'DATE' } },
      { text: 'The ship left port on Aug. 6, the navy said.', date: '1998-02-06', expect: { text: 'Aug. 6', value: '1997-08-06' } },
      { text: 'Inflation peaked in June 1998.', expect: { text: 'June 1998', value: '1998-06' } },
      { text: 'The doctor was shot on the night of Oct. 23 at home.', date: '1998-10-26', expect: { text: 'Oct. 23', value: '1998-10-23' } },
      { text: 'Leaders meet in Oslo on May 14 and 15.', date: '2025-05-02', expect: { text: '15', value: '2025-05-15' } },
      { text: 'The fair runs from Sept. 3 to 7 in Lyon.', date: '2025-05-02', expect: { text: '7', value: '2025-09-07' } },
      { text: 'The new president takes office on January 20 next year.', date: '2024-05-16', expect: { text: 'January 20 next year', value: '2025-01-20' } },
      { text: 'On May 4, 2019, the board met in secret. On May 20, it fired the chief.', date: '2024-05-16', expect: { text: 'May 20', value: '2019-05-20' } },
      { text: 'The attack began on Sept. 11, 2012. A warning was sent at 7:19 p.m. that night.', date: '2015-12-09', expect: { text: '7:19 p.m.', value: '2012-09-11T19:19' } },
      { text: 'A curfew was imposed from midnight to 6 a.m. in the city.', date: '2024-09-24', expect: { text: '6 a.m.', value: '2024-09-24T06:00' } },
      { text: 'The vote is set for 3 p.m. on Tuesday.', date: '2025-06-21', expect: { type: 'TIME' } },
      { text: 'The plan must be filed by 4 p.m. on May 8.', date: '2025-04-11', expect: { text: '4 p.m. on May 8', type: 'TIME', value: '2025-05-08T16:00' } },
      { text: 'The blast struck at 9:40 a.m. (0640 GMT) Friday, police said.', date: '2025-06-21', expect: { text: '9:40 a.m.', value: '2025-06-20T09:40' } },
      { text: 'The truce took effect at 4 a.m. local time (0100 GMT) on Tuesday.', date: '2025-06-21', expect: { text: '4 a.m.', value: '2025-06-17T04:00' } },
      { text: 'A hearing is planned for the week of March 6.', date: '2000-02-24', expect: { text: 'the week of March 6', value: '2000-W10' } },
      { text: 'Jobless claims in the week ending May 9 fell to 210,000.', date: '2026-05-14', expect: { text: 'the week ending May 9', value: '2026-W19' } },
      { text: 'The convoy will leave at 5 in the morning (5 a.m. local time Tuesday), he said.', date: '2025-06-21', expect: { text: '5 in the morning', type: 'TIME', value: '2025-06-24T05:00' } },
    ],
    noMatch: ['The company may 2x its output.', 'Three people were hurt.'],
  },
  run(ctx) {
    const anchor = parseIso(ctx.doc.date);
    const ref = anchor ? new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
    // the year of the last full date ("On March 2, 2015, ...") and the sentence it was in
    let story: { y: number; m: number; d: number; at: number } | null = null;
    ctx.doc.sentences.forEach((sentence, si) => {
      // chrono is the costliest call here: only sentences that can hold what we keep (a digit, and a
      // month name or a clock time) are given to it.
      if (sentence.start < ctx.doc.bodyStart || !/\d/.test(sentence.text) || !(MONTH_WORD.test(sentence.text) || CLOCK.test(sentence.text))) return;
      const s = new Scan(sentence, anchor);
      for (const r of parseSentence(sentence.text, ref)) {
        const parts = splitRange(r.text, r.index, !!r.end);
        const comps = r.end && parts.length === 2 ? rangeParts(parts, ref, r) : [certain(r.start), r.end ? certain(r.end) : null];
        parts.forEach((part, k) => {
          const known = comps[k];
          if (!known) return;
          const at = Math.max(0, (ctx.doc.tokenAt(sentence.start + part.index)?.i ?? 0) - (sentence.tokens[0]?.i ?? 0));
          const after = sentence.text.slice(part.index + part.text.length, part.index + part.text.length + 40);
          const v = partValue(part.text, after, known, anchor, s, at);
          if (!v) return;
          if (known.year !== undefined && known.month !== undefined) story = known.day === undefined ? null : { y: known.year, m: known.month, d: known.day, at: si };
          else if (story && anchor && storyYear(story, si, anchor, known, v.value, s.tenseOf(at))) v.value = String(story.y) + v.value.slice(4);
          // "an email sent at 7:19 p.m." after "on Sept. 11, 2012": the clock time of the story's day
          else if (story && anchor && v.type === 'TIME' && known.day === undefined && known.weekday === undefined && si - story.at <= 2 && story.y < anchor.y && s.tenseOf(at) === 'past') {
            v.value = isoDay({ y: story.y, m: story.m, d: story.d }) + v.value.slice(10);
          }
          let start = sentence.start + part.index;
          let end = start + part.text.length;
          // "January 20 next year": the year word belongs to the date and gives its year
          const yearWord = known.year === undefined && anchor ? YEAR_AFTER.exec(after) : null;
          if (yearWord && /^\d{4}-\d\d-\d\d$/.test(v.value)) {
            v.value = String(anchor!.y + SHIFTERS[yearWord[1]!.toLowerCase()]!) + v.value.slice(4);
            end += yearWord[0].length;
          }
          const evidence = ctx.doc.span(sentence.start, sentence.end);
          const week = weekOf(ctx.doc.text, start, v.value);
          if (week) (start = week.start), (v.value = week.value);
          ctx.emit({ ...ctx.doc.span(start, end), ...v, mod: null, interval: null, evidence });
          const second = v.type === 'DATE' && !yearWord ? secondDay(ctx.doc.text, start, start + part.text.length, v.value) : null;
          if (second && second.end <= sentence.end) ctx.emit({ ...ctx.doc.span(second.start, second.end), type: 'DATE', value: second.value, mod: null, interval: null, evidence });
        });
      }
    });
  },
});
