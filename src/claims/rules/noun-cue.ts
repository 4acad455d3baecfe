/**
 * Claims introduced by a noun and "that": "the claim that C", "Smith's belief that C", "there is
 * concern within the party that C", "India expressed fears that C". The source is a possessive, a
 * "from/within/among/of" phrase, or the subject of a light verb; else the claim is unattributed.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Token } from '../../doc/document.js';
import { findCues } from '../../cues/index.js';
import { nounPhraseAfter, nounPhraseBefore, subjectBefore, type Phrase } from '../../cues/frame.js';
import { AUX } from '../../cues/words.js';
import { contentAfter } from '../content.js';
import { NO_SOURCE, sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

const SOURCE_PREPS = new Set(['of', 'from', 'by', 'within', 'among', 'in', 'inside']);
const LIGHT_VERBS = /^(express|voic|rais|shar|ha[sdv]|hold|held|made|make|issu|repeat|reiterat|stok|fuel)/;

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/noun-cue',
  kind: 'claims',
  description: 'A claim noun with a "that" clause: "the claim that", "concern within X that", "her belief that"',
  confidence: 0.7,
  examples: {
    match: [
      { text: 'There is concern within the ruling party that the coalition could collapse.', expect: { cue: 'concern', sourceText: 'the ruling party', content: 'the coalition could collapse', hedged: true } },
      { text: 'The senator’s claim that the audit was rigged drew a rebuke.', expect: { cue: 'claim', sourceText: 'The senator’s', content: 'the audit was rigged drew a rebuke' } },
      { text: 'Tenants voiced complaints that the heating had failed all winter.', expect: { cue: 'complaints', sourceText: 'Tenants', content: 'the heating had failed all winter' } },
      { text: 'The board rejected the false suggestion that the audit was rigged.', expect: { cue: 'the false suggestion', content: 'the audit was rigged' } },
    ],
    noMatch: ['The report that was released on Monday ran to 400 pages.', 'She raised a concern about parking.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (const hit of findCues(sentence, ctx.data.cues)) {
        if (hit.entry.pos !== 'noun' || !hit.entry.claim) continue;
        let j = hit.to;
        let via: Phrase | null = null;
        if (SOURCE_PREPS.has(toks[j]?.norm ?? '')) {
          via = nounPhraseAfter(toks, j + 1);
          if (via) j = via.to;
        }
        if (toks[j]?.norm !== 'that' || !startsClause(toks[j + 1])) continue;
        const content = contentAfter(doc, sentence, j + 1);
        if (!content) continue;
        const owner = via ?? possessor(toks, hit.from) ?? lightVerbSubject(toks, hit.from);
        const source = owner ? sourceOf(doc, ctx.records.entities, toks, owner) : NO_SOURCE;
        const cue = doc.span(toks[cueStart(toks, hit.from)]!.start, toks[hit.to - 1]!.end);
        const claim = hit.entry.claim;
        ctx.emit({ ...source, cue, cueClass: claim.cueClass, content, mode: modeOf(doc, content), hedged: claim.hedged || hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});

/** "that" starts a complement clause, not a relative one ("the report that was released"). */
function startsClause(t: Token | undefined): boolean {
  return !!t && !AUX.has(t.norm) && !(t.tags.includes('Verb') && !t.tags.includes('Noun'));
}

/** "Smith's claim", "the senator’s repeated claim": the owner with its possessive. */
function possessor(toks: readonly Token[], k: number): Phrase | null {
  let j = k - 1;
  while (j >= 0 && toks[j]!.tags.includes('Adjective')) j--;
  if (toks[j]?.norm !== "'s") return null;
  const np = nounPhraseBefore(toks, j);
  return np ? { from: np.from, to: j + 1 } : null;
}

/** "India expressed concern that": the subject of the light verb before the noun. */
function lightVerbSubject(toks: readonly Token[], k: number): Phrase | null {
  let j = k - 1;
  while (j >= 0 && j > k - 4 && (toks[j]!.tags.includes('Adjective') || toks[j]!.tags.includes('Determiner'))) j--;
  const v = toks[j];
  if (!v || !v.tags.includes('Verb') || !LIGHT_VERBS.test(v.norm)) return null;
  return subjectBefore(toks, j);
}

/**
 * The cue takes the noun's article and adjectives ("the false accusations", "an assertion", "his stern
 * warning" → "stern warning"), as PolNeAR marks them (an article in 14 of 17 cases); a possessive is
 * the source, not part of the cue (in 11 of 13).
 */
function cueStart(toks: readonly Token[], k: number): number {
  let j = k;
  while (j > 0 && j > k - 4 && toks[j - 1]!.tags.includes('Adjective') && !toks[j - 1]!.tags.includes('Possessive')) j--;
  return /^(a|an|the)$/.test(toks[j - 1]?.norm ?? '') ? j - 1 : j;
}
