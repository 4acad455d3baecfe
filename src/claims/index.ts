/**
 * THE ordered list of claims rules, and how their candidates become records: one claim per cue
 * (the earlier rule wins, overlapping cues included), sorted by position; a pronoun source with no entity ("he added") takes
 * the entity of the last named source before it.
 */
import type { Stage, Stamped } from '../pipeline/rule.js';
import type { Claim } from '../schema/claim.js';
import type { Document } from '../doc/document.js';
import { buildCueIndex } from '../cues/index.js';
import type { ClaimCandidate, ClaimsData } from './types.js';
import { cueQuoted, withoutNested } from './nested.js';
import { anonymityFormula } from '../cues/anonymity.js';
import { contentParts } from './parts.js';
import verbCue from './rules/verb-cue.js';
import accordingTo from './rules/according-to.js';
import nounCue from './rules/noun-cue.js';
import colon from './rules/colon.js';
import nameColon from './rules/name-colon.js';
import impersonal from './rules/impersonal.js';
import dashCredit from './rules/dash-credit.js';
import thatClause from './rules/that-clause.js';
import quoteCredit from './rules/quote-credit.js';
import inSource from './rules/in-source.js';
import passive from './rules/passive.js';
import nounPrep from './rules/noun-prep.js';
import speechFallback from './rules/speech-fallback.js';
import adjThat from './rules/adj-that.js';

export const rules = Object.freeze([verbCue, accordingTo, nounCue, colon, nameColon, impersonal, dashCredit, thatClause, quoteCredit, inSource, passive, nounPrep, adjThat, speechFallback]);

const PRONOUN = /^(he|she|they|we|i|it)$/i;

function resolve(candidates: Stamped<ClaimCandidate>[], ctx: { readonly doc: Document }): Omit<Claim, 'id'>[] {
  const out: Stamped<ClaimCandidate>[] = [];
  // Characters already claimed by a kept cue: the overlap test costs the cue's length, not the number of claims.
  const taken = new Uint8Array(ctx.doc.text.length);
  for (const c of candidates) {
    // An attribution made inside a quotation is the quoted speaker's, which PolNeAR leaves unmarked;
    // a punctuation cue (the colon of "Ruiz: “…”", a dash credit) frames a quotation, it is not in one.
    if (/\p{L}/u.test(c.cue.text) && cueQuoted(ctx.doc, c.cue.start)) continue;
    // "who asked not to be named", "who spoke on condition of anonymity": the formula describes a source, it reports nothing.
    const at = ctx.doc.tokenAt(c.cue.start);
    if (at && anonymityFormula(ctx.doc.tokens, at.i)) continue;
    // A cue inside a kept cue ("statement" in "said in a statement") is the same attribution.
    if (taken.subarray(c.cue.start, c.cue.end).includes(1)) continue;
    taken.fill(1, c.cue.start, c.cue.end);
    out.push(c);
  }
  out.sort((a, b) => a.cue.start - b.cue.start);
  const kept = withoutNested(out, ctx.doc.text);
  let lastNamed: string | null = null;
  return kept.map((found) => {
    // A content cut short by a later clause of its own may have lost the quotation that made it mixed.
    const mode = found.mode === 'mixed' && !/["“”]/.test(found.content.text) ? ('indirect' as const) : found.mode;
    const c = { ...found, mode, contentParts: contentParts(ctx.doc, found.content, found.cue, found.sourceSpan) };
    if (c.source) {
      lastNamed = c.source;
      return c;
    }
    if (c.sourceText && PRONOUN.test(c.sourceText) && lastNamed) return { ...c, source: lastNamed, sourceKind: 'named' as const };
    return c;
  });
}

export const claimsStage: Stage<ClaimCandidate, Omit<Claim, 'id'>, ClaimsData> = {
  kind: 'claims',
  rules,
  prepare: (config) => ({ cues: buildCueIndex(config.cues.claim, config.cues.stance) }),
  resolve,
};
