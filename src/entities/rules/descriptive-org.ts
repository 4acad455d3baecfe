import { defineRule } from '../../pipeline/rule.js';
import type { Token } from '../../doc/document.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { bare, isCapitalised, isCapsSentence, phraseAt } from '../match.js';
import { bodyHeadAt as headAt } from '../bodies.js';

/**
 * State bodies a news text names by description rather than by name: "Spain's central bank", "the
 * Ukrainian foreign ministry", "the U.S. central bank", "Moscow's ministry of finance". The country
 * (a possessive, a demonym or the country's name right before) makes one organisation of it, named
 * "Central Bank of Spain", "Foreign Ministry of Ukraine". A later bare "the finance ministry" is the
 * last such body with the same head; with none before, it is an unqualified "Finance Ministry".
 * The mention is the description alone ("central bank"): the country keeps its own mention.
 * Watch out for: "a central bank" (any bank), "ministries", "his ministry", "the ministry" (no portfolio).
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/descriptive-org',
  kind: 'entities',
  description: 'Government bodies named by description ("Spain\'s central bank", "the Russian foreign ministry") as organisations of that country.',
  confidence: 0.8,
  examples: {
    match: [
      { text: "Norway's central bank raised its main rate on Thursday.", expect: { text: 'central bank', name: 'Central Bank of Norway', type: 'ORG' } },
      { text: 'The Peruvian foreign ministry summoned the envoy.', expect: { text: 'foreign ministry', name: 'Foreign Ministry of Peru' } },
      { text: 'Traders expect the U.S. central bank to hold rates.', expect: { text: 'central bank', name: 'Central Bank of the United States' } },
      { text: "Moscow's ministry of finance said revenue fell.", expect: { text: 'ministry of finance', name: 'Ministry of Finance of Russia' } },
      { text: 'The Chilean Finance Ministry cut its forecast, and the finance ministry said exports would slow.', expect: { text: 'finance ministry', name: 'Finance Ministry of Chile' } },
      { text: 'The finance ministry rejected the forecast on Monday.', expect: { text: 'finance ministry', name: 'Finance Ministry', kind: 'alias' } },
    ],
    noMatch: ['Every country needs a central bank it can trust.', 'The ministry said the talks had failed.', 'Several ministries cut their budgets.', 'He said his ministry would respond.'],
  },
  run(ctx) {
    // The last qualified body of each head, so "the finance ministry" later in the text is that one.
    const last = new Map<string, string>();
    for (const s of ctx.doc.sentences) {
      if (isCapsSentence(s)) continue;
      const toks = s.tokens;
      for (let h = 1; h < toks.length; h++) {
        const end = headAt(toks, h);
        if (!end) continue;
        const head = toks.slice(h, end).map((t) => bare(t)).join(' ');
        const country = countryBefore(toks, h, ctx.data);
        const capital = isCapitalised(toks[h]!);
        let name: string | undefined;
        if (country) {
          name = `${title(head)} of ${theBefore(country)}${country}`;
          last.set(head, name);
        } else if (last.has(head)) name = last.get(head);
        // A bare capitalised "the Finance Ministry" is left to the name rules; a lower-case one needs "the".
        else if (!capital && toks[h - 1]!.norm === 'the') name = title(head);
        if (!name) continue;
        ctx.emit({ ...ctx.doc.span(toks[h]!.start, toks[end - 1]!.end), type: 'ORG', name, kind: capital ? 'name' : 'alias', strength: 3, evidence: ctx.doc.span(s.start, s.end) });
        h = end - 1;
      }
    }
  },
});

/** The country named right before the head: "Spain 's", "Moscow 's" (a seat), "Spanish", "U.S."; else null. */
function countryBefore(toks: readonly Token[], h: number, data: EntityData): string | null {
  const possessive = /^['’]s$/.test(toks[h - 1]!.text);
  const end = possessive ? h - 1 : h;
  for (let j = end - 1; j >= Math.max(0, end - 3); j--) {
    const hit = phraseAt(toks, j, data, false, (p) => p.type === 'GPE' || p.kind === 'demonym');
    if (!hit || hit.end !== end) continue;
    const { name, kind } = hit.phrase;
    // A demonym is no possessive ("Spanish's"); a country's name may stand bare before the head ("the UAE foreign ministry").
    if (possessive && kind === 'demonym') return null;
    return data.countries.has(name) ? name : (data.seats.get(name) ?? null);
  }
  return null;
}

const title = (words: string): string => words.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase()).replace(/ Of /g, ' of ');

/** "the United States", "the Netherlands": country names read with an article. */
const theBefore = (country: string): string => (/^(?:United |Czech |Dominican |Central African |Republic |Democratic )|(?:Netherlands|Philippines|Bahamas|Maldives|Gambia|Comoros|Seychelles|Islands)$/.test(country) ? 'the ' : '');
