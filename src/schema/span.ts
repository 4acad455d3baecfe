import { z } from 'zod';

/** A slice of the original text: `text === input.slice(start, end)` (UTF-16 offsets, end exclusive). */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end before start' });
export type Span = z.infer<typeof SpanSchema>;

/** Fields every record carries: which rule made it, how sure it is, and the text that proves it. */
export const provenance = {
  rule: z.string().min(1),
  confidence: z.number().min(0).max(1),
  evidence: SpanSchema,
};

/** Entity ids are `e1`, `e2`, ...: references from other records point at them. */
export const EntityRef = z.string().regex(/^e\d+$/);
