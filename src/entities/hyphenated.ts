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

const known = (part: string, data: EntityData): boolean =>
  (data.phrases.get(part.toLowerCase().replace(/’/g, "'")) ?? []).some((p) => p.texts.length === 1 && p.texts[0] === part);

/**
 * "Israel-PLO talks", "the Iran-Iraq war": a word of capitalised parts, one of them a gazetteer name, holds
 * one mention per part (the gazetteer rules emit the known ones), not a name of its own. Returns the
 * unknown parts (acronyms) as [start, end] offsets, or null when the word is not such a compound.
 */
export function compoundParts(tok: Token, data: EntityData): [number, number][] | null {
  const parts = tok.text.split('-');
  if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p)) || !parts.some((p) => known(p, data))) return null;
  const out: [number, number][] = [];
  let at = tok.start;
  for (const part of parts) {
    // "France-Soir", "Amoco-Yemen": an unknown word part may make the whole word one name; an acronym is one of the parts.
    if (!known(part, data) && !/^\p{Lu}{2,6}$/u.test(part)) return null;
    if (!known(part, data)) out.push([at, at + part.length]);
    at += part.length + 1;
  }
  return out;
}
