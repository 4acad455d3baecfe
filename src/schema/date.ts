import { z } from 'zod';
import { SpanSchema, provenance } from './span.js';

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export const TimexTypeSchema = z.enum(TIMEX_TYPES);

export const DateRecordSchema = z.object({
  id: z.string().regex(/^t\d+$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: TimexTypeSchema,
  /** TIMEX3 value: 2025-06-21, 2025-06, 2025-W25, P2W, PAST_REF, XXXX-06-21 ... */
  value: z.string().min(1),
  /** TIMEX3 mod where TimeML sets one: START, END, MID, APPROX, BEFORE, AFTER, ... */
  mod: z.string().nullable().default(null),
  /** The resolved interval, ISO days or instants, end inclusive; null when nothing can be resolved. */
  interval: z.object({ start: z.string(), end: z.string() }).nullable().default(null),
  ...provenance,
});
export type DateRecord = z.infer<typeof DateRecordSchema>;
