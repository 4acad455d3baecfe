/**
 * Quarters and halves of a (fiscal) year, frequent in business news: "the third quarter",
 * "third-quarter", "the fourth quarter of 1999", "the latest quarter", "the year-ago quarter",
 * "the first half". Without a year, a quarter not yet begun is last year's; "the quarter" and
 * "the latest quarter" are the last completed one.
 */
import { defineRule } from '../../pipeline/rule.js';
import { quarterOf } from '../../util/calendar.js';
import { MATCH_REPORT, MONTH_NAMES, ORDINALS } from '../lexicon.js';
import { reportedQuarter, yearAgoQuarter, type Quarter } from '../context.js';
import { parseIso } from '../../util/calendar.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

const LATEST = new Set(['latest', 'recent', 'most', 'past', 'just-ended', 'last']);
const SHIFTS: Readonly<Record<string, number>> = table({ last: -1, this: 0, next: 1 });
const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'that', 'each', 'every']);
const YEAR_AGO = new Set(['year-ago', 'year-earlier', 'prior-year', 'year-before']);

/** "april-june", "jan.-march": the three months of a calendar quarter, as its number. */
function monthSpan(word: string): number | null {
  const m = /^([a-z]+)\.?-([a-z]+)$/.exec(word);
  const a = m ? MONTH_NAMES[m[1]!] : undefined;
  const b = m ? MONTH_NAMES[m[2]!] : undefined;
  return a !== undefined && b === a + 2 && a % 3 === 1 ? (a + 2) / 3 : null;
}

/**
 * "Q3 2026", "H1 2026", "Q3": the abbreviations of business news. Without a year, a period not yet
 * begun told in the past tense is last year's, as for "the third quarter".
 */
function abbreviated(s: Scan, i: number): Hit | null {
  const m = /^([QH])([1-4])$/.exec(s.text(i));
  if (!m || (m[1] === 'H' && m[2]! > '2')) return null;
  const n = +m[2]!;
  let to = i + 1;
  let year: number | null = null;
  if (/^\d{4}$/.test(s.w(to))) year = +s.w(to++);
  else if (s.w(to) === 'of' && /^\d{4}$/.test(s.w(to + 1))) (year = +s.w(to + 1)), (to += 2);
  if (year === null && !s.anchor) return { from: i, to, type: 'DATE', value: `XXXX-${m[1]}${n}` };
  if (year === null) {
    const current = m[1] === 'Q' ? quarterOf(s.anchor!.m) : s.anchor!.m > 6 ? 2 : 1;
    year = n > current && s.tenseOf(i) === 'past' ? s.anchor!.y - 1 : s.anchor!.y;
  }
  return { from: i, to, type: 'DATE', value: `${year}-${m[1]}${n}` };
}

