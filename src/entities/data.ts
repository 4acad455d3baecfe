import type { ResolvedConfig } from '../schema/options.js';
import type { EntityData } from './types.js';

export function prepareEntities(config: ResolvedConfig): EntityData {
  return Object.freeze({ gazetteer: config.gazetteer });
}
