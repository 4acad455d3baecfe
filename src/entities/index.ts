/**
 * Entities: rules emit mention candidates; `resolve` merges them into one record per real entity.
 * THE ordered list of entity rules is `rules` below.
 */
import type { Stage } from '../pipeline/rule.js';
import type { Entity } from '../schema/entity.js';
import type { EntityCandidate, EntityData } from './types.js';
import { prepareEntities } from './data.js';
import { resolveEntities } from './resolve.js';

export const rules = Object.freeze([]);

export const entitiesStage: Stage<EntityCandidate, Omit<Entity, 'id'>, EntityData> = {
  kind: 'entities',
  rules,
  prepare: prepareEntities,
  resolve: resolveEntities,
};
