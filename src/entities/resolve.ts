import type { Stamped } from '../pipeline/rule.js';
import type { Entity } from '../schema/entity.js';
import type { EntityCandidate } from './types.js';

/** Groups mention candidates into entities by canonical name (placeholder: one entity per name). */
export function resolveEntities(candidates: Stamped<EntityCandidate>[]): Omit<Entity, 'id'>[] {
  const byName = new Map<string, Omit<Entity, 'id'>>();
  for (const c of candidates.sort((a, b) => a.start - b.start)) {
    const name = c.name ?? c.text;
    const e = byName.get(name);
    const mention = { start: c.start, end: c.end, text: c.text, kind: c.kind, rule: c.rule, confidence: c.confidence };
    if (e) {
      if (!e.mentions.some((m) => m.start === c.start && m.end === c.end)) e.mentions.push(mention);
    } else {
      byName.set(name, { name, type: c.type, mentions: [mention], roles: [], confidence: c.confidence, rule: c.rule, evidence: c.evidence });
    }
  }
  return [...byName.values()];
}
