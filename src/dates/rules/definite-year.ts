/**
 * "the year" as news uses it: the current (fiscal) year ("For the year, sales rose"; "lower earnings
 * for the fiscal year"; "earlier in the year"), or a twelve-month period when a closing date follows
 * ("in the year ended March 31" is P1Y, the date is its own expression).
 */
import { defineRule } from '../../pipeline/rule.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

const QUALIFIERS = new Set(['fiscal', 'full', 'calendar', 'entire', 'whole']);
/** "the year ended June 30", "the fiscal year ending in March": a period named by its close. */
const CLOSING = new Set(['ended', 'ending', 'ends', 'end', 'through', 'to']);
/** "the year before", "the year of the dragon", "the year's best film": another year or a title. */
const NOT_AFTER = new Set(['before', 'earlier', 'after', 'later', 'ago', 'when', 'that', 'in', 'of', 'old']);
const EDGE: Readonly<Record<string, string>> = table({ earlier: 'START', early: 'START', later: 'END', late: 'END' });

function match(s: Scan, i: number): Hit | null {
  if (s.w(i) !== 'the') return null;
  let j = i + 1;
  while (QUALIFIERS.has(s.w(j))) j++;
  if (s.text(j) !== 'year' || (s.w(j + 1) === '-' && s.touching(j))) return null;
  const to = j + 1;
  const next = s.w(to);
  if (CLOSING.has(next)) return { from: i, to, type: 'DURATION', value: 'P1Y' };
  if (s.w(i - 1) === 'throughout') return { from: i, to, type: 'DURATION', value: 'P1Y' };
  // "a high for the year of $18.25": "of" gives the level, not another year
  const level = next === 'of' && (s.w(to + 1) === '$' || /^\d/.test(s.w(to + 1)));
  if ((NOT_AFTER.has(next) && !level) || /^\d/.test(next) || next === 'two' || !s.anchor) return null;
  // "earlier in the year": the edge word and its preposition belong to the expression
  const prev = s.w(i - 1);
  if (prev === 'in' && s.w(i - 2) in EDGE) return { from: i - 2, to, type: 'DATE', value: String(s.anchor.y), mod: EDGE[s.w(i - 2)]! };
  // only where a preposition makes it a time: "for the year", "during the year", "of the year"
  if (!['for', 'during', 'in', 'of', 'over'].includes(prev)) return null;
  return { from: i, to, type: 'DATE', value: String(s.anchor.y) };
}

export default defineRule<DateCandidate>({
  id: 'dates/definite-year',
  kind: 'dates',
  description: '"the year" / "the fiscal year" as the current year, or P1Y before a closing date.',
  confidence: 0.75,
  examples: {
    match: [
      { text: 'The shares hit a low for the year of $12.50 in March.', date: '2025-10-30', expect: { text: 'the year', type: 'DATE', value: '2025' } },
      { text: 'For the year, the chain expects flat sales.', date: '2025-10-30', expect: { text: 'the year', type: 'DATE', value: '2025' } },
      { text: 'It warned of lower profit for the fiscal year.', date: '2025-10-30', expect: { text: 'the fiscal year', value: '2025' } },
      { text: 'Revenue was $9 million in the year ended June 30.', date: '2025-10-30', expect: { text: 'the year', type: 'DURATION', value: 'P1Y' } },
      { text: 'Shipments were delayed earlier in the year by floods.', date: '2025-10-30', expect: { text: 'earlier in the year', value: '2025', mod: 'START' } },
    ],
    noMatch: ['Sales fell 4% from the year before.', 'He was named the Year of the Horse mascot.', 'The year 1998 was hard.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
