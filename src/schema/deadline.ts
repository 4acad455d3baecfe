import { z } from 'zod';
import { EntityRef, SpanSchema, provenance } from './span.js';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:]+)?$/);

export const DEADLINE_STATUSES = ['pending', 'expired', 'met', 'extended', 'unknown'] as const;

export const DeadlineSchema = z.object({
  id: z.string().regex(/^dl\d+$/),
  issuer: EntityRef.nullable(),
  target: EntityRef.nullable(),
  /** The issuer and target as written, entity or not ("the city council"; a pronoun gives the phrase it stands for). */
  issuerText: z.string().nullable().default(null),
  targetText: z.string().nullable().default(null),
  /** The words that make it a deadline: "deadline", "until", "ultimatum", "by". */
  cue: SpanSchema,
  demand: SpanSchema.nullable(),
  consequence: SpanSchema.nullable(),
  /** ISO 8601 duration when the deadline is stated as a span ("two-week" → P2W). */
  duration: z.string().nullable(),
  /** The resolved due date when the text fixes it. */
  due: IsoDay.nullable(),
  /** Bounds on the due date when the start of the span is unknown. */
  dueEarliest: IsoDay.nullable(),
  dueLatest: IsoDay.nullable(),
  status: z.enum(DEADLINE_STATUSES),
  hedged: z.boolean(),
  /** The claim that reports this deadline, if any. */
  claim: z.string().regex(/^c\d+$/).nullable().default(null),
  ...provenance,
});
export type Deadline = z.infer<typeof DeadlineSchema>;
