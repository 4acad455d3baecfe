import type { Sentence, Token } from '../doc/document.js';
import type { RuleContext } from '../pipeline/rule.js';
import type { EntityCandidate, EntityData, Phrase } from './types.js';

/**
 * Parts of a hyphenated token that are gazetteer names: "Taliban-led" → "Taliban",
 * "Pakistani-Afghan" → both. Single-token phrases only; the whole token already failed to match.
 */
export function emitParts(
  ctx: RuleContext<EntityCandidate, EntityData>,
  tok: Token,
  s: Sentence,
  keep: (p: Phrase) => boolean,
  caps: boolean,
): void {
  let at = tok.start;
  for (const part of tok.text.split('-')) {
    const norm = part.toLowerCase().replace(/’/g, "'");
    const p = ctx.data.phrases.get(norm)?.find((x) => x.texts.length === 1 && keep(x) && (x.texts[0] === part || (caps && x.texts[0]!.toUpperCase() === part)));
    if (p) ctx.emit({ ...ctx.doc.span(at, at + part.length), name: p.name, type: p.type, kind: p.kind, strength: 3, evidence: ctx.doc.span(s.start, s.end) });
    at += part.length + 1;
  }
}
