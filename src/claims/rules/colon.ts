/**
 * "Name: text" lines: headlines that attribute ("Senator Ruiz: The Bill Is Dead") and transcript
 * turns ("SMITH: Thank you."). The cue is the colon; the content runs to the end of the line.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Document, Token } from '../../doc/document.js';
import { contentSpan } from '../content.js';
import { quoteEndAfter, sideOf } from '../../cues/quotes.js';
import { sourceOf } from '../source.js';
import { modeOf, hedgedText } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

/** Labels that a colon follows without anyone speaking. */
const LABELS = new Set(`update note editor photo photos watch related read source sources correction breaking exclusive video
  opinion analysis live q a here there why what how who when where this that the it listen see also warning date time
  location by and but or so tags share image credit subscribe advertisement sign follow more clarification disclosure
  transcript postscript`.split(/\s+/));

/** Documents a headline credits with a finding ("Poll: …", "New Study: …"). */
const FINDINGS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report']);

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/colon',
  kind: 'claims',
  description: 'A name followed by a colon at the start of a line: a headline attribution or a transcript turn',
  confidence: 0.7,
  examples: {
    match: [
      { text: 'Governor Alvarez: Budget Deal Is Within Reach\n\nThe governor spoke on Friday.', expect: { cue: ':', sourceText: 'Governor Alvarez', content: 'Budget Deal Is Within Reach' } },
      { text: 'HOST: Are you running again? It is a fair question.\nGARCIA: No, I am not.', expect: { sourceText: 'GARCIA', content: 'No, I am not' } },
      { text: 'Clinton to Farmers: The Subsidy Stays Until 2030.\n\nThe candidate spoke in Fresno.', expect: { sourceText: 'Clinton to Farmers', content: 'The Subsidy Stays Until 2030' } },
      { text: 'EXCLUSIVE – Dana Whitfield: The Count Was Fair.\n\nThe clerk spoke on Friday.', expect: { sourceText: 'Dana Whitfield', content: 'The Count Was Fair' } },
      { text: 'Whitfield: “The count was fair and the audit proves it.” Ortiz: “Not one ballot was checked twice.”', expect: { sourceText: 'Whitfield', content: 'The count was fair and the audit proves it' } },
    ],
    noMatch: ['Update: The road has reopened.', 'Contributing: Ana Ruiz in Denver.', 'CLARIFICATION: An earlier version misstated the date.', 'Prices rose for three reasons: demand, wages and rents.', 'Another challenge: Most counties have passed the filing deadline.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      const lineStart = sentence.start === 0 || /\n\s*$/.test(doc.text.slice(Math.max(0, sentence.start - 3), sentence.start)) || sentence.i === 0;
      if (!lineStart) continue;
      // "EXCLUSIVE – Ana Ruiz: …": a capitalised label and a dash before the name.
      const lead = toks[0] && /^["“]$/.test(toks[0].text) ? 1 : toks[1] && /^[–—-]$/.test(toks[1].norm) && /^\p{Lu}+$/u.test(toks[0]!.text) ? 2 : 0;
      const c = toks.findIndex((t, i) => i < 8 + lead && t.norm === ':');
      if (c < 1 + lead) continue;
      const name = toks.slice(lead, c);
      // "Poll: Voters Back the Levy": a finding credited in a headline (the tagger reads "Poll" as a verb).
      const finding = FINDINGS.has(name.at(-1)!.norm);
      // "Contributing: …", "Revealed: …", "Updated: …": a one-word participle labels a byline or a headline, no speaker.
      if (name.length === 1 && /(ing|ed)$/.test(name[0]!.norm)) continue;
      // "Clinton camp: …", "Mukasey at RNC: …", "Ruiz to Farmers: …": a headline name may take a lower-case noun or a preposition.
      // Only after a person's or an organisation's name, so that "Another challenge: …" and "For context: …" stay labels.
      const who = name[0]!.tags.includes('Person') || name[0]!.tags.includes('Organization');
      const inName = (t: Token, i: number) => /^\p{Lu}/u.test(t.text) || t.norm === '.' || t.norm === "'s" || (who && i > 0 && (/^(to|at|on)$/.test(t.norm) || (i === 1 && t.tags.includes('Noun') && !t.tags.includes('Verb'))));
      const ok = /^\p{Lu}/u.test(name[0]!.text) && name.every(inName) && (name.length <= 6 || who) && !LABELS.has(name[0]!.norm) && (finding || !name.some((t) => t.tags.includes('Verb') && !t.tags.includes('ProperNoun')));
      if (!ok) continue;
      const colon = toks[c]!;
      const nl = doc.text.indexOf('\n', colon.end);
      const content = contentSpan(doc, colon.end, quotedTurnEnd(doc, toks[c + 1], nl < 0 ? doc.text.length : nl));
      if (!content) continue;
      const source = sourceOf(doc, ctx.records.entities, toks, { from: lead, to: c });
      ctx.emit({ ...source, sourceKind: source.sourceKind, cue: doc.span(colon.start, colon.end), cueClass: finding ? 'evidence' : 'speech', content, mode: modeOf(doc, content), hedged: hedgedText(doc, content), evidence: doc.span(sentence.start, content.end) });
    }
  },
});

/** 'Ruiz: “We stay.” Ortiz: “We go.”': a whole quoted sentence opened right after the colon ends the turn when it closes on the same line. */
function quotedTurnEnd(doc: Document, first: Token | undefined, lineEnd: number): number {
  if (!first || sideOf(doc, first) !== 'open') return lineEnd;
  const close = doc.tokens[quoteEndAfter(doc, first.i)]!;
  // "Ruiz: ‘No Idea’ Who Won" is a headline quoting words: the quotation must end a sentence of its own.
  const full = /[.!?]$/.test(doc.tokens[close.i - 1]?.text ?? '');
  return sideOf(doc, close) === 'close' && full && close.end < lineEnd ? close.end : lineEnd;
}
