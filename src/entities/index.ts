/**
 * Entities: rules emit mention candidates; `resolve` merges them into one record per real entity.
 * THE ordered list of entity rules is `rules` below.
 */
import type { Rule, Stage } from '../pipeline/rule.js';
import type { Entity } from '../schema/entity.js';
import type { EntityCandidate, EntityData } from './types.js';
import { prepareEntities } from './data.js';
import { resolveEntities } from './resolve.js';
import gazetteer from './rules/gazetteer.js';
import demonym from './rules/demonym.js';
import metonym from './rules/metonym.js';
import properName from './rules/proper-name.js';
import titledPerson from './rules/titled-person.js';
import capsLine from './rules/caps-line.js';
import misspelling from './rules/misspelling.js';
import pronoun from './rules/pronoun.js';
import dateline from './rules/dateline.js';
import sportsTeam from './rules/sports-team.js';
import currency from './rules/currency.js';
import businessOrg from './rules/business-org.js';
import descriptiveOrg from './rules/descriptive-org.js';

export const rules: readonly Rule<EntityCandidate, EntityData>[] = Object.freeze([
  gazetteer,
  demonym,
  metonym,
  sportsTeam,
  dateline,
  properName,
  titledPerson,
  businessOrg,
  descriptiveOrg,
  capsLine,
  currency,
  misspelling,
  pronoun,
]);

export const entitiesStage: Stage<EntityCandidate, Omit<Entity, 'id'>, EntityData> = {
  kind: 'entities',
  rules,
  prepare: prepareEntities,
  resolve: resolveEntities,
};
