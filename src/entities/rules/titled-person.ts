import type { Token } from '../../doc/document.js';
import { defineRule } from '../../pipeline/rule.js';
import type { Span } from '../../schema/span.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameRuns } from '../chunk.js';
import { bare, isCapsSentence, isHonorific, titleAt } from '../match.js';
import { NOT_NAMES } from '../lexicon.js';

/**
 * A title before a name makes it a person and gives it a role: "Pakistan’s Chief of Army Staff,
 * General Asim Munir" → roles "Chief of Army Staff" (of Pakistan) and "General"; "former President
 * Donald Trump" → President, former. Honorifics (Mr, Mrs) type the name but are not roles.
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/titled-person',
  kind: 'entities',
  description: 'Persons named after a title or office, with the role, its organisation or country, and "former".',
  confidence: 0.9,
  examples: {
    match: [
      { text: 'Pakistan’s Chief of Army Staff, General Asim Munir, visited Washington.', expect: { text: 'Asim Munir', type: 'PERSON', role: { title: 'Chief of Army Staff', org: 'Pakistan' } } },
      { text: 'The army’s chief, General Asim Munir, flew home.', expect: { text: 'Asim Munir', role: { title: 'General' } } },
      { text: "But Chile's new trade chief, Rosa Ibarra, flew to Lima.", expect: { text: 'Rosa Ibarra', role: { title: 'trade chief', org: 'Chile' } } },
      { text: 'Reports say former President Donald Trump issued a deadline.', expect: { text: 'Donald Trump', role: { title: 'President', former: true } } },
      { text: 'The club said striker Alan Shearer was fit.', expect: { text: 'Alan Shearer', role: { title: 'striker' } } },
      { text: 'He met Minister of Trade and Industry Tomas Vrana on Monday.', expect: { text: 'Tomas Vrana', role: { title: 'Minister of Trade and Industry' } } },
      { text: 'U.S. District Judge Elena Varga ruled on Friday.', expect: { text: 'Elena Varga', type: 'PERSON', role: { title: 'District Judge' } } },
      { text: 'Senate Minority Leader Paul Renner spoke on Monday.', expect: { text: 'Paul Renner', role: { title: 'Minority Leader' } } },
    ],
    noMatch: ['The President said on Monday that talks would resume.', 'Mr Smith declined to comment.'],
  },
  run(ctx) {
    for (const s of ctx.doc.sentences) {
      if (isCapsSentence(s)) continue;
      const toks = s.tokens;
      for (const run of nameRuns(s)) {
        const a = toks[run.i]!;
        const b = toks[run.end - 1]!;
        const evidence = ctx.doc.span(s.start, s.end);
        // Walk back over titles: "Chief of Army Staff, General" gives two roles.
        // "Nigeria’s Foreign Minister, Ade Bello,": a title, then the name in apposition.
        let at = toks[run.i - 1]?.text === ',' && toks[run.end]?.text === ',' ? run.i - 1 : run.i;
        for (let guard = 0; guard < 3; guard++) {
          const t = titleEndingAt(toks, at);
          if (!t) break;
          if (!isHonorific(toks, t.i)) {
            const role = { title: titleText(ctx.doc.text, toks, t.i, t.end), span: ctx.doc.span(toks[t.i]!.start, toks[t.end - 1]!.end), ...context(ctx.doc.span, toks, t.i) };
            ctx.emit({ ...ctx.doc.span(a.start, b.end), type: 'PERSON', kind: 'name', strength: 2, role, evidence });
          }
          at = t.i - ((t.i > 0 && toks[t.i - 1]!.text === ',') || toks[t.i - 1]?.norm === 'and' ? 1 : 0);
          if (at === t.i) break;
        }
      }
    }
  },
});

/** The title phrase that ends just before token `at`, if any. */
function titleEndingAt(toks: readonly Token[], at: number): { i: number; end: number } | null {
  for (let i = Math.max(0, at - 8); i < at; i++) {
    if (titleAt(toks, i) === at - i) return { i, end: at };
  }
  return null;
}

function titleText(text: string, toks: readonly Token[], i: number, end: number): string {
  return text.slice(toks[i]!.start, toks[end - 1]!.end); // as written, "Gen." with its period
}

/** "former" before the title; a possessive owner ("Pakistan’s") or demonym ("Israeli") before it. */
function context(span: (s: number, e: number) => Span, toks: readonly Token[], i: number): { former: boolean; org?: Span } {
  let k = i - 1;
  const former = k >= 0 && (bare(toks[k]!) === 'former' || bare(toks[k]!) === 'ex');
  if (former) k--;
  // "the European Union's foreign policy chief": a few lower-case words of the office between its owner and the title.
  let m = k;
  while (m > k - 3 && toks[m] && /^\p{Ll}+$/u.test(toks[m]!.text) && toks[m]!.tags.some((x) => x === 'Noun' || x === 'Adjective') && !toks[m]!.tags.includes('Determiner')) m--;
  if (m < k && toks[m]?.norm === "'s") k = m;
  const t = toks[k];
  if (t?.norm === "'s" && toks[k - 1]) {
    let j = k - 1;
    // "But Israel's military chief": a capitalised function word opening the sentence is not part of the owner.
    while (j > 0 && /^\p{Lu}/u.test(toks[j - 1]!.text) && !NOT_NAMES.has(bare(toks[j - 1]!))) j--;
    return { former, org: span(toks[j]!.start, toks[k - 1]!.end) };
  }
  if (t && /^\p{Lu}/u.test(t.text)) return { former, org: span(t.start, t.end) };
  return { former };
}
