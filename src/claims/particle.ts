/**
 * The particle a reporting verb takes before its topic ("asked about", "warned against", "agreed
 * with", "boasted of"): PolNeAR marks it inside the cue, and the content starts after it.
 */
import type { Token } from '../doc/document.js';
import type { CueHit } from '../cues/index.js';
import { table } from '../lexicon/table.js';

/** Particles any verb cue keeps. */
const ALWAYS = new Set(['about', 'against']);
/** Particles only some verbs keep: "said of Clinton" and "said for years" leave theirs out. */
const BY_VERB: Readonly<Record<string, RegExp>> = table({
  of: /^(warn|boast|brag|speak|spoke|accus|complain|dream|despair|convinc|approv|disapprov)/,
  for: /^(ask|argu|plead|push|press|lobb|advocat|vouch|request|campaign|clamor)/,
  with: /^(agree|disagree|side|concur|sympathi)/,
  out: /^(lash|spoke|speak|point|rule|cry|cried|call|reach|lay|laid|sing|sang|figur)/,
});

/** The hit with its particle when the next token is one this verb keeps (and something follows it). */
export function withParticle(toks: readonly Token[], hit: CueHit): CueHit {
  const next = toks[hit.to];
  if (hit.entry.pos !== 'verb' || !next || !toks[hit.to + 1] || !/[\p{L}]/u.test(toks[hit.to + 1]!.text)) return hit;
  // A lexicon phrase that already ends in a particle ("talk about") keeps none more.
  if (hit.to - hit.from > 1 && (ALWAYS.has(toks[hit.to - 1]!.norm) || toks[hit.to - 1]!.norm in BY_VERB)) return hit;
  const keep = ALWAYS.has(next.norm) || (next.norm in BY_VERB && BY_VERB[next.norm]!.test(hit.head));
  return keep ? { ...hit, to: hit.to + 1 } : hit;
}
