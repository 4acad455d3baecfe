/**
 * Bare month names: "in January", "last April", "early September", "January this year". The year
 * follows the sentence's tense (a past-tense "in December" written in February is last December).
 * "May" the modal and "March" the verb or protest need a temporal neighbour to count.
 */
import { defineRule } from '../../pipeline/rule.js';
import { isoMonth } from '../../util/calendar.js';
import { positionBefore, TIME_PREPOSITIONS } from '../context.js';
import { MONTH_NAMES, SHIFTERS } from '../lexicon.js';
import { pickMonthYear, spokenYear } from '../normalise.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

const AMBIGUOUS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'dec', 'sept', 'aug']);
const pad = (n: number) => String(n).padStart(2, '0');

function monthAt(s: Scan, i: number): { month: number; to: number } | null {
  const w = s.w(i);
  const t = s.text(i);
  if (!(w in MONTH_NAMES) || !/^[A-Z]/.test(t)) return null;
  const full = (w.length > 3 && w !== 'sept') || w === 'may';
  const dotted = !full && s.w(i + 1) === '.' && s.touching(i);
  if (!full && !dotted) return null;
  const to = dotted ? i + 2 : i + 1;
  if (AMBIGUOUS.has(w) && !dotted) {
    const prev = s.w(i - 1);
    const next = s.w(to);
    // "the March accession" names the month; "the March on Washington" is a protest
    const modifier = prev === 'the' && /^[a-z]/.test(s.text(to)) && s.has(to, 'Noun') && !s.has(to, 'Preposition');
    const temporal = modifier || TIME_PREPOSITIONS.has(prev) || /^\d/.test(next) || next in SHIFTERS || next === ',' && /^\d{4}$/.test(s.w(to + 1));
    if (!temporal || s.has(i, 'Modal') || (prev === 'and' && !/^[A-Z]/.test(s.text(i - 2)))) return null;
  }
  return { month: MONTH_NAMES[w]!, to };
}

const GLUED_EDGE: Readonly<Record<string, string>> = table({ mid: 'MID', early: 'START', late: 'END' });

function match(s: Scan, i: number): Hit | null {
  const glued = /^(mid|early|late)-([a-z]+)$/.exec(s.w(i));
  if (glued && glued[2]! in MONTH_NAMES && glued[2]!.length > 3 && s.anchor) {
    const month = MONTH_NAMES[glued[2]!]!;
    return { from: i, to: i + 1, type: 'DATE', value: isoMonth(pickMonthYear(s.anchor, month, s.tenseOf(i, true)), month), mod: GLUED_EDGE[glued[1]!]! };
  }
  const m = monthAt(s, i);
  if (!m || /^\d{1,2}$/.test(s.w(m.to))) return null;
  const pre = positionBefore(s, i);
  let from = pre.from;
  let shift = 0;
  const prev = s.w(i - 1);
  if (!pre.mod && (prev === 'last' || prev === 'next' || prev === 'this')) {
    shift = SHIFTERS[prev]!;
    from = i - 1;
  }
  let to = m.to;
  // "January this year", "June last year", "March of next year"
  const of = s.w(to) === 'of' ? 1 : 0;
  if ((s.w(to + of) === 'this' || s.w(to + of) === 'last' || s.w(to + of) === 'next') && s.w(to + of + 1) === 'year') {
    const k = SHIFTERS[s.w(to + of)]!;
    to += 2 + of;
    const y = s.anchor ? String(s.anchor.y + k) : 'XXXX';
    return { from, to, type: 'DATE', value: `${y}-${pad(m.month)}`, mod: pre.mod };
  }
  // "March of 1998" (chrono reads "March 1998")
  if (s.w(to) === 'of' && /^\d{4}$/.test(s.w(to + 1))) return { from, to: to + 2, type: 'DATE', value: `${s.w(to + 1)}-${pad(m.month)}`, mod: pre.mod };
  // "January nineteen ninety-seven", said in a broadcast
  const spoken = spokenYear(s, s.w(to) === 'of' ? to + 1 : to);
  if (spoken && spoken.from > i) return { from, to: spoken.next, type: 'DATE', value: `${spoken.year}-${pad(m.month)}`, mod: pre.mod };
  if (!s.anchor) return { from, to, type: 'DATE', value: `XXXX-${pad(m.month)}`, mod: pre.mod };
  // "this November": the one of the current year, said before or after it
  // "since October": a start already past, whatever the clause's tense ("is the highest since October")
  const y = prev === 'this' && !pre.mod ? s.anchor.y : pickMonthYear(s.anchor, m.month, prev === 'since' ? 'past' : s.tenseOf(i, true), shift);
  return { from, to, type: 'DATE', value: isoMonth(y, m.month), mod: pre.mod };
}

export default defineRule<DateCandidate>({
  id: 'dates/month',
  kind: 'dates',
  description: 'Month names without a day, year chosen by tense or by last/this/next.',
  confidence: 0.8,
  examples: {
    match: [
      { text: 'Exports fell in December, the ministry said.', date: '1998-02-06', expect: { text: 'December', value: '1997-12' } },
      { text: 'The plant is expected to reopen in May.', date: '1998-02-06', expect: { text: 'May', value: '1998-05' } },
      { text: 'Talks collapsed in late November.', date: '2000-01-06', expect: { text: 'late November', value: '1999-11', mod: 'END' } },
      { text: 'The law took effect last April.', date: '1989-10-27', expect: { text: 'last April', value: '1989-04' } },
      { text: 'Two helicopters collided last February.', date: '1998-03-01', expect: { text: 'last February', value: '1997-02' } },
      { text: 'Leaders agreed to draft a plan by March of next year.', date: '2024-09-18', expect: { text: 'March of next year', value: '2025-03' } },
      { text: 'The March vote will settle the dispute.', date: '2025-01-10', expect: { text: 'March', value: '2025-03' } },
      { text: 'Unity is what it takes to win this November.', date: '2025-01-10', expect: { text: 'this November', value: '2025-11' } },
      { text: 'The rate is the highest since October.', date: '2025-03-10', expect: { text: 'October', value: '2024-10' } },
      { text: 'Sales peaked in March nineteen ninety-six.', date: '1998-02-27', expect: { text: 'March nineteen ninety-six', value: '1996-03' } },
    ],
    noMatch: ['Officials said the talks May resume soon.', 'Thousands joined the March on Washington against the war.', 'Protesters march through the capital.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
