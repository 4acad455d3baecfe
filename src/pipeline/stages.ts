/**
 * THE order of the pipeline, written once: document → entities → dates → claims → stances →
 * deadlines → validation. Claims come before stances and deadlines because both read them (a
 * deadline links the claim that reports it; stance cues are shared with claims).
 */
import { entitiesStage } from '../entities/index.js';
import { datesStage } from '../dates/index.js';
import { claimsStage } from '../claims/index.js';
import { stancesStage } from '../stances/index.js';
import { deadlinesStage } from '../deadlines/index.js';
import type { Stage } from './rule.js';

export const STAGES: readonly Stage<any, any, any>[] = Object.freeze([
  entitiesStage,
  datesStage,
  claimsStage,
  stancesStage,
  deadlinesStage,
]);

/** Id prefixes of each kind's records. */
export const ID_PREFIX = { entities: 'e', dates: 't', claims: 'c', stances: 's', deadlines: 'dl' } as const;
