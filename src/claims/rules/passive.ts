/**
 * A passive report: "The move was first reported by a local paper", "The attack was claimed by the
 * militia", "Her plan has been criticized by economists". The content is what the subject names,
 * the source the agent after "by" (none when the text gives none: "the results were announced").
 */
import { defineRule } from '../../pipeline/rule.js';
import { claimsIn, findCues } from '../../cues/index.js';
import { modifiersBefore, nounPhraseAfter, nounPhraseBefore } from '../../cues/frame.js';
import { isPassive } from '../../cues/clause.js';
import { insideInlineQuote } from '../../cues/quotes.js';
import { contentSpan } from '../content.js';
import { NO_SOURCE, sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/passive',
  kind: 'claims',
  description: 'A passive report: "X was first reported by Y", "X has been criticized by Y", "X was announced"',
  confidence: 0.55,
  examples: {
    match: [
      { text: 'The merger talks were reported by a business daily in Tokyo.', expect: { cue: 'were reported by', sourceText: 'a business daily', content: 'The merger talks' } },
      { text: 'The new tariff schedule was announced on Friday.', expect: { cue: 'was announced', sourceKind: 'unattributed', content: 'The new tariff schedule' } },
    ],
    noMatch: ['The bridge was built by a German firm.', 'She was expected to win easily.', 'The former mayor was criticized in 2019.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (const hit of findCues(sentence, ctx.data.cues)) {
        const claim = hit.entry.claim;
        if (!claim || !claimsIn(hit.entry, hit.head) || hit.entry.pos !== 'verb' || claim.cueClass === 'belief' || !isPassive(toks, hit.from)) continue;
        // "She was asked about X", "he was told that": the subject is the hearer; the fallback rule frames those.
        if (/^(ask|asked|tell|told)$/.test(hit.head)) continue;
        // "is expected to", "it is said that": the impersonal rule's.
        if (/^(to|that)$/.test(toks[hit.to]?.norm ?? '') || insideInlineQuote(doc, toks, hit.from)) continue;
        const m = modifiersBefore(toks, hit.from);
        const subject = nounPhraseBefore(toks, m.groupStart);
        if (!subject || subject.to !== m.groupStart || /^(it|who|which|that)$/.test(toks[subject.from]!.norm)) continue;
        const content = contentSpan(doc, toks[subject.from]!.start, toks[subject.to - 1]!.end);
        if (!content) continue;
        const by = toks[hit.to]?.norm === 'by' ? nounPhraseAfter(toks, hit.to + 1) : null;
        // "he was accused", "she has been criticized": with no agent, a stance passive names what befell the subject.
        if (!by && hit.entry.stance) continue;
        const cueEnd = by ? hit.to + 1 : hit.to;
        const source = by ? sourceOf(doc, ctx.records.entities, toks, by) : NO_SOURCE;
        ctx.emit({ ...source, cue: doc.span(toks[m.groupStart]!.start, toks[cueEnd - 1]!.end), cueClass: claim.cueClass, content, mode: modeOf(doc, content), hedged: claim.hedged || m.hedged || hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});
