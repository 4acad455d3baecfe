import type { Sentence, Token } from '../../doc/document.js';
import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameRuns } from '../chunk.js';
import { RESULT_WORDS, SPORTS_WORDS } from '../lexicon.js';
import { hasTag, phraseAt } from '../match.js';

/**
 * In a sports report, a place or name in a result ("Chelsea 2 Leeds 1", "Essex beat Kent",
 * "NEW YORK 74 56") is a club: ORG. Countries stay places (national sides are named by their country).
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/sports-team',
  kind: 'entities',
  description: 'Clubs named by their city or region in sports results (score after the name, "beat", "v").',
  confidence: 0.8,
  examples: {
    match: [
      { text: 'SOCCER - ENGLISH LEAGUE RESULTS\nLeeds 2 Chelsea 1\nThe league resumes on Saturday.', expect: { text: 'Leeds', type: 'ORG' } },
      { text: 'In the football league on Saturday, Hamburg beat Bochum 2-0.', expect: { text: 'Hamburg', type: 'ORG' } },
    ],
    noMatch: ['Hamburg beat its own export record in 1995, the city said.', 'In the football league on Saturday, Brazil beat Chile 2-0 in Santiago.'],
  },
  run(ctx) {
    if (!isSports(ctx.doc.sentences)) return;
    for (const s of ctx.doc.sentences) {
      const toks = s.tokens;
      for (const run of nameRuns(s)) {
        const first = toks[run.i]!;
        const country = phraseAt(toks, run.i, ctx.data, true, (p) => ctx.data.countries.has(p.name) && p.kind !== 'demonym');
        if (country?.end === run.end || hasTag(first, 'FirstName', 'MaleName', 'FemaleName') || run.title) continue;
        if (!inResult(toks, run.i, run.end)) continue;
        ctx.emit({ ...ctx.doc.span(first.start, toks[run.end - 1]!.end), type: 'ORG', kind: 'name', strength: 4, evidence: ctx.doc.span(s.start, s.end) });
      }
    }
  },
});

function isSports(sentences: readonly Sentence[]): boolean {
  let n = 0;
  for (const s of sentences) for (const t of s.tokens) if (SPORTS_WORDS.has(t.norm) && ++n >= 2) return true;
  return false;
}

const isScore = (t: Token | undefined): boolean => !!t && /^\d+(-\d+)?$/.test(t.text);

/** Followed by a score, or either side of a result word. */
function inResult(toks: readonly Token[], i: number, end: number): boolean {
  const prev = toks[i - 1];
  const next = toks[end];
  if (isScore(next) || (next && RESULT_WORDS.has(next.norm) && next.norm !== 'at' && next.norm !== 'against')) return true;
  if (prev && RESULT_WORDS.has(prev.norm) && prev.norm !== 'at' && (isScore(next) || !next || next.text === ',' || next.text === '.')) return true;
  return false;
}
