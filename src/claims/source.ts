/**
 * Who a claim's source is: the entity it names (a person first, then the first mention), and
 * whether it is named, anonymous ("officials", "a senior diplomat who spoke on condition of
 * anonymity", "reports") or absent.
 */
import type { Document, Token } from '../doc/document.js';
import type { Entity } from '../schema/entity.js';
import type { Span } from '../schema/span.js';
import { entityOf } from '../cues/entities.js';
import { ANONYMITY_MARKERS, ANONYMOUS_HEADS, PRONOUNS } from '../cues/words.js';
import type { Phrase } from '../cues/frame.js';

export interface Source {
  source: string | null;
  sourceSpan: Span | null;
  sourceText: string | null;
  sourceKind: 'named' | 'anonymous' | 'unattributed';
}

export const NO_SOURCE: Source = Object.freeze({ source: null, sourceSpan: null, sourceText: null, sourceKind: 'unattributed' });

export function sourceOf(doc: Document, entities: readonly Entity[] | undefined, toks: readonly Token[], np: Phrase, resolveVia?: Phrase | null): Source {
  const start = toks[np.from]!.start;
  const end = toks[np.to - 1]!.end;
  const ref = resolveVia ?? np;
  const entity = entityOf(entities, toks[ref.from]!.start, toks[ref.to - 1]!.end);
  const words = toks.slice(np.from, np.to);
  return {
    source: entity?.id ?? null,
    sourceSpan: doc.span(start, end),
    sourceText: doc.text.slice(start, end),
    sourceKind: entity ? 'named' : kindOf(words, toks.slice(np.to, np.to + 12)),
  };
}

/** Named when a proper name or a personal pronoun stands there; anonymous for generic heads. */
function kindOf(words: readonly Token[], after: readonly Token[]): 'named' | 'anonymous' {
  if (after.some((t) => ANONYMITY_MARKERS.has(t.norm)) || words.some((t) => ANONYMITY_MARKERS.has(t.norm))) return 'anonymous';
  const head = words.at(-1)!;
  if (ANONYMOUS_HEADS.has(head.norm)) return 'anonymous';
  if (words.length === 1 && PRONOUNS.has(head.norm)) return 'named';
  const proper = words.some((t, i) => (i > 0 || t.tags.includes('ProperNoun')) && /^\p{Lu}/u.test(t.text) && !t.tags.includes('Determiner'));
  return proper ? 'named' : 'anonymous';
}
