/**
 * Units named from the date the article last mentioned, not from the document date: "in 1988 ...
 * that year", "in June 1998 ... later that year", "In March ... The following month". Without an
 * earlier mention they fall back to the document date. The last mention is tracked while the
 * sentences are scanned in order, so the cost stays one pass.
 */
import { defineRule } from '../../pipeline/rule.js';
import { isoMonth, type Ymd } from '../../util/calendar.js';
import { MONTH_NAMES } from '../lexicon.js';
import { pickMonthYear } from '../normalise.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';

interface Mention {
  y: number | null;
  m: number | null;
}

const EDGE: Readonly<Record<string, string>> = Object.freeze({ earlier: 'START', early: 'START', later: 'END', late: 'END' });
const UNITS = new Set(['year', 'month']);
const IN_WORDS = new Set(['in', 'since', 'by', 'of', 'until', 'early', 'late', 'mid', 'last', 'this', 'next']);

/** Remembers an explicit year ("in 1988", "June 1998") or month ("In March") at token i. */
function remember(s: Scan, i: number, last: Mention): void {
  const w = s.w(i);
  if (/^\d{4}$/.test(w) && +w >= 1800 && +w <= 2099 && s.w(i - 1) !== '$') {
    const monthBack = [1, 2, 3].map((k) => s.w(i - k)).find((x) => x in MONTH_NAMES && x !== 'may');
    last.y = +w;
    last.m = monthBack ? MONTH_NAMES[monthBack]! : null;
    return;
  }
  const ambiguous = (w === 'may' || w === 'march') && !IN_WORDS.has(s.w(i - 1));
  if (w in MONTH_NAMES && w.length > 2 && !ambiguous && /^[A-Z]/.test(s.text(i)) && !/^\d{4}$/.test(s.w(i + 1))) {
    if (!s.anchor || /^\d/.test(s.w(i + 1)) && /^\d{4}$/.test(s.w(i + 3))) return;
    last.m = MONTH_NAMES[w]!;
    last.y = pickMonthYear(s.anchor, last.m, s.tenseOf(i));
  }
}

function valueFor(unit: string, shift: number, last: Mention, anchor: Ymd): string {
  const base: Ymd = last.y !== null ? { y: last.y, m: last.m ?? 1, d: 1 } : anchor;
  if (unit === 'year') return String(base.y + shift);
  if (last.y !== null && last.m === null) return `${base.y + shift}`;
  const mm = (last.y !== null ? base.m : anchor.m) - 1 + shift;
  return isoMonth(base.y + Math.floor(mm / 12), ((mm % 12) + 12) % 12 + 1);
}

function matcher(last: Mention) {
  return (s: Scan, i: number): Hit | null => {
    const w = s.w(i);
    let j = i;
    let mod: string | null = null;
    if (w in EDGE && (s.w(i + 1) === 'that' || s.w(i + 1) === 'the')) (mod = EDGE[w]!), j++;
    let shift: number | null = null;
    if (s.w(j) === 'that' && s.w(j + 1) === 'same') (shift = 0), (j += 2);
    else if (s.w(j) === 'that') (shift = 0), j++;
    else if (s.w(j) === 'the' && s.w(j + 1) === 'same') (shift = 0), (j += 2);
    else if (s.w(j) === 'the' && s.w(j + 1) === 'following') (shift = 1), (j += 2);
    const unit = s.text(j);
    if (shift === null || !UNITS.has(unit) || !s.anchor || (s.w(j + 1) === '-' && s.touching(j))) {
      remember(s, i, last);
      return null;
    }
    // "that year's" is fine; "that month, which ..." too; "the same month as" still names the month
    if (unit === 'month' && shift === 0 && last.m === null) return null;
    return { from: i, to: j + 1, type: 'DATE', value: valueFor(unit, shift, last, s.anchor), mod };
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
    ],
    noMatch: ['That month-long strike ended.', 'They said that years of war had ruined the town.'],
  },
  run: (ctx) => scanWith(ctx, matcher({ y: null, m: null })),
});
