/**
 * "The president gave Iran two weeks", "the commission has given the company 60 days": a definite
 * description resolved to the one entity named earlier with that office ("President Donald Trump")
 * or whose name ends in that noun ("European Commission"). Two candidates: ambiguous, no party.
 */
import type { Entity } from '../schema/entity.js';
import type { Phrase } from './parties.js';

const DEFINITE = /^the\s+(?:[a-z]+\s+)?([a-z]+)$/i;

export function definiteParty(entities: readonly Entity[] | undefined, text: string, p: Phrase): string | null {
  const m = DEFINITE.exec(text.slice(p.start, p.end));
  if (!m || !entities) return null;
  const head = m[1]!.toLowerCase();
  const last = (s: string) => s.toLowerCase().split(/\s+/).pop();
  const found = entities.filter((e) => {
    if (!e.mentions.some((x) => x.kind !== 'pronoun' && x.end <= p.start)) return false;
    if (e.type === 'PERSON') return e.roles.some((r) => last(r.title) === head);
    // "the airline" is "SkyBridge Airlines" as much as "the commission" is the "European Commission".
    const tail = last(e.name);
    return (e.type === 'ORG' || e.type === 'GPE') && e.name.includes(' ') && (tail === head || tail === `${head}s`);
  });
  return found.length === 1 ? found[0]!.id : null;
}
