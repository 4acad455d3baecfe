/**
 * Years, decades and centuries: "1998", "fiscal 1990", "mid-1996", "the late 1980s", "the '90s",
 * "the 20th century". A four-digit number counts as a year in 1900–2099, or earlier after a
 * temporal preposition; money, percentages and counts of things are left out.
 */
import { defineRule } from '../../pipeline/rule.js';
import { positionBefore, TIME_PREPOSITIONS } from '../context.js';
import { ORDINALS } from '../lexicon.js';
import { spokenYear } from '../normalise.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

const NOT_AFTER = new Set(['$', '#', 'no', 'no.', 'number', 'page', 'flight', 'route', 'article', 'chapter', 'version', 'model', 'room', 'at', '£', '€']);
const NOT_BEFORE = new Set(['%', 'percent', 'people', 'troops', 'feet', 'meters', 'miles', 'tons', 'points', 'shares', 'votes', 'pounds', 'dollars', 'yen', 'acres', 'cars', 'jobs', 'workers', 'soldiers', 'members']);

function isYear(s: Scan, i: number): boolean {
  const w = s.w(i);
  if (!/^\d{4}$/.test(w) || NOT_AFTER.has(s.w(i - 1)) || NOT_BEFORE.has(s.w(i + 1))) return false;
  // "3,000, 1995": a list of numbers; "1994, 1995 and 1997" is a list of years
  if (s.w(i - 1) === ',' && /^\d/.test(s.w(i - 2)) && !/^(?:19|20)\d\d$/.test(s.w(i - 2))) return false;
  if (s.w(i + 1) === ':' || s.w(i + 1) === '.' && /^\d/.test(s.w(i + 2))) return false;
  const y = +w;
  if (y >= 1900 && y <= 2099) return true;
  // "1848-1914" is a span of years; "No. 14-1418" a docket number
  if (s.w(i - 1) === '-' && !/^\d{4}$/.test(s.w(i - 2))) return false;
  return y >= 1000 && y < 1900 && TIME_PREPOSITIONS.has(s.w(i - 1));
}

const DECADE_WORDS: Readonly<Record<string, number>> = table({
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
});

function match(s: Scan, i: number): Hit | null {
  const g = s.glued(i);
  const pre = positionBefore(s, i);
  let m: RegExpExecArray | null;
  // "1990s", "1980's", "mid-1990s"
  let decadeEnd = 0;
  if ((m = /^(?:mid-)?(\d{3})0s$/.exec(g.word))) decadeEnd = g.next;
  else if ((m = /^(\d{3})0$/.exec(s.w(i))) && s.w(i + 1) === "'" && s.w(i + 2) === 's' && s.touching(i) && s.touching(i + 1)) decadeEnd = i + 3;
  if (m && decadeEnd) {
    const mod = g.word.startsWith('mid-') ? 'MID' : pre.mod;
    const from = pre.mod ? pre.from : s.w(i - 1) === 'the' && mod ? i - 1 : i;
    return { from, to: decadeEnd, type: 'DATE', value: m[1]!, mod };
  }
  // "'90s"
  if (s.w(i) === "'" && /^\d0$/.test(s.w(i + 1)) && s.w(i + 2) === 's' && s.touching(i) && s.touching(i + 1) && s.anchor) {
    const century = Math.floor(s.anchor.y / 100);
    const dec = +s.w(i + 1) / 10;
    return { from: pre.from, to: i + 3, type: 'DATE', value: `${dec * 10 > s.anchor.y % 100 ? century - 1 : century}${dec}`, mod: pre.mod };
  }
  // "2016-07-05": an ISO date written out is that day
  if ((m = /^((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(g.word))) return { from: i, to: g.next, type: 'DATE', value: m[0] };
  // "mid-1996"
  if ((m = /^mid-(\d{4})$/.exec(g.word))) return { from: i, to: g.next, type: 'DATE', value: m[1]!, mod: 'MID' };
  // "post-1959 politics", "pre-1990 rules": the year, as TimeML marks it
  if ((m = /^(?:post|pre)-((?:1[89]|20)\d\d)$/.exec(g.word))) return { from: i, to: g.next, type: 'DATE', value: m[1]! };
  // "the 20th century", "the nineteenth century"
  if (s.w(g.next) === 'century' && (g.word in ORDINALS || /^\d{1,2}(?:st|nd|rd|th)$/.test(g.word))) {
    const n = ORDINALS[g.word] ?? parseInt(g.word, 10);
    const from = pre.mod ? pre.from : s.w(i - 1) === 'the' ? i - 1 : i;
    return { from, to: g.next + 1, type: 'DATE', value: String(n - 1).padStart(2, '0'), mod: pre.mod };
  }
  const spoken = spokenYear(s, i);
  if (spoken) return { from: spoken.from < i ? spoken.from : pre.from, to: spoken.next, type: 'DATE', value: String(spoken.year), mod: pre.mod };
  // "the nineties"
  if (s.w(i) === 'the' && DECADE_WORDS[s.w(i + 1)] !== undefined && s.anchor) {
    const d = DECADE_WORDS[s.w(i + 1)]!;
    const century = Math.floor(s.anchor.y / 100) - (d * 10 > s.anchor.y % 100 ? 1 : 0);
    return { from: i, to: i + 2, type: 'DATE', value: `${century}${d}` };
  }
  if (!isYear(s, i)) return null;
  let from = pre.from;
  if (s.w(i - 1) === 'fiscal') from = s.w(i - 2) === 'the' ? i - 2 : i - 1;
  return { from, to: i + 1, type: 'DATE', value: s.w(i), mod: pre.mod };
}

export default defineRule<DateCandidate>({
  id: 'dates/year',
  kind: 'dates',
  description: 'Bare years, fiscal years, decades and centuries, with early/mid/late as mod.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'The archive lists the post as 2016-07-05 and nothing later.', expect: { text: '2016-07-05', value: '2016-07-05' } },
      { text: 'The plant was built in 1998 and closed later.', expect: { text: '1998', value: '1998', type: 'DATE' } },
      { text: 'Sales rose sharply in the late 1980s.', expect: { text: 'the late 1980s', value: '198', mod: 'END' } },
      { text: 'The treaty dates from mid-1996.', expect: { text: 'mid-1996', value: '1996', mod: 'MID' } },
      { text: 'Profit for fiscal 1990 was flat.', expect: { text: 'fiscal 1990', value: '1990' } },
      { text: 'Floods struck in 1993, 1996 and 1998.', expect: { text: '1996', value: '1996' } },
      { text: 'The post-1945 order is fraying.', expect: { text: 'post-1945', value: '1945' } },
    ],
    noMatch: ['The court sent back case No. 14-1418 to the lower courts.', 'About 2000 people marched downtown.', 'The shares closed at 1450 yen.', 'It paid $1995 for the permit.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
