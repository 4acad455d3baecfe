import type { Token } from '../../doc/document.js';
import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { isAllCaps, isCapitalised, phraseAt } from '../match.js';
import { MONTH_ABBREVIATIONS, NOT_NAMES } from '../lexicon.js';

/**
 * The place a story was filed from opens it: "DAYTON, Ohio 1997-03-14", "NEW YORK 1997-03-14",
 * "NAIROBI, March 3 (Reuters) -". Each name of the dateline is a place there, whatever the article
 * makes of the same name elsewhere (the New York club in a baseball report): a local reading.
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/dateline',
  kind: 'entities',
  description: 'The city, and the state or country after it, that open a dateline before its date or agency.',
  confidence: 0.9,
  examples: {
    match: [
      { text: 'GREENVILLE, Ohio 1996-08-22\nThe mayor resigned on Thursday.', expect: { text: 'Ohio', type: 'GPE', local: true } },
      { text: 'PORTLAND 1996-08-22\nPortland beat Denver 101-99 on Thursday.', expect: { text: 'PORTLAND', type: 'GPE' } },
      { text: 'SAN LORENZO — The town council voted on Monday to close the old bridge.', expect: { text: 'SAN LORENZO', type: 'GPE' } },
      { text: 'KISUMU, March 3 (Reuters) - Floods cut the main road on Monday.', expect: { text: 'KISUMU', type: 'GPE' } },
    ],
    noMatch: ['Portland beat Denver 101-99 on Thursday.', 'HOCKEY - NORDIC LEAGUE SCORES',  'WEATHER ALERT FOR MONDAY 1996-08-22'],
  },
  run(ctx) {
    for (const s of ctx.doc.sentences) {
      const toks = s.tokens;
      const parts = datelineParts(toks);
      for (const [a, b] of parts) {
        const hit = phraseAt(toks, a, ctx.data, true, (p) => p.kind !== 'demonym');
        if (hit && hit.end === b && hit.phrase.type === 'ORG') continue; // "UNITED NATIONS 1996-08-22": filed at the body
        const name = hit && hit.end === b ? { name: hit.phrase.name } : {};
        ctx.emit({ ...ctx.doc.span(toks[a]!.start, toks[b - 1]!.end), type: 'GPE', kind: 'name', strength: 4, local: true, ...name, evidence: ctx.doc.span(s.start, s.end) });
      }
    }
  },
});

const MONTHS = new Set([...MONTH_ABBREVIATIONS, 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Capitalised words from i (at most four), stopping at a word that is never a name. */
function nameEnd(toks: readonly Token[], i: number, caps: boolean): number {
  let j = i;
  while (j < i + 4 && toks[j] && (caps ? isAllCaps(toks[j]!) : isCapitalised(toks[j]!)) && /^\p{L}/u.test(toks[j]!.text) && !NOT_NAMES.has(toks[j]!.norm) && !MONTHS.has(toks[j]!.norm.replace(/\.$/, ''))) j++;
  return j;
}

/** A date ("1996-08-22", "March 3", "Aug 22") or the agency ("(Reuters)") at k. */
function dateAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  // "SAN FRANCISCO — Nvidia shares fell": the dash of a modern wire dateline (a hyphen also opens
  // capitals headlines such as "SOCCER - RESULTS", so only the long dashes count).
  if (/^[–—]$/.test(t.text)) return k > 0 && !!toks[k + 1];
  if (/^\d{4}$/.test(t.text)) return toks[k + 1]?.text === '-' && /^\d\d$/.test(toks[k + 2]?.text ?? '');
  if (MONTHS.has(t.norm.replace(/\.$/, ''))) return /^\d{1,2}$/.test(toks[k + 1]?.text ?? '') || toks[k + 1]?.text === '.';
  return t.text === '(' && isCapitalised(toks[k + 1] ?? t) && toks[k + 2]?.text === ')' && /^[-–—]$/.test(toks[k + 3]?.text ?? '');
}

/** Token ranges of the dateline's names: a city in capitals, then optionally ", State", then a date. */
function datelineParts(toks: readonly Token[]): [number, number][] {
  const city = nameEnd(toks, 0, true);
  if (!city) return [];
  if (dateAt(toks, city)) return [[0, city]];
  if (toks[city]?.text !== ',') return [];
  if (dateAt(toks, city + 1)) return [[0, city]];
  const region = nameEnd(toks, city + 1, false);
  return region > city + 1 && dateAt(toks, region) ? [[0, city], [city + 1, region]] : [];
}
