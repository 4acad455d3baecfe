/**
 * A claim noun with its preposition and a phrase for content: "her calls for a recount", "questions
 * about his taxes", "Smith's promise to cut fees". The source
 * is the possessor or the subject of a light verb ("renewed calls for"); else there is none.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Token } from '../../doc/document.js';
import { nounPhraseBefore, subjectBefore, type Phrase } from '../../cues/frame.js';
import { contentAfter } from '../content.js';
import { objectContent } from '../object.js';
import { NO_SOURCE, sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';
import type { CueClass } from '../../schema/claim.js';

/** Noun + preposition pairs that report what someone said or asked for. */
const NOUN_PREPS: ReadonlyMap<string, CueClass> = new Map([
  ['calls for', 'speech'], ['questions about', 'speech'], ['promise to', 'speech'], ['promises to', 'speech'],
  ['pledge to', 'speech'], ['complaints about', 'speech'], ['demands for', 'speech'], ['praise for', 'speech'],
  ['criticism of', 'speech'], ['concerns about', 'belief'], ['concern about', 'belief'],
  // Left out: "a call for", "comments/remarks about", "a demand for", "warnings about", "support for",
  // "attacks on", "endorsement of" mostly name the act, not what was said (PolNeAR marks under a third of them).
]);
/** Nouns whose content is the noun phrase after the preposition ("criticism of the mayor"), not a clause. */
const OBJECT_NOUNS = new Set(['criticism', 'praise']);
const LIGHT_VERB = /^(renew|issu|repeat|reiterat|mak|made|rais|voic|express|echo|join|answer|fac|field|dodg|deflect|shar)/;

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/noun-prep',
  kind: 'claims',
  description: 'A claim noun and its preposition: "calls for X", "questions about X", "a promise to X"',
  confidence: 0.55,
  examples: {
    match: [
      { text: 'The senator renewed her calls for a full recount of the ballots.', expect: { cue: 'calls for', sourceText: 'The senator', content: 'a full recount of the ballots' } },
      { text: 'The governor’s promise to cut fuel taxes won him the race.', expect: { cue: 'promise to', content: 'cut fuel taxes won him the race' } },
      { text: 'The pastor’s criticism of the zoning board during the hearing drew applause.', expect: { cue: 'criticism of', sourceText: 'The pastor’s', content: 'the zoning board' } },
    ],
    noMatch: ['The station takes calls from listeners.', 'She has questions for the board.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (let i = 0; i < toks.length - 2; i++) {
        const cueClass = NOUN_PREPS.get(`${toks[i]!.norm} ${toks[i + 1]!.norm}`);
        if (!cueClass || !toks[i]!.tags.includes('Noun')) continue;
        const content = (OBJECT_NOUNS.has(toks[i]!.norm) ? objectContent(doc, sentence, i + 2) : null) ?? contentAfter(doc, sentence, i + 2);
        if (!content) continue;
        const owner = possessor(toks, i) ?? lightVerbSubject(toks, i);
        const source = owner ? sourceOf(doc, ctx.records.entities, toks, owner) : NO_SOURCE;
        ctx.emit({ ...source, cue: doc.span(toks[i]!.start, toks[i + 1]!.end), cueClass, content, mode: modeOf(doc, content), hedged: hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});

/** "The governor's promise", "her calls": the owner, a possessive pronoun included. */
function possessor(toks: readonly Token[], k: number): Phrase | null {
  let j = k - 1;
  while (j >= 0 && (toks[j]!.tags.includes('Adjective') || /^(new|renewed|repeated)$/.test(toks[j]!.norm))) j--;
  const t = toks[j];
  if (!t) return null;
  if (t.norm === "'s") {
    const np = nounPhraseBefore(toks, j);
    return np ? { from: np.from, to: j + 1 } : null;
  }
  return /^(his|her|their|its)$/.test(t.norm) ? lightVerbSubject(toks, j) ?? { from: j, to: j + 1 } : null;
}

/** "The senator renewed her calls for": the subject of the light verb before the noun. */
function lightVerbSubject(toks: readonly Token[], k: number): Phrase | null {
  let j = k - 1;
  while (j >= 0 && j > k - 4 && (toks[j]!.tags.includes('Adjective') || toks[j]!.tags.includes('Determiner') || /^(his|her|their|its)$/.test(toks[j]!.norm))) j--;
  const v = toks[j];
  if (!v || !v.tags.includes('Verb') || !LIGHT_VERB.test(v.norm)) return null;
  return subjectBefore(toks, j);
}
