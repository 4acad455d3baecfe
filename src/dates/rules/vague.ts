/**
 * Vague references to past, present and future (TimeML PAST_REF, PRESENT_REF, FUTURE_REF):
 * "now", "currently", "recently", "recent years", "the coming days", "the future", "the past",
 * "soon", "these days", "at present".
 */
import { defineRule } from '../../pipeline/rule.js';
import { SEASONS, unitOf } from '../lexicon.js';
import { readNumber } from '../normalise.js';
import { scanWith, type Hit, type Scan, type DateCandidate } from '../scan.js';
import { table } from '../../lexicon/table.js';

const SINGLE: Readonly<Record<string, string>> = table({
  now: 'PRESENT_REF', currently: 'PRESENT_REF', presently: 'PRESENT_REF', nowadays: 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF',
});
const PLURAL_LEAD: Readonly<Record<string, string>> = table({
  recent: 'PAST_REF', past: 'PAST_REF', coming: 'FUTURE_REF', upcoming: 'FUTURE_REF', next: 'FUTURE_REF', these: 'PRESENT_REF',
});

const LATER_EARLIER: Readonly<Record<string, string>> = table({ later: 'FUTURE_REF', future: 'FUTURE_REF', earlier: 'PAST_REF' });
const NEAR = new Set(['near', 'short', 'immediate']);
// "future" before a noun ("future talks") is left out: news annotation rarely marks it
const ADJECTIVES: Readonly<Record<string, string>> = table({ recent: 'PAST_REF', current: 'PRESENT_REF' });
/** Nouns after "current" that are not about time ("current account", "electric current"). */
const NOT_TEMPORAL = new Set(['account', 'accounts', 'affairs', 'events']);

function match(s: Scan, i: number): Hit | null {
  const w = s.w(i);
  // "the coming days", "recent years", "in recent months"
  const lead = w === 'the' ? s.w(i + 1) : w;
  const unitAt = w === 'the' ? i + 2 : i + 1;
  const unit = unitOf(s.w(unitAt));
  if (lead in PLURAL_LEAD && unit && s.w(unitAt).endsWith('s')) {
    if (lead === 'these' && unit.name !== 'day') return null;
    if (lead === 'next' && w !== 'the') return null;
    return { from: i, to: unitAt + 1, type: 'DATE', value: PLURAL_LEAD[lead]! };
  }
  if (w in SINGLE) {
    // "now" in "now that" and "just now" is still the present; "right now" keeps "right" out (TimeML)
    return { from: i, to: i + 1, type: 'DATE', value: SINGLE[w]! };
  }
  // "the near future", "the short term"
  if (w === 'the' && NEAR.has(s.w(i + 1)) && (s.w(i + 2) === 'future' || s.w(i + 2) === 'term')) {
    return { from: i, to: i + 3, type: 'DATE', value: 'FUTURE_REF' };
  }
  // adjectives before a noun: "recent talks", "current prices", "future losses"
  if (ADJECTIVES[w]) {
    const next = i + 1;
    if (s.has(next, 'Noun') && !s.has(next, 'Pronoun') && /^[a-z]/.test(s.text(next)) && !NOT_TEMPORAL.has(s.w(next))) {
      // "the then current price": current at a past time
      if (w === 'current' && s.w(i - 1) === 'then') return { from: i - 1, to: i + 1, type: 'DATE', value: 'PAST_REF' };
      return { from: i, to: i + 1, type: 'DATE', value: ADJECTIVES[w]! };
    }
  }
  if (w === 'the' && (s.w(i + 1) === 'future' || s.w(i + 1) === 'past' || s.w(i + 1) === 'present')) {
    const next = s.w(i + 2);
    // "the past three summers", "the past few years": a count of periods, not the vague past
    if (readNumber(s, i + 2) || unitOf(next) || next in SEASONS) return null;
    if (next === 'of' || (s.has(i + 2, 'Noun') && !s.has(i + 2, 'Pronoun') && !s.has(i + 2, 'Preposition'))) return null;
    const v = s.w(i + 1) === 'future' ? 'FUTURE_REF' : s.w(i + 1) === 'past' ? 'PAST_REF' : 'PRESENT_REF';
    return { from: i, to: i + 2, type: 'DATE', value: v };
  }
  if (w === 'at' && s.w(i + 1) === 'present') return { from: i + 1, to: i + 2, type: 'DATE', value: 'PRESENT_REF' };
  // "at a later date", "an earlier date"
  if ((w === 'a' || w === 'an') && s.w(i + 2) === 'date' && LATER_EARLIER[s.w(i + 1)]) return { from: i, to: i + 3, type: 'DATE', value: LATER_EARLIER[s.w(i + 1)]! };
  return null;
}

export default defineRule<DateCandidate>({
  id: 'dates/vague',
  kind: 'dates',
  description: 'now, currently, recently, recent years, the coming days, the future: PAST/PRESENT/FUTURE_REF.',
  confidence: 0.8,
  examples: {
    match: [
      { text: 'The two countries have grown closer in recent years.', expect: { text: 'recent years', value: 'PAST_REF' } },
      { text: 'The coming days will be decisive.', expect: { text: 'The coming days', value: 'FUTURE_REF' } },
      { text: 'Talks recently restarted in Oman.', expect: { text: 'recently', value: 'PAST_REF' } },
      { text: 'The army is now in control.', expect: { text: 'now', value: 'PRESENT_REF' } },
      { text: 'The rest will be sold at a later date.', expect: { text: 'a later date', value: 'FUTURE_REF' } },
      { text: 'Holders could sell at the then current market price.', expect: { text: 'then current', value: 'PAST_REF' } },
    ],
    noMatch: ['The future of the alliance is unclear.', 'A past president spoke.', 'The past three summers were the hottest on record.'],
  },
  run: (ctx) => scanWith(ctx, match),
});
