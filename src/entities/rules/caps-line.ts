import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameRuns } from '../chunk.js';
import { hasTag, isAllCaps, isCapsSentence } from '../match.js';
import { EVENT_WORDS, NOT_NAMES, ORG_WORDS } from '../lexicon.js';
import type { Token } from '../../doc/document.js';
import type { EntityType } from '../../schema/entity.js';

/**
 * Headlines and datelines in capitals, where case says nothing: a run of words that the article
 * writes elsewhere as a name ("JAPAN" ... "Japan"), and the place that opens a dateline
 * ("BRUSSELS 1996-08-22", "WASHINGTON, June 21"). Gazetteer names are found by the gazetteer rule.
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/caps-line',
  kind: 'entities',
  description: 'Names in all-capitals headlines and datelines, recognised from the article body and dateline shape.',
  confidence: 0.7,
  examples: {
    match: [
      { text: 'ACME PROFITS SOAR\nShares of Acme Holdings rose on Monday after Acme reported profits.', expect: { text: 'ACME', name: 'Acme', kind: 'name' } },
      { text: 'HOLLOWAY SIGNS NEW CONTRACT\nThe club said Steven Holloway signed a new deal on Monday.', expect: { text: 'HOLLOWAY', name: 'Holloway' } },
      { text: 'GRANDVILLE 1996-08-22\nThe council met on Monday.', expect: { text: 'GRANDVILLE', type: 'GPE' } },
      { text: 'BASEBALL - AMERICAN LEAGUE\nThe standings after Sunday games follow.', expect: { text: 'AMERICAN LEAGUE', type: 'EVENT' } },
    ],
    noMatch: ['PROFITS SOAR AT LAST\nShares rose on Monday.'],
  },
  run(ctx) {
    const { doc } = ctx;
    const known = new Map<string, string>();
    for (const s of doc.sentences) {
      if (isCapsSentence(s)) continue;
      for (const r of nameRuns(s)) {
        if (r.i === 0 && r.end === 1) continue; // a lone sentence-opening word says little
        const text = doc.text.slice(s.tokens[r.i]!.start, s.tokens[r.end - 1]!.end);
        known.set(text.toLowerCase(), text);
        // "KEANE SIGNS" over a story about Roy Keane: a person's surname stands alone in the headline.
        const first = s.tokens[r.i]!;
        const last = s.tokens[r.end - 1]!;
        if (r.end - r.i >= 2 && (hasTag(first, 'FirstName', 'MaleName', 'FemaleName') || ctx.data.firstNames.has(first.norm)) && /^\p{Lu}\p{Ll}/u.test(last.text) && !known.has(last.norm)) known.set(last.norm, last.text);
      }
    }
    for (const s of doc.sentences) {
      if (!isCapsSentence(s)) continue;
      const toks = s.tokens;
      const evidence = doc.span(s.start, s.end);
      // Dateline: capitalised words, then a date or a comma before a month.
      const first = toks[0];
      let j = 0;
      while (toks[j] && isAllCaps(toks[j]!) && /^\p{L}/u.test(toks[j]!.text) && !NOT_NAMES.has(toks[j]!.norm)) j++;
      const after = toks[j];
      if (first && j > 0 && j <= 3 && after && ((/^\d{4}$/.test(after.text) && toks[j + 1]?.text === '-') || after.text === ',') && toks.length <= j + 8) {
        ctx.emit({ ...doc.span(first.start, toks[j - 1]!.end), type: 'GPE', kind: 'name', strength: 1, evidence });
        continue;
      }
      emitTitled(toks, (a, b, type) => ctx.emit({ ...doc.span(a.start, b.end), type, kind: 'name', strength: 2, evidence }));
      for (let i = 0; i < toks.length; i++) {
        if (NOT_NAMES.has(toks[i]!.norm)) continue;
        for (let end = Math.min(toks.length, i + 5); end > i; end--) {
          const text = doc.text.slice(toks[i]!.start, toks[end - 1]!.end).toLowerCase();
          const name = known.get(text);
          if (!name) continue;
          ctx.emit({ ...doc.span(toks[i]!.start, toks[end - 1]!.end), type: 'MISC', name, kind: 'name', strength: 0, evidence });
          i = end - 1;
          break;
        }
      }
    }
  },
});

/**
 * "AMERICAN LEAGUE", "WESTERN DIVISION", "OFFICIAL JOURNAL": a run of capitals words ending in an
 * event or organisation word names one (the run is cut after its last such word).
 */
function emitTitled(toks: readonly Token[], emit: (a: Token, b: Token, type: EntityType) => void): void {
  let i = 0;
  while (i < toks.length) {
    if (!isAllCaps(toks[i]!) || NOT_NAMES.has(toks[i]!.norm)) {
      i++;
      continue;
    }
    let end = i;
    let last = -1;
    while (toks[end] && isAllCaps(toks[end]!) && /\p{L}/u.test(toks[end]!.text) && !NOT_NAMES.has(toks[end]!.norm)) {
      const w = toks[end]!.norm.replace(/\.$/, '');
      if (EVENT_WORDS.has(w) || ORG_WORDS.has(w)) last = end;
      end++;
    }
    const whole = (i === 0 || toks[i - 1]!.text === '-') && (!toks[last + 1] || toks[last + 1]!.text === '.');
    if (last > i && whole) emit(toks[i]!, toks[last]!, EVENT_WORDS.has(toks[last]!.norm) ? 'EVENT' : 'ORG');
    i = Math.max(end, i + 1);
  }
}
