import { temporal } from './temporal.js';
import { entities } from './entities.js';
import { claims } from './claims.js';
import { stances } from './stances.js';

/** Our output → each shared scorer's prediction format (see ../shared/corpora/README.md). */
export const converters = { temporal, entities, claims, stances } as const;
