/**
 * Cues inside a direct quotation: "“They want safe streets,” she said" credits the quote to its
 * speaker; PARC-style annotation (PolNeAR) leaves the attributions the speaker makes inside it
 * unmarked (on the dev corpus, 1 in 15 such cues was an attribution). The claims stage drops those
 * candidates, whichever rule made them.
 */
import type { Document } from '../doc/document.js';
import type { Span } from '../schema/span.js';
import { paragraphBreakBefore, sideOf } from '../cues/quotes.js';

/** How far back a quotation may have opened, in tokens: keeps the scan linear in the text. */
const MAX_BACK = 300;

/**
 * Is document token `i` inside a double-mark quotation opened earlier in the same paragraph?
 * Single marks (‘ ’) are skipped: the right one is mostly an apostrophe ("voters’ anger").
 */
export function insideQuotation(doc: Document, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - MAX_BACK; j--) {
    const t = doc.tokens[j]!;
    if (paragraphBreakBefore(doc, j + 1)) return false;
    if (t.text === '‘' || t.text === '’') continue;
    const side = sideOf(doc, t);
    if (side) return side === 'open';
  }
  return false;
}

/** Does the cue starting at character `start` stand inside a quotation? (binary search for its token) */
export function cueQuoted(doc: Document, start: number): boolean {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.tokens.length && insideQuotation(doc, lo);
}

/**
 * Claims whose cue stands inside the content of another claim that follows its cue ("Ruiz said
 * that Ortiz wants a recount": "wants" is inside what Ruiz said) or of an "according to". PolNeAR marks the outer
 * attribution and seldom the nested one (about a quarter of them on the dev corpus), so these
 * are dropped. Sorting and one sweep keep it O(n log n) in the number of claims.
 */
