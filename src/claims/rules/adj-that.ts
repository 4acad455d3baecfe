/**
 * A conviction or feeling stated with its clause: "Organisers are convinced that turnout will rise",
 * "The mayor was frustrated that the bill stalled"; or a position toward an object: "The union is
 * critical of the plan". The cue is the verb group and the adjective ("are convinced", "is critical
 * of"), the source the subject, the content the clause after "that" or the object.
 */
import { defineRule } from '../../pipeline/rule.js';
import { findCues } from '../../cues/index.js';
import { modifiersBefore, subjectBefore } from '../../cues/frame.js';
import { contentAfter } from '../content.js';
import { objectContent } from '../object.js';
import { sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';
import type { Token } from '../../doc/document.js';

/** Verbs that link a subject to the adjective ("is", "remained", "grew", "came away"). */
const LINKING = /^(is|are|was|were|be|been|being|am|'s|'re|'m|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|became|become|becomes|grew|grow|feel|feels|felt|sound|sounded|stay|stayed|away)$/;

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/adj-that',
  kind: 'claims',
  description: 'S is ADJ that C / S is ADJ of X: a conviction or feeling ("are convinced that"), a position ("is critical of")',
  confidence: 0.55,
  examples: {
    match: [
      { text: 'A: We are confident that the repairs will hold through the winter.', expect: { sourceText: 'We', cue: 'are confident', content: 'the repairs will hold through the winter' } },
      { text: 'Organisers are convinced that turnout will rise this year.', expect: { cue: 'are convinced', sourceText: 'Organisers', content: 'turnout will rise this year', cueClass: 'belief' } },
      { text: 'The teachers’ union has long been critical of the new testing regime.', expect: { cue: 'has long been critical of', content: 'the new testing regime' } },
      { text: 'The finance minister is convinced the cuts will calm the markets.', expect: { cue: 'is convinced', sourceText: 'The finance minister', content: 'the cuts will calm the markets' } },
      { text: 'The mayor was deeply frustrated that the bill stalled in committee.', expect: { cue: 'was deeply frustrated', sourceText: 'The mayor', content: 'the bill stalled in committee' } },
    ],
    noMatch: ['The coach is confident in the squad.', 'It is certain that the bridge will close.', 'Are you confident that the repairs will hold?', 'She was pleased with the result.', 'A convinced voter is rare.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (const hit of findCues(sentence, ctx.data.cues)) {
        const claim = hit.entry.claim;
        const toward = toks[hit.to - 1]!.norm === 'of';
        const bare = !toward && toks[hit.to]?.norm !== 'that' && bareClause(toks, hit.to);
        if (!claim || hit.entry.pos !== 'adj' || (toks[hit.to]?.norm !== 'that' && !toward && !bare)) continue;
        const m = modifiersBefore(toks, hit.from);
        // The group must hold a linking verb ("are convinced", "grew worried"), past the adverbs.
        let link = hit.from - 1;
        while (link >= m.groupStart && !LINKING.test(toks[link]!.norm)) link--;
        const linking = link >= m.groupStart ? link : LINKING.test(toks[hit.from - 1]?.norm ?? '') ? hit.from - 1 : -1;
        if (linking < 0) continue;
        const groupStart = Math.min(m.groupStart, linking);
        const subject = subjectBefore(toks, groupStart);
        // "It is certain that": an impersonal judgment, no one's conviction.
        // "A: We are confident that …" is the speaker's own conviction, marked as with belief verbs; "you" asks.
        if (!subject || /^(it|this|that|there|what|you)$/.test(toks[subject.from]!.norm)) continue;
        const content = toward ? objectContent(doc, sentence, hit.to) : contentAfter(doc, sentence, bare ? hit.to : hit.to + 1);
        if (!content) continue;
        ctx.emit({
          ...sourceOf(doc, ctx.records.entities, toks, subject, subject.antecedent),
          cue: doc.span(toks[groupStart]!.start, toks[hit.to - 1]!.end),
          cueClass: 'belief', content, mode: modeOf(doc, content), hedged: claim.hedged || m.hedged || hedgedText(doc, content),
          evidence: doc.span(sentence.start, sentence.end),
        });
      }
    }
  },
});

/** "is convinced the cuts will work": a clause with no "that" (a subject, then a verb before any punctuation). */
function bareClause(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !(t.tags.includes('Determiner') || t.tags.includes('ProperNoun') || /^(he|she|they|we|i|it)$/.test(t.norm))) return false;
  if (t.tags.includes('Preposition')) return false;
  for (let j = i + 1; j < Math.min(toks.length, i + 8); j++) {
    const w = toks[j]!;
    if (/^[,.;:!?—]$/.test(w.norm)) return false;
    if (w.tags.includes('Verb') && !w.tags.includes('Gerund')) return true;
  }
  return false;
}