function match(s: Scan, i: number, reported: Quarter | null, sport: boolean): Hit | null {
  const abbr = abbreviated(s, i);
  if (abbr) return abbr;
  let j = i;
  let named: number | null = null;
  // "this year's third quarter", "next year's first half"
  if ((s.w(j) === 'this' || s.w(j) === 'last' || s.w(j) === 'next') && s.w(j + 1) === 'year' && s.w(j + 2) === "'s" && s.anchor) {
    named = s.anchor.y + (s.w(j) === 'last' ? -1 : s.w(j) === 'next' ? 1 : 0);
    j += 3;
  }
  if (s.w(j) === 'the') j++;
  // "the 1988 third quarter", "the 1989 period"
  if (named === null && j > i && /^\d{4}$/.test(s.w(j)) && (s.w(j + 1) in ORDINALS || s.w(j + 1) === 'period' || s.w(j + 1) === 'quarter')) {
    named = +s.w(j++);
  }
  const datedPeriod = named !== null && (s.w(j) === 'period' || s.w(j) === 'quarter');
  let yearAgo = false;
  if (YEAR_AGO.has(s.glued(j).word)) (yearAgo = true), (j = s.glued(j).next);
  if (s.w(j) === 'fiscal') j++;
  let n: number | null = null;
  let latest = false;
  let w = s.w(j);
  const g = s.glued(j);
  let unit: string;
  let to: number;
  const hy = /^(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)$/.exec(g.word);
  const span = monthSpan(g.word);
  // "the first two quarters of 1990" is that year's first half
  const twoOf = (w === 'first' || w === 'last') && s.w(j + 1) === 'two' && s.w(j + 2) === 'quarters' && s.w(j + 3) === 'of' && /^\d{4}$/.test(s.w(j + 4));
  if (span && (s.w(g.next) === 'quarter' || s.w(g.next) === 'period')) {
    n = span;
    unit = 'quarter';
    to = g.next + 1;
  } else if (twoOf) {
    n = w === 'first' ? 1 : 2;
    unit = 'half';
    to = j + 3;
  } else if (hy) {
    n = ORDINALS[hy[1]!]!;
    unit = hy[2]!;
    to = g.next;
  } else {
    if (w in ORDINALS && w !== 'last' && w !== 'final') (n = ORDINALS[w]!), j++;
    else if ((w === 'last' || w === 'second') && s.w(j + 1) === 'half') (n = 2), j++;
    else if (LATEST.has(w)) (latest = true), (j += w === 'most' && s.w(j + 1) === 'recent' ? 2 : 1);
    w = s.w(j);
    if (s.w(j) === 'fiscal') w = s.w(++j);
    if (w === 'period' && (yearAgo || latest || datedPeriod)) w = 'quarter';
    else if (w !== 'quarter' && w !== 'half') {
      // "year-earlier profit": the same period a year before
      if (yearAgo && !latest && n === null && reported) return { from: s.w(i) === 'the' ? i + 1 : i, to: j, type: 'DATE', value: yearAgoQuarter(reported) };
      return null;
    }
    unit = w;
    to = j + 1;
  }
  // "the third-quarter loss": the article stays out of an adjective's span
  const first = hy && s.w(i) === 'the' ? i + 1 : i;
  if (n === null && !latest && !yearAgo && !datedPeriod && s.w(i) !== 'the') return null;
  if (unit === 'half' && n !== null && n > 2) return null;
  // "the last half of the '80s", "the first half of the season", "the second half of a news conference":
  // a half of something else than this year
  if (s.w(to) === 'of' && DETS.has(s.w(to + 1)) && !['year', 'fiscal', 'current'].includes(s.w(to + 2))) return null;
  // "City scored twice in the second half": in a match report, a period of play without a year is no date
  if (sport && named === null && !yearAgo && !latest && s.w(to) !== 'of' && !/^\d{4}$/.test(s.w(i - 1))) return null;
  // "the quarter of voters who ...", "the half shell": a fraction or a noun's modifier, not a period
  const bare = n === null && !latest && !yearAgo && !datedPeriod;
  if (bare && s.w(to) === 'of' && !/^\d{4}$/.test(s.w(to + 1)) && s.w(to + 1) !== 'the' && s.w(to + 1) !== 'fiscal' && !(s.w(to + 1) in SHIFTS)) return null;
  if (bare && s.has(to, 'Noun') && !s.has(to, 'Verb') && !/^\d/.test(s.w(to))) return null;
  let year: number | null = named;
  const ofYear = s.w(to) === 'of' ? SHIFTS[s.w(to + 1)] : undefined;
  if (s.w(to) === 'of' && /^\d{4}$/.test(s.w(to + 1))) (year = +s.w(to + 1)), (to += 2);
  // "the first half of next year", "the third quarter of last year"
  else if (ofYear !== undefined && s.w(to + 2) === 'year' && s.anchor) (year = s.anchor.y + ofYear), (to += 3);
  // "the second half of the year", "the first quarter of this year": the document's year, one expression
  else if (s.w(to) === 'of' && (s.w(to + 1) === 'the' || s.w(to + 1) === 'this') && s.w(to + 2) === 'year' && s.anchor) (year = s.anchor.y), (to += 3);
  else if (/^\d{4}$/.test(s.w(i - 1)) && !hy) year = +s.w(i - 1);
  if (!s.anchor && year === null) return { from: first, to, type: 'DATE', value: n ? `XXXX-${unit === 'half' ? 'H' : 'Q'}${n}` : 'PAST_REF' };
  const aq = s.anchor ? quarterOf(s.anchor.m) : 4;
  const ay = s.anchor?.y ?? year!;
  if (unit === 'half') {
    const h = n ?? (aq > 2 ? 1 : 2);
    // a half not yet begun is last year's, unless the sentence looks ahead ("should recover in the second half")
    const y = year ?? (h === 2 && aq <= 2 && s.tenseOf(i) !== 'future' ? ay - 1 : ay);
    return { from: first, to, type: 'DATE', value: `${y - (yearAgo ? 1 : 0)}-H${h}` };
  }
  // "the quarter", "the latest period": the quarter the report is about
  let q = n ?? reported?.q ?? aq - 1;
  let y = year ?? (n === null && reported ? reported.y : ay);
  if (q === 0) (q = 4), (y = year ?? ay - 1);
  // a quarter not yet begun is last year's, unless the sentence looks ahead ("will report fourth-quarter results")
  else if (year === null && n !== null && q > aq && s.tenseOf(i) !== 'future') y = ay - 1;
  if (yearAgo) y -= 1;
  return { from: first, to, type: 'DATE', value: `${y}-Q${q}` };
}

