import { z } from 'zod';
import { EntityRef, SpanSchema, provenance } from './span.js';

export const POLARITIES = ['support', 'oppose', 'neutral'] as const;

export const StanceSchema = z.object({
  id: z.string().regex(/^s\d+$/),
  holder: EntityRef.nullable(),
  /** The holder as written ("Islamabad", "Afghanistan’s Taliban-led government"). */
  holderText: z.string().nullable().default(null),
  target: EntityRef.nullable(),
  /** The target as written, for propositions ("a peaceful resolution") and for entity targets alike. */
  targetText: z.string().nullable(),
  polarity: z.enum(POLARITIES),
  /** condemn, criticise, accuse, threaten, warn, express-concern, appeal, call-for, praise, welcome, back, ... */
  kind: z.string().min(1),
  cue: SpanSchema,
  negated: z.boolean(),
  hedged: z.boolean(),
  /** "publicly", "privately", "behind the scenes" when the text marks it. */
  modality: z.string().nullable().default(null),
  ...provenance,
});
export type Stance = z.infer<typeof StanceSchema>;
