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
import { contentAfter, contentSpan } from '../content.js';
import { NO_SOURCE, sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';
import type { Document, Sentence } from '../../doc/document.js';
import type { Entity } from '../../schema/entity.js';

/** Participles of a judgement held by others: "is widely seen as", "was regarded as", "is considered one of". */
const PERCEIVED = new Set(['seen', 'viewed', 'regarded', 'considered', 'perceived']);

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/passive',
  kind: 'claims',
  description: 'A passive report: "X was first reported by Y", "X has been criticized by Y", "X was announced"',
  confidence: 0.55,
  examples: {
    match: [
      { text: 'The merger talks were reported by a business daily in Tokyo.', expect: { cue: 'were reported by', sourceText: 'a business daily', content: 'The merger talks' } },
      { text: 'The new tariff schedule was announced on Friday.', expect: { cue: 'was announced', sourceKind: 'unattributed', content: 'The new tariff schedule' } },
      { text: 'The governor is widely seen as the favourite to win the primary.', expect: { cue: 'is widely seen as', cueClass: 'belief', content: 'The governor is widely seen as the favourite to win the primary' } },
      { text: 'A former aide was quoted as saying the mayor knew about the payments.', expect: { cue: 'was quoted as saying', sourceText: 'A former aide', content: 'the mayor knew about the payments' } },
      { text: 'The merger was viewed by analysts as a defensive move.', expect: { cue: 'was viewed by', sourceText: 'analysts', content: 'The merger was viewed by analysts as a defensive move' } },
    ],
    noMatch: ['The bridge was built by a German firm.', 'She was expected to win easily.', 'The former mayor was criticized in 2019.', 'Whether the plan works remains to be seen.', 'The suspect was seen leaving the building.'],
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
        // "Another donor was quoted as saying C": the subject is the speaker, what follows "saying" the content.
        if (hit.head === 'quoted' && toks[hit.to]?.norm === 'as' && /^(saying|telling|writing)$/.test(toks[hit.to + 1]?.norm ?? '')) {
          const d = quotedAs(doc, ctx.records.entities, sentence, hit.from, hit.to + 2);
          if (d) ctx.emit({ ...d, evidence: doc.span(sentence.start, sentence.end) });
          continue;
        }
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
      for (let k = 1; k < toks.length - 1; k++) {
        if (!PERCEIVED.has(toks[k]!.norm)) continue;
        const d = perceived(doc, ctx.records.entities, sentence, k);
        if (d) ctx.emit({ ...d, evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});

/**
 * "The senator is widely seen as the front-runner", "The vote was viewed by some as a rebuke": a judgement
 * held by others about the subject. PolNeAR marks the whole clause, subject included, as the content, and
 * the agent after "by" as the source. Not "remains to be seen", "wants to be seen as" (no judgement
 * reported), nor "was seen leaving" (a sighting).
 */
function perceived(doc: Document, entities: readonly Entity[] | undefined, sentence: Sentence, k: number) {
  const toks = sentence.tokens;
  if (!isPassive(toks, k) || insideInlineQuote(doc, toks, k)) return null;
  const m = modifiersBefore(toks, k);
  // A judgement stated as held ("is seen as", "has long been regarded as"), not one foreseen or wished
  // for ("will be seen as", "can be seen as", "is likely to be viewed as"): under half of those were marked.
  const be = toks.slice(m.groupStart, k).filter((t) => /^(is|are|was|were|be|been|'s|'re|isn't|aren't|wasn't|weren't)$/.test(t.norm)).at(-1);
  if (!be || be.norm === 'be' || toks[m.groupStart - 1]?.norm === 'to' || toks[m.groupStart]!.norm === 'being') return null;
  const by = toks[k + 1]?.norm === 'by' ? nounPhraseAfter(toks, k + 2) : null;
  const as = by ? by.to : k + 1;
  // "is seen as a rebuke", "is considered one of the best": the judgement itself must follow.
  const judged = toks[as]?.norm === 'as' || (toks[k]!.norm === 'considered' && !by && /Determiner|Adjective|Value/.test(toks[k + 1]!.tags.join(' ')));
  if (!judged) return null;
  const subject = nounPhraseBefore(toks, m.groupStart);
  const from = subject && subject.to === m.groupStart ? subject.from : /^(which|who|that)$/.test(toks[m.groupStart - 1]?.norm ?? '') ? m.groupStart - 1 : -1;
  // "what is seen as a snub" names a thing; "Ruiz, who is regarded as a moderate," describes a person (mostly unmarked).
  if (from < 0 || /^(it|this|what|who)$/.test(toks[from]!.norm) || toks[m.groupStart - 1]?.norm === 'what') return null;
  // "The vote, which was seen as a rebuke, …": a relative clause set off by commas ends at its comma.
  const rel = toks[from - 1]?.norm === 'whose' ? from - 1 : /^(which|whose|that)$/.test(toks[from]!.norm) ? from : -1;
  const comma = rel > 0 && toks[rel - 1]!.norm === ',' ? toks.findIndex((t, i) => i > as && t.norm === ',') : -1;
  const after = contentAfter(doc, sentence, toks[as]!.norm === 'as' ? as + 1 : as, comma > 0 ? comma : toks.length);
  const content = after && contentSpan(doc, toks[from]!.start, after.end);
  if (!content) return null;
  const source = by ? sourceOf(doc, entities, toks, by) : NO_SOURCE;
  const cueEnd = by ? k + 1 : toks[k + 1]!.norm === 'as' ? k + 2 : k + 1;
  const cue = doc.span(toks[m.groupStart]!.start, toks[by ? by.from - 1 : cueEnd - 1]!.end);
  return { ...source, cue, cueClass: 'belief' as const, content, mode: modeOf(doc, content), hedged: true };
}

/** "X was quoted as saying (that) C": speech whose speaker is the passive subject. */
function quotedAs(doc: Document, entities: readonly Entity[] | undefined, sentence: Sentence, k: number, after: number) {
  const toks = sentence.tokens;
  const m = modifiersBefore(toks, k);
  const subject = nounPhraseBefore(toks, m.groupStart);
  if (!subject || subject.to !== m.groupStart || /^(it|which|that)$/.test(toks[subject.from]!.norm)) return null;
  const content = contentAfter(doc, sentence, toks[after]?.norm === 'that' ? after + 1 : after);
  if (!content) return null;
  const cue = doc.span(toks[m.groupStart]!.start, toks[after - 1]!.end);
  return { ...sourceOf(doc, entities, toks, subject), cue, cueClass: 'speech' as const, content, mode: modeOf(doc, content), hedged: m.hedged || hedgedText(doc, content) };
}
