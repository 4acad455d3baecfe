import { z } from 'zod';
import { ClaimSchema } from './claim.js';
import { DateRecordSchema } from './date.js';
import { DeadlineSchema } from './deadline.js';
import { EntitySchema } from './entity.js';
import { StanceSchema } from './stance.js';

export const DATE_SOURCES = ['option', 'header', 'dateline'] as const;

/** The whole output for one article. Gold fixtures use the same schema. */
export const ExtractionSchema = z.object({
  id: z.string().nullable().default(null),
  /** The document date (YYYY-MM-DD) relative expressions were resolved against, or null. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  dateSource: z.enum(DATE_SOURCES).nullable(),
  entities: z.array(EntitySchema),
  dates: z.array(DateRecordSchema),
  deadlines: z.array(DeadlineSchema),
  stances: z.array(StanceSchema),
  claims: z.array(ClaimSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

export const RECORD_KINDS = ['entities', 'dates', 'deadlines', 'stances', 'claims'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
