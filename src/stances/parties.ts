/**
 * Parties found around a stance verb's object beyond its noun phrase: the antecedent of an object
 * relative ("a policy that X defended"), the party of an "unless" condition, and names that are only
 * the place of an interaction ("talks in Beijing"). Per sentence, token by token.
 */
import type { Document, Token } from '../doc/document.js';
import type { Extraction } from '../schema/result.js';
import { nounPhraseAfter, nounPhraseBefore } from '../cues/frame.js';
import { entitiesIn } from '../cues/entities.js';
import { mentionsIn } from '../pipeline/lookup.js';
import type { Target } from './target.js';

type Entities = Readonly<Partial<Extraction>>['entities'];

/** Every mention of `id` after the cue, in this clause, follows "in/at": a place, not a party. */
export function placeOnly(entities: Entities, toks: readonly Token[], from: number, stop: number, id: string): boolean {
  if (from >= stop) return false;
  const hits = mentionsIn(entities, toks[from]!.start, toks[stop - 1]!.end).filter((h) => h.entity.id === id);
  return hits.length > 0 && hits.every((h) => {
    const k = toks.findIndex((t) => t.start === h.mention.start);
    return /^(in|at)$/.test(toks[k - 1]?.norm ?? '');
  });
}

/** The noun phrase right before "that/which" when the cue's subject follows it (an object relative clause). */
export function antecedentObject(doc: Document, entities: Entities, toks: readonly Token[], subjectFrom: number): Target | null {
  const rel = subjectFrom - 1;
  if (!/^(that|which)$/.test(toks[rel]?.norm ?? '')) return null;
  const np = nounPhraseBefore(toks, rel);
  if (!np || np.to !== rel) return null;
  return { target: entitiesIn(entities, toks, np)[0]?.entity.id ?? null, targetText: doc.text.slice(toks[np.from]!.start, toks[np.to - 1]!.end) };
}

/** "unless Serbia dismantles …": the entity heading the condition's subject. */
export function unlessParty(entities: Entities, toks: readonly Token[], unless: number): string | null {
  const np = nounPhraseAfter(toks, unless + 1);
  return np ? (entitiesIn(entities, toks, np)[0]?.entity.id ?? null) : null;
}

/** The party of an "unless" clause later in the sentence, when not a holder ("… unless Acme improves its offer"). */
export function conditionParty(entities: Entities, toks: readonly Token[], from: number, holders: readonly string[]): string | null {
  for (let j = from; j < toks.length && toks[j]!.norm !== ';'; j++) {
    if (toks[j]!.norm !== 'unless') continue;
    const id = unlessParty(entities, toks, j);
    return id && !holders.includes(id) ? id : null;
  }
  return null;
}

/** The first entity named in the clause other than the holders ("reneged on his commitment to Zambians" → Zambia). */
export function otherParty(entities: Entities, toks: readonly Token[], from: number, stop: number, holders: readonly string[]): string | null {
  if (from >= toks.length) return null;
  return mentionsIn(entities, toks[from]!.start, toks[Math.max(from, stop - 1)]!.end).find((x) => !holders.includes(x.entity.id))?.entity.id ?? null;
}