export default defineRule<DateCandidate>({
  id: 'dates/quarter',
  kind: 'dates',
  description: 'Quarters and halves of the year, the last completed one when unnumbered.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'Net income rose 12% in the third quarter.', date: '1989-11-02', expect: { text: 'the third quarter', value: '1989-Q3' } },
      { text: 'The bank posted a third-quarter loss.', date: '1989-11-02', expect: { text: 'third-quarter', value: '1989-Q3' } },
      { text: 'Sales fell from the year-ago quarter.', date: '1989-11-02', expect: { value: '1988-Q3' } },
      { text: 'Fourth-quarter profit beat forecasts.', date: '1998-01-26', expect: { value: '1997-Q4' } },
      { text: 'Sales in the fourth quarter will rise, the firm said.', date: '2025-08-14', expect: { text: 'the fourth quarter', value: '2025-Q4' } },
      { text: 'The firm said results for Q3 2026 would improve, after a flat H1 2026.', date: '2026-05-14', expect: { text: 'Q3 2026', value: '2026-Q3' } },
      { text: 'Sales rose 4% in Q1.', date: '2026-05-14', expect: { text: 'Q1', value: '2026-Q1' } },
      { text: 'Output rose 2.1% in the April-June quarter.', date: '2025-08-14', expect: { text: 'the April-June quarter', value: '2025-Q2' } },
      { text: 'The deal should close in the first half of next year.', date: '2025-06-21', expect: { text: 'the first half of next year', value: '2026-H1' } },
      { text: 'The company expects sales to grow in the second half of the year.', date: '2025-05-20', expect: { text: 'the second half of the year', value: '2025-H2' } },
      { text: 'Demand should stay weak through the first two quarters of 1990.', date: '1989-10-26', expect: { text: 'the first two quarters of 1990', value: '1990-H1' } },
    ],
    noMatch: [
      'Rovers pulled one back in the 78th minute and pressed hard in the second half.',
      'She grew tense in the second half of a long news conference.',
      'Growth slowed in the last half of the decade.', 'A quarter of the voters stayed home.', 'The Latin quarter was crowded.', 'He did well with the quarter of voters who call themselves independents.', 'They ate clams on the half shell.'],
  },
  run(ctx) {
    const anchor = parseIso(ctx.doc.date);
    const reported = anchor ? reportedQuarter(ctx.doc.tokens, anchor) : null;
    const sport = MATCH_REPORT.test(ctx.doc.text);
    scanWith(ctx, (s, i) => match(s, i, reported, sport));
  },
});