export function withoutNested<C extends { cue: Span; content: Span; cueClass: string; sourceSpan: Span | null }>(claims: readonly C[], text: string): C[] {
  // "Most voters say they back the levy, according to the poll": an "according to" credits the clause before it, nested cues included.
  const spans = claims.filter((c) => c.content.start >= c.cue.end || (c.cueClass === 'according-to' && c.content.end <= c.cue.start)).map((c) => [c.content.start, c.content.end] as const).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged.at(-1);
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const inside = (x: number) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = merged[mid]!;
      if (x < s) hi = mid - 1;
      else if (x >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
  // An "according to" inside a content still credits its clause (two in three were attributions): kept.
  const kept: C[] = [];
  for (const c of claims) {
    if (c.cueClass === 'according-to' || !inside(c.cue.start)) kept.push(c);
    else if (relativeAside(c, text)) kept.push(c);
    else if (ownClause(c, text)) kept.push(...clipOuter(kept, c, text, false));
    else if (inRelativeSubject(kept, c, text)) kept.push(...clipOuter(kept, c, text, true));
  }
  return kept;
}

/** How many kept claims back the one whose content ran over an own-clause cue may stand. */
const OUTER_BACK = 4;

/**
 * The claim whose content ran over an own-clause cue ends before that clause ("he said C1, and most
 * voters said C2": C1 stops before ", and"); replaces it in `kept` and returns the inner claim to add.
 */
function clipOuter<C extends { cue: Span; content: Span; sourceSpan: Span | null }>(kept: C[], inner: C, text: string, atCue: boolean): C[] {
  const own = atCue ? inner.cue.start : inner.sourceSpan?.start ?? inner.cue.start;
  for (let k = kept.length - 1; k >= 0 && k >= kept.length - OUTER_BACK; k--) {
    const o = kept[k]!;
    // "explained the delay by saying C": a source before the outer cue is shared, so the clause starts at the cue.
    const at = inner.content.end <= inner.cue.start ? inner.content.start : Math.min(inner.cue.start, own < o.cue.end ? inner.cue.start : own);
    if (!(o.content.start < at && at < o.content.end && o.cue.end <= at)) continue;
    const head = text.slice(o.content.start, at).replace(/(?:[\s"'“”‘’,;:—–-]|\b(?:and|but|because|while|whereas|though|although|so|by|about|nearly|almost|roughly|only|just|more than|fewer than|less than|at least|as many as)\b)+$/iu, '');
    if ((head.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2) {
      const end = o.content.start + head.length;
      kept[k] = { ...o, content: { start: o.content.start, end, text: text.slice(o.content.start, end) } };
    }
    break;
  }
  return [inner];
}

/** Plain reporting verbs; a hearer verb ("told", "asked") nested in a content is mostly part of it. */
const PLAIN_SPEECH = /^(said|says|say|saying|wrote|writes|noted|notes|argued|argues|explained|added)$/;
/** Is the cue's last word ("has said", "said") a plain reporting verb? */
const plainSpeech = (cue: Span) => PLAIN_SPEECH.test(cue.text.slice(cue.text.lastIndexOf(' ') + 1).toLowerCase());

/**
 * "…, and more than half said C", "because he said C", "Sales held up, he said.", "by saying C": a plain reporting verb
 * in a clause of its own after "and", "but", "because" or a comma, or crediting the words before it,
 * is an attribution of its own that the content before it ran over (PolNeAR marks about three in five).
 */
function ownClause(c: { cue: Span; content: Span; sourceSpan: Span | null }, text: string): boolean {
  if (!plainSpeech(c.cue)) return false;
  if (c.content.end <= c.cue.start) return true;
  const start = Math.min(c.cue.start, c.sourceSpan?.start ?? c.cue.start);
  // "…, and nearly three in five said": a quantifier before the subject is no part of the clause break.
  const before = text.slice(Math.max(0, start - 24), start).trimEnd().replace(/\s+(about|nearly|almost|roughly|only|just|more than|fewer than|less than|at least|as many as)$/i, '');
  if (/[,;]$/.test(before) || /\b(and|but|because|while|whereas|though|although|so)$/i.test(before)) return true;
  // "drew fire by saying C": the participle shares the subject before it, in a clause of its own.
  return c.cue.text.toLowerCase() === 'saying' && /\bby$/i.test(text.slice(Math.max(0, c.cue.start - 4), c.cue.start).trimEnd());
}

/**
 * "Ana Ruiz, a lawyer who advised the board, said C", "Voters who want a recount said C": the outer cue
 * stands in a relative clause on the subject of a plain reporting verb, whose content it ran over.
 */
function inRelativeSubject<C extends { cue: Span; content: Span; sourceSpan: Span | null }>(kept: readonly C[], inner: C, text: string): boolean {
  if (!plainSpeech(inner.cue) || inner.content.end <= inner.cue.start) return false;
  for (let k = kept.length - 1; k >= 0 && k >= kept.length - OUTER_BACK; k--) {
    const o = kept[k]!;
    if (!(o.content.start <= inner.cue.start && inner.cue.start < o.content.end && o.cue.end <= inner.cue.start)) continue;
    const who = o.sourceSpan ? text.slice(o.sourceSpan.start, o.sourceSpan.end).toLowerCase() : '';
    // A subordinate clause between the two cues ("who said that voters said") nests the inner one in the outer.
    return /^(who|which|that)$/.test(who) && !/\b(that|which|who|whom|when|if|whether|what|until|because)\b/i.test(text.slice(o.cue.end, inner.cue.start));
  }
  return false;
}

/**
 * "opposed a rule change that she said would slow appeals": a plain reporting verb set into a relative clause
 * credits that clause to its own speaker; the outer content still holds the whole clause, so it is not cut.
 */
function relativeAside(c: { cue: Span; content: Span; sourceSpan: Span | null }, text: string): boolean {
  if (!plainSpeech(c.cue) || !c.sourceSpan || c.content.start < c.cue.end || c.sourceSpan.end > c.cue.start) return false;
  const source = text.slice(c.sourceSpan.start, c.sourceSpan.end);
  return /^(he|she|they|we|i)$/i.test(source) && /\b(that|which|who|whom)\s*$/i.test(text.slice(Math.max(0, c.sourceSpan.start - 8), c.sourceSpan.start)) && /^\s*(would|will|could|can|was|were|is|are|had|has|have|might|may|should)\b/i.test(text.slice(c.cue.end, c.content.start + 8));
}
