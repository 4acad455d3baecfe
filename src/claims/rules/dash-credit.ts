/** A quotation credited by a dash: “We deserve better.” ― Ana Ortiz. The cue is the dash. */
import { defineRule } from '../../pipeline/rule.js';
import { openingQuoteBefore, sideOf } from '../../cues/quotes.js';
import { contentSpan } from '../content.js';
import { sourceOf } from '../source.js';
import { hedgedText } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

const DASHES = new Set(['―', '—', '–']);
/** A hyphen credits a quotation only when it opens the line under it: '“…”¶- Ana Ortiz.' (mid-line, '“Hamlet” - review' is a title). */
const HYPHEN = '-';

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/dash-credit',
  kind: 'claims',
  description: 'A closing quote followed by a dash and a name credits the quotation to that name',
  confidence: 0.75,
  examples: {
    match: [
      { text: '“We deserve a city that works for everyone.” ― Ana Ortiz, a nurse from Tucson.', expect: { cue: '―', sourceText: 'Ana Ortiz', content: 'We deserve a city that works for everyone', mode: 'direct' } },
      { text: '"Rents have doubled since I moved here."\n\n- Dana Whitfield, a tenant in Leeds.', expect: { cue: '-', sourceText: 'Dana Whitfield', content: 'Rents have doubled since I moved here' } },
      { text: 'The mayor replied on social media.\n\nThe bridge will reopen on Monday. Thanks for your patience. — Karen Holt (@MayorHolt) May 3, 2026', expect: { cue: '—', sourceText: 'Karen Holt', content: 'The bridge will reopen on Monday. Thanks for your patience' } },
    ],
    noMatch: ['The vote — held on Sunday — was close.', 'He reviewed "Hamlet" - Royal Court production, London.'],
  },
  run(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (let i = 1; i < toks.length - 1; i++) {
      if (!DASHES.has(toks[i]!.text) && !(toks[i]!.text === HYPHEN && lineStart(doc.text, toks[i]!.start) && toks[i + 1]!.tags.includes('Person'))) continue;
      const close = sideOf(doc, toks[i - 1]!) === 'close' ? i - 1 : -1;
      let j = i + 1;
      while (j < toks.length && j < i + 5 && /^\p{Lu}/u.test(toks[j]!.text) && toks[j]!.tags.includes('Noun')) j++;
      if (j === i + 1) continue;
      // An embedded post: "Nobody should be surprised. — Ana Ruiz (@AnaRuizNM) May 3, 2026": the handle credits the line before the dash.
      const handle = close < 0 && toks[j]?.text === '(' && /^@/.test(toks[j + 1]?.text ?? '') && lineStart(doc.text, toks[i]!.start) === false;
      const open = close < 0 ? -1 : openingQuoteBefore(doc, close);
      if (open < 0 && !handle) continue;
      const content = handle ? contentSpan(doc, lineBegin(doc.text, toks[i]!.start), toks[i]!.start) : contentSpan(doc, toks[open]!.end, toks[close]!.start);
      // (A line that quotes and credits its own words, '"…," Ruiz wrote. — Ruiz (@ruiz)', is credited already.)
      if (!content || (handle && /["“”]/.test(content.text))) continue;
      const sentence = doc.sentences[toks[i + 1]!.sentence]!;
      const local = sentence.tokens;
      const from = local.findIndex((t) => t.i === i + 1);
      const to = local.findIndex((t) => t.i === j - 1) + 1;
      if (from < 0 || to <= from) continue;
      const source = sourceOf(doc, ctx.records.entities, local, { from, to });
      ctx.emit({ ...source, sourceKind: 'named', cue: doc.span(toks[i]!.start, toks[i]!.end), cueClass: 'speech', content, mode: 'direct', hedged: hedgedText(doc, content), evidence: doc.span(handle ? content.start : toks[open]!.start, toks[j - 1]!.end) });
    }
  },
});

/** Does the line start at this offset (only spaces before it since the last line break)? */
function lineStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

/** The start of the line holding this offset, looking back at most a long paragraph's length. */
function lineBegin(text: string, at: number): number {
  const from = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 1500);
  // A post pasted with its markup ("<tweet id=…>text — Name (@handle)"): the text starts after the tag.
  const tag = text.lastIndexOf('>', at - 1);
  return tag >= from ? tag + 1 : from;
}
