/**
 * The text of a proposition target: where it ends (before a time adjunct, the medium of a statement,
 * a contrast or a manner adverb) and which quote marks it keeps. Per sentence, token by token.
 */
import type { Token } from '../doc/document.js';

/** A date, or "on/in" before one: when, not what ("warned on Tuesday that", "accused X of Y on Wednesday"). */
export function timeAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (!t) return false;
  return t.tags.includes('Date') || /^(today|yesterday|again)$/.test(t.norm) || (/^(on|in|last|this|earlier)$/.test(t.norm) && !!toks[j + 1]?.tags.includes('Date'));
}

/**
 * Where the target's text ends: before a trailing time adjunct with its modifiers ("for three years",
 * "before its review next year", "late on Thursday"), a trailing manner adverb ("directly"), the
 * medium of the statement ("in a statement"), a contrast ("rather than settled by a vote"), or a condition.
 */
export function textEnd(toks: readonly Token[], from: number, end: number): number {
  for (let j = from + 1; j < end - 1; j++) {
    const n = toks[j]!.norm;
    // "vowed to repeal the rule if the court …": the condition is no part of the act (its party may still be the target).
    if ((n === 'rather' && toks[j + 1]!.norm === 'than') || (n === 'instead' && toks[j + 1]!.norm === 'of') || n === 'if') return j;
    if (n === 'in' && /^(a|an|its|their|his|her)$/.test(toks[j + 1]!.norm) && MEDIUM.test(toks[j + 2]?.norm ?? '')) return j;
  }
  let last = end;
  let timed = false;
  let mannered = false;
  while (last - 1 > from) {
    const t = toks[last - 1]!;
    const time = timeAt(toks, last - 1);
    const modifier = timed && (/^(next|last|this|early|late|earlier|later|the|a|an|its|their|scheduled)$/.test(t.norm) || t.tags.includes('Value') || t.tags.includes('Preposition'));
    const manner = /ly$/.test(t.norm) && t.tags.includes('Adverb') && !t.tags.includes('Adjective');
    // "“fully and immediately”": the words joining trailing adverbs go with them.
    const joint = mannered && /^(and|or|["“”])$/.test(t.norm);
    if (!time && !modifier && !manner && !joint) break;
    timed ||= time;
    mannered ||= manner;
    last--;
  }
  return last;
}
const MEDIUM = /^(statement|letter|interview|speech|post|tweet|communiqu[eé]|release|conference|briefing|video|op-ed|column|address)$/;

/** Trailing punctuation off; a quote mark at either end only when its partner is not in the text (“real progress” keeps both). */
export function trimQuotes(raw: string): string {
  let t = raw.replace(/[\s,.;:]+$/u, '');
  const opens = (t.match(/[“]/gu) ?? []).length + ((t.match(/"/g) ?? []).length > 1 ? 1 : 0);
  if (!opens) t = t.replace(/["”]+$/u, '').replace(/[\s,.;:]+$/u, '');
  else if (/[“"][^”"]*$/u.test(t)) t = t.replace(/[“"]([^”"]*)$/u, '$1');
  t = t.replace(/^["“]+(?=[^"“”]*$)/u, '');
  // "urged them to “step back”": a target that is one quotation is its words.
  return /^[“"][^“”"]+[”"]$/u.test(t) ? t.slice(1, -1) : t;
}
