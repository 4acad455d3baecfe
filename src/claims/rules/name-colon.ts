/**
 * A quotation introduced by a name and a colon inside a line, as news digests and roundups write it:
 * "Polls were early, not wrong - Ana Ruiz: “The late deciders broke for the challenger.”",
 * "More from Ruiz: “…”", "From the report: “…”". The colon is the cue, the name the source, the
 * quotation (which may run over several sentences) the content.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Token } from '../../doc/document.js';
import { nounPhraseBefore, type Phrase } from '../../cues/frame.js';
import { quoteEndAfter, sideOf } from '../../cues/quotes.js';
import { contentSpan } from '../content.js';
import { sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

/** Documents quoted by name in a roundup ("From the report: “…”"). */
const DOCUMENTS = new Set(['report', 'study', 'survey', 'poll', 'statement', 'letter', 'memo', 'ruling', 'filing', 'complaint', 'indictment']);
const MAX_NAME = 6;

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/name-colon',
  kind: 'claims',
  description: 'A name and a colon before a quotation inside a line: "… - Ana Ruiz: “Q”", "More from Ruiz: “Q”"',
  confidence: 0.6,
  examples: {
    match: [
      { text: 'The polls were early, not wrong - Dana Whitfield: “The late deciders broke for the challenger in the last week.”', expect: { cue: ':', sourceText: 'Dana Whitfield', content: 'The late deciders broke for the challenger in the last week', mode: 'direct' } },
      { text: 'More from the report: “Most counties lost clinics faster than they lost residents.”', expect: { cue: ':', sourceText: 'the report' } },
    ],
    noMatch: ['The sign read as follows - Exit: “Staff only beyond this point.”', 'She listed three goals: “jobs, schools and roads.”'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (let c = 1; c < toks.length - 1; c++) {
        if (toks[c]!.norm !== ':' || sideOf(doc, toks[c + 1]!) !== 'open') continue;
        const np = speakerBefore(toks, c);
        if (!np) continue;
        const before = toks[np.from - 1];
        // The name opens its clause: after a dash, "from", or at the start of the sentence.
        if (before && !/^(-|–|—|from)$/.test(before.norm)) continue;
        const open = toks[c + 1]!;
        const close = quoteEndAfter(doc, open.i);
        const closeTok = doc.tokens[close]!;
        const end = sideOf(doc, closeTok) === 'close' ? doc.tokens[close - 1]!.end : closeTok.end;
        const content = contentSpan(doc, open.start, end);
        if (!content) continue;
        const colon = toks[c]!;
        ctx.emit({ ...sourceOf(doc, ctx.records.entities, toks, np), cue: doc.span(colon.start, colon.end), cueClass: 'speech', content, mode: modeOf(doc, content), hedged: hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});

/** The name ending at the colon (capitalised words, a person or an organisation), or a document ("the report"). */
function speakerBefore(toks: readonly Token[], c: number): Phrase | null {
  if (DOCUMENTS.has(toks[c - 1]!.norm)) {
    const np = nounPhraseBefore(toks, c);
    return np && np.to - np.from <= 3 ? np : null;
  }
  let from = c;
  while (from > 0 && c - from < MAX_NAME && (/^\p{Lu}/u.test(toks[from - 1]!.text) || (from < c && /^(\.|'s|and)$/.test(toks[from - 1]!.norm)))) from--;
  const head = toks[c - 1]!;
  const named = head.tags.includes('Person') || head.tags.includes('Organization') || (c - from >= 2 && head.tags.includes('ProperNoun') && !head.tags.includes('Place'));
  return from < c && /^\p{Lu}/u.test(toks[from]!.text) && named ? { from, to: c } : null;
}
