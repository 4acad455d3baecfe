/**
 * A quotation credited by any verb, in the lexicon or not: "“We are not done,” she continued.",
 * "“Not now,” quipped the senator.", "“Vote early,” the sign read." The position (a closing quote
 * after a comma, question or exclamation mark, then a short subject and a verb closing the clause)
 * is what marks the verb as a cue, so an unknown verb is safe here.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Document, Token } from '../../doc/document.js';
import { nounPhraseAfter, type Phrase } from '../../cues/frame.js';
import { closesQuote } from '../../cues/quotes.js';
import { AUX, has } from '../../cues/words.js';
import { contentBefore } from '../content.js';
import { interrupted, isEnd } from '../interrupted.js';
import { sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

const PERSONAL = /^(he|she|they|we|i|it|you)$/;

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/quote-credit',
  kind: 'claims',
  description: 'A quotation credited by a verb after it: "“Q,” she continued.", "“Q,” quipped the senator.", "“Q,” the sign read.',
  confidence: 0.7,
  examples: {
    match: [
      { text: '“We are not done yet,” she continued.', expect: { cue: 'continued', sourceText: 'she', content: 'We are not done yet', mode: 'direct' } },
      { text: '“Vote early and often,” the banner read.', expect: { cue: 'read', sourceText: 'the banner' } },
      { text: '“Not this year, not ever,” grumbled the union leader.', expect: { cue: 'grumbled', sourceText: 'the union leader' } },
    ],
    noMatch: ['“Hamlet,” the play, opened in London.', 'She read “War and Peace” twice last winter.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (let c = 1; c < toks.length - 1; c++) {
        if (!closesQuote(doc, toks[c]) || !/^[,?!]$/.test(toks[c - 1]!.text)) continue;
        const frame = creditAfter(doc, toks, c + 1);
        if (!frame) continue;
        const content = interrupted(doc, sentence, contentBefore(doc, sentence, c + 1), frame.end);
        if (!content) continue;
        const source = sourceOf(doc, ctx.records.entities, toks, frame.source);
        const v = toks[frame.verb]!;
        ctx.emit({ ...source, cue: doc.span(v.start, v.end), cueClass: 'speech', content, mode: modeOf(doc, content), hedged: hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});

/** "she continued." or "continued the senator," right after the quotation: the verb, its subject and where the credit ends. */
function creditAfter(doc: Document, toks: readonly Token[], i: number): { verb: number; source: Phrase; end: number } | null {
  const closes = (j: number) => isEnd(doc, toks[j]) || toks[j]!.norm === ',';
  const isVerb = (t: Token | undefined) => !!t && has(t, 'Verb') && !AUX.has(t.norm) && !has(t, 'Gerund') && /^\p{Ll}/u.test(t.text) && (has(t, 'PastTense') || /s$/.test(t.norm) || t.norm === 'read');
  // Subject first: a pronoun or a short noun phrase, then the verb.
  const np = PERSONAL.test(toks[i]?.norm ?? '') ? { from: i, to: i + 1 } : nounPhraseAfter(toks, i);
  if (np && np.to - np.from <= 8 && isVerb(toks[np.to]) && closes(np.to + 1)) return { verb: np.to, source: np, end: np.to + 1 };
  // Verb first: "quipped the senator."
  if (isVerb(toks[i])) {
    const after = nounPhraseAfter(toks, i + 1);
    if (after && after.to - after.from <= 8 && !PERSONAL.test(toks[after.from]!.norm) && closes(after.to)) return { verb: i, source: after, end: after.to };
  }
  return null;
}
