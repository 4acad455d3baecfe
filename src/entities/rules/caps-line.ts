import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameRuns } from '../chunk.js';
import { isAllCaps, isCapsSentence } from '../match.js';
import { NOT_NAMES } from '../lexicon.js';

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
      { text: 'GRANDVILLE 1996-08-22\nThe council met on Monday.', expect: { text: 'GRANDVILLE', type: 'GPE' } },
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
