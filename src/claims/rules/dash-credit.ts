/** A quotation credited by a dash: “We deserve better.” ― Ana Ortiz. The cue is the dash. */
import { defineRule } from '../../pipeline/rule.js';
import { openingQuoteBefore, sideOf } from '../../cues/quotes.js';
import { contentSpan } from '../content.js';
import { sourceOf } from '../source.js';
import { hedgedText } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

const DASHES = new Set(['―', '—', '–']);

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/dash-credit',
  kind: 'claims',
  description: 'A closing quote followed by a dash and a name credits the quotation to that name',
  confidence: 0.75,
  examples: {
    match: [{ text: '“We deserve a city that works for everyone.” ― Ana Ortiz, a nurse from Tucson.', expect: { cue: '―', sourceText: 'Ana Ortiz', content: 'We deserve a city that works for everyone', mode: 'direct' } }],
    noMatch: ['The vote — held on Sunday — was close.'],
  },
  run(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (let i = 1; i < toks.length - 1; i++) {
      if (!DASHES.has(toks[i]!.text)) continue;
      const close = sideOf(doc, toks[i - 1]!) === 'close' ? i - 1 : -1;
      if (close < 0) continue;
      let j = i + 1;
      while (j < toks.length && j < i + 5 && /^\p{Lu}/u.test(toks[j]!.text) && toks[j]!.tags.includes('Noun')) j++;
      if (j === i + 1) continue;
      const open = openingQuoteBefore(doc, close);
      if (open < 0) continue;
      const content = contentSpan(doc, toks[open]!.end, toks[close]!.start);
      if (!content) continue;
      const sentence = doc.sentences[toks[i + 1]!.sentence]!;
      const local = sentence.tokens;
      const from = local.findIndex((t) => t.i === i + 1);
      const to = local.findIndex((t) => t.i === j - 1) + 1;
      if (from < 0 || to <= from) continue;
      const source = sourceOf(doc, ctx.records.entities, local, { from, to });
      ctx.emit({ ...source, sourceKind: 'named', cue: doc.span(toks[i]!.start, toks[i]!.end), cueClass: 'speech', content, mode: 'direct', hedged: hedgedText(doc, content), evidence: doc.span(toks[open]!.start, toks[j - 1]!.end) });
    }
  },
});
