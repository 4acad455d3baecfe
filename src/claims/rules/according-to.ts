/** "According to S, C" and "C, according to S": the source follows the cue, the content is the rest. */
import { defineRule } from '../../pipeline/rule.js';
import { findCues } from '../../cues/index.js';
import { sideOf } from '../../cues/quotes.js';
import { contentSpan } from '../content.js';
import { sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

/** "according to plan": a norm or schedule, not a source. */
const NOT_SOURCES = new Set(['plan', 'plans', 'schedule', 'script', 'tradition', 'custom', 'protocol', 'design', 'taste', 'rank', 'size', 'age', 'need', 'needs']);

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/according-to',
  kind: 'claims',
  description: '"according to S, C" and "C, according to S", with the source named after the cue',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'According to regional analysts, the rebels are regrouping in the hills.', expect: { cue: 'According to', sourceText: 'regional analysts', content: 'the rebels are regrouping in the hills', cueClass: 'according-to', sourceKind: 'anonymous' } },
      { text: 'Turnout fell to 41 percent, according to the electoral commission.', expect: { sourceText: 'the electoral commission', content: 'Turnout fell to 41 percent' } },
      { text: 'The talks will resume on Monday, according to two people familiar with the plans.', expect: { sourceText: 'two people familiar with the plans', sourceKind: 'anonymous' } },
    ],
    noMatch: ['The launch went according to plan on Thursday.', 'The pay rise will be phased in according to their needs.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (const hit of findCues(sentence, ctx.data.cues)) {
        if (hit.entry.pos !== 'prep' || !hit.entry.claim) continue;
        let end = hit.to;
        while (end < toks.length && end < hit.to + 25 && toks[end]!.norm !== ',' && !/^[.;!?]$/.test(toks[end]!.text) && !sideOf(doc, toks[end]!)) end++;
        if (end === hit.to) continue;
        const first = toks[hit.to]!.tags.includes('Determiner') ? toks[hit.to + 1] : toks[hit.to];
        // "according to plan", "according to their needs"; but "according to people familiar with the plans" is a source.
        if ((end - hit.to <= 3 && NOT_SOURCES.has(toks[end - 1]!.norm)) || (first && NOT_SOURCES.has(first.norm))) continue;
        const source = sourceOf(doc, ctx.records.entities, toks, { from: hit.to, to: end });
        const lead = toks.slice(0, hit.from).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
        // "Sales, according to the firm, fell": a credit set off by commas inside its content takes the whole sentence.
        const after = toks[end + 1];
        const inside = lead > 1 && toks[hit.from - 1]?.norm === ',' && toks[end]?.norm === ',' && !!after && /[\p{L}\p{N}]/u.test(after.text)
          && !after.tags.includes('Gerund') && !/^(but|and|while|which|who|as|although|though)$/.test(after.norm);
        const content = lead <= 1
          ? contentSpan(doc, toks[Math.min(end + 1, toks.length - 1)]!.start, sentence.end)
          : contentSpan(doc, sentence.start, inside ? sentence.end : toks[hit.from]!.start);
        if (!content) continue;
        const cue = doc.span(toks[hit.from]!.start, toks[hit.to - 1]!.end);
        ctx.emit({ ...source, cue, cueClass: 'according-to', content, mode: modeOf(doc, content), hedged: hit.entry.claim.hedged || hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});
