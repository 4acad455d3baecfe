import { z } from 'zod';
import { ClaimSchema } from './claim.js';
import { DateRecordSchema } from './date.js';
import { DeadlineSchema } from './deadline.js';
import { EntitySchema } from './entity.js';
import { StanceSchema } from './stance.js';

export const DATE_SOURCES = ['option', 'header', 'dateline'] as const;

/** What a rule emitted or had refused, in `extract(text, { trace: true })`. */
export const TraceEventSchema = z.object({
  rule: z.string(),
  event: z.enum(['emitted', 'refused']),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  reason: z.string().optional(),
});
export type TraceEvent = z.infer<typeof TraceEventSchema>;

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
  /** Only with the `trace` option. */
  trace: z.array(TraceEventSchema).optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

export const RECORD_KINDS = ['entities', 'dates', 'deadlines', 'stances', 'claims'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
