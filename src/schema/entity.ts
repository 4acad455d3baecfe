import { z } from 'zod';
import { EntityRef, SpanSchema, provenance } from './span.js';

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'MISC'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const MENTION_KINDS = ['name', 'alias', 'demonym', 'metonym', 'misspelling', 'pronoun'] as const;
export const MentionSchema = SpanSchema.and(
  z.object({
    kind: z.enum(MENTION_KINDS),
    /** The rule that found this mention. */
    rule: z.string().optional(),
    confidence: z.number().min(0).max(1).optional(),
  }),
);
export type Mention = z.infer<typeof MentionSchema>;

export const RoleSchema = z.object({
  /** The title or office as written: "Chief of Army Staff", "President". */
  title: z.string(),
  /** The organisation or country the office belongs to, when the text gives it. */
  org: EntityRef.nullable().default(null),
  former: z.boolean().default(false),
  span: SpanSchema,
});
export type Role = z.infer<typeof RoleSchema>;

export const EntitySchema = z.object({
  id: EntityRef,
  name: z.string().min(1),
  type: EntityTypeSchema,
  mentions: z.array(MentionSchema).min(1),
  roles: z.array(RoleSchema).default([]),
  ...provenance,
});
export type Entity = z.infer<typeof EntitySchema>;
