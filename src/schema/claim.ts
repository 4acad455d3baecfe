import { z } from 'zod';
import { EntityRef, SpanSchema, provenance } from './span.js';

export const CUE_CLASSES = ['speech', 'belief', 'evidence', 'according-to'] as const;
export const CueClassSchema = z.enum(CUE_CLASSES);
export type CueClass = z.infer<typeof CueClassSchema>;

export const ClaimSchema = z.object({
  id: z.string().regex(/^c\d+$/),
  source: EntityRef.nullable(),
  sourceSpan: SpanSchema.nullable(),
  sourceText: z.string().nullable(),
  sourceKind: z.enum(['named', 'anonymous', 'unattributed']),
  cue: SpanSchema,
  cueClass: CueClassSchema,
  content: SpanSchema,
  /** The pieces of `content` when the attribution interrupts it ("“A,” she said, “B.”"): A and B; null otherwise (and when absent from older documents). */
  contentParts: z.array(SpanSchema).nullable().default(null),
  mode: z.enum(['direct', 'indirect', 'mixed']),
  hedged: z.boolean(),
  ...provenance,
});
export type Claim = z.infer<typeof ClaimSchema>;
