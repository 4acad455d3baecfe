/**
 * Seasons: "last fall", "this summer", "the spring of 1998", "winter 1997". "fall" and "spring"
 * are also verbs, so a bare season needs a determiner or a year.
 */
import { defineRule } from '../../pipeline/rule.js';
import { positionBefore } from '../context.js';
import { SEASONS } from '../lexicon.js';
import { spokenYear } from '../normalise.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

const ORDER = table({ SP: 1, SU: 2, FA: 3, WI: 4 });

function seasonOfMonth(m: number): number {
  return m >= 3 && m <= 5 ? 1 : m >= 6 && m <= 8 ? 2 : m >= 9 && m <= 11 ? 3 : 4;
}

/**
 * Seasons on one timeline (index = year * 4 + season, winter counted in the year it starts):
 * last = the latest before the current one, next = the first after, -0.5 (a past sentence) = the
 * latest one not after the current, 0.5 = the first one not before it.
 */
function seasonYear(y: number, m: number, k: number, shift: number): number {
  const cur = m <= 2 ? (y - 1) * 4 + 4 : y * 4 + seasonOfMonth(m);
  let idx = Math.floor((cur - 1) / 4) * 4 + k;
  if (shift === -1) while (idx >= cur) idx -= 4;
  else if (shift === -0.5) while (idx > cur) idx -= 4;
  else if (shift === 0.5) while (idx < cur) idx += 4;
  else if (shift === 1) while (idx <= cur) idx += 4;
  return (idx - k) / 4;
}

/** "this spring", "in the spring": the latest one in a past sentence, the next in a future one, else the nearer. */
function byTense(a: { y: number; m: number }, k: number, tense: string): number {
  const back = seasonYear(a.y, a.m, k, -0.5);
  const ahead = seasonYear(a.y, a.m, k, 0.5);
  if (tense === 'past' || back === ahead) return back;
  if (tense === 'future') return ahead;
  // in years: the document date, and the middle month of a season (winter's is the January after)
  const cur = a.y + a.m / 12;
  const mid = (y: number) => y + (k * 3 + 1) / 12;
  // a tie (spring news on "the fall") goes ahead: a past one would be told in the past tense
  return cur - mid(back) < mid(ahead) - cur ? back : ahead;
}

const EVENT_NOUNS = new Set(['campaign', 'campaigns', 'election', 'elections', 'battle', 'offensive', 'session', 'semester', 'term', 'primary', 'primaries', 'push', 'tour', 'race', 'contest', 'debates', 'sitting', 'harvest', 'meeting', 'meetings', 'collection', 'sale', 'sales']);

/** "a long fall campaign", "its spring offensive": a season naming when an event of the year comes. */
function modifier(s: Scan, i: number): boolean {
  return EVENT_NOUNS.has(s.w(i + 1)) && (s.has(i - 1, 'Adjective') || s.has(i - 1, 'Possessive') || ['a', 'an', 'its', 'his', 'her', 'their', 'our'].includes(s.w(i - 1)));
}

function match(s: Scan, i: number): Hit | null {
  const w = s.w(i);
  if (!(w in SEASONS)) return null;
  const prev = s.w(i - 1);
  // "last fall", "this past spring": the determiner makes it a season even where the tagger saw a verb
  const deictic = prev === 'last' || prev === 'next' || (prev === 'past' && s.w(i - 2) === 'this') || (prev === 'this' && s.w(i + 1) !== 'in');
  if (s.has(i, 'Verb') && !deictic) return null;
  const code = SEASONS[w]!;
  const pre = positionBefore(s, i);
  let from = pre.from;
  let to = i + 1;
  let year: number | null = null;
  let shift: number | null = null;
  if (prev === 'past' && s.w(i - 2) === 'this') (shift = -1), (from = i - 2);
  else if (prev === 'last' || prev === 'this' || prev === 'next') (shift = prev === 'last' ? -1 : prev === 'next' ? 1 : 0), (from = i - 1);
  else if (prev === 'the' && !pre.mod) from = i - 1;
  if (s.w(to) === 'of' && /^\d{4}$/.test(s.w(to + 1))) (year = +s.w(to + 1)), (to += 2);
  else if (/^\d{4}$/.test(s.w(to))) (year = +s.w(to)), to++;
  else {
    // "the winter of nineteen ninety-four", said in a broadcast
    const spoken = spokenYear(s, s.w(to) === 'of' ? to + 1 : to);
    if (spoken && spoken.from > i) (year = spoken.year), (to = spoken.next);
  }
  if (shift === null && year === null && from === i && !modifier(s, i)) return null;
  // a season naming an event ("a fall campaign") is the nearest one, whatever the clause's tense
  const tense = from === i && year === null && shift === null ? 'present' : s.tenseOf(i);
  if (year === null && s.anchor) year = shift === null || shift === 0 ? byTense(s.anchor, ORDER[code]!, tense) : seasonYear(s.anchor.y, s.anchor.m, ORDER[code]!, shift);
  return { from, to, type: 'DATE', value: `${year ?? 'XXXX'}-${code}`, mod: pre.mod };
}

export default defineRule<DateCandidate>({
  id: 'dates/season',
  kind: 'dates',
  description: 'Seasons with a determiner or a year, resolved to the document date.',
  confidence: 0.8,
  examples: {
    match: [
      { text: 'The company cut jobs last fall.', date: '1998-02-06', expect: { text: 'last fall', value: '1997-FA' } },
      { text: 'Elections are planned for this summer.', date: '1998-03-22', expect: { text: 'this summer', value: '1998-SU' } },
      { text: 'Factories will slow down in the spring.', date: '1998-02-06', expect: { text: 'the spring', value: '1998-SP' } },
      { text: 'The harvest failed this summer.', date: '1998-10-06', expect: { text: 'this summer', value: '1998-SU' } },
      { text: 'Police said the gang robbed the bank last fall.', date: '1999-06-07', expect: { text: 'last fall', value: '1998-FA' } },
      { text: 'The party now faces a long fall campaign against the incumbent.', date: '2024-06-27', expect: { text: 'fall', value: '2024-FA' } },
      { text: 'The firm sold its trucking arm this past spring.', date: '1999-10-30', expect: { text: 'this past spring', value: '1999-SP' } },
    ],
    noMatch: ['A sharp fall in sales hit the firm.', 'Prices could fall further.', 'Water levels spring back slowly.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
