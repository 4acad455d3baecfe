import { z } from 'zod';
import { EntityTypeSchema } from './entity.js';
import { CueClassSchema } from './claim.js';
import { POLARITIES } from './stance.js';

/** Keys that would reach Object.prototype if a config were merged naively. */
const SAFE_KEY = z.string().refine((k) => !['__proto__', 'constructor', 'prototype'].includes(k), 'forbidden key');
const SafeText = z.string().min(1).max(200);

export const GazetteerEntrySchema = z
  .object({
    name: SafeText,
    type: EntityTypeSchema,
    aliases: z.array(SafeText).default([]),
    /** Adjectives and nouns for its people ("Ruritanian"), for GPEs. */
    demonyms: z.array(SafeText).default([]),
  })
  .strict();
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

/** A stance cue: a verb lemma or a phrase ("condemn", "express concern over"), its kind and polarity. */
export const StanceCueSchema = z
  .object({ cue: SafeText, kind: SafeText, polarity: z.enum(POLARITIES) })
  .strict();
export type StanceCue = z.infer<typeof StanceCueSchema>;

/** A claim cue: a verb lemma or phrase ("say", "according to"), its class, and whether it hedges. */
export const ClaimCueSchema = z
  .object({ cue: SafeText, cueClass: CueClassSchema, hedged: z.boolean().default(false) })
  .strict();
export type ClaimCue = z.infer<typeof ClaimCueSchema>;

/** What `createExtractor` accepts. Validated once; the built extractor is frozen. */
export const ExtractorConfigSchema = z
  .object({
    gazetteer: z.array(GazetteerEntrySchema).max(100_000).default([]),
    cues: z
      .object({
        stance: z.array(StanceCueSchema).max(10_000).default([]),
        claim: z.array(ClaimCueSchema).max(10_000).default([]),
      })
      .strict()
      .default({ stance: [], claim: [] }),
    /** Rule ids to switch off; an unknown id is an error. */
    disable: z.array(z.string()).default([]),
    /** Inputs longer than this (in characters) are refused with a clear error. */
    maxInputLength: z.number().int().positive().default(5_000_000),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    for (const key of Object.keys(cfg)) if (!SAFE_KEY.safeParse(key).success) ctx.addIssue({ code: 'custom', message: `forbidden key ${key}` });
  });
export type ExtractorConfig = z.input<typeof ExtractorConfigSchema>;
export type ResolvedConfig = z.output<typeof ExtractorConfigSchema>;

/** Per-call options of `extract` and `extractor.extract`. */
export const ExtractOptionsSchema = z
  .object({
    /** Document id, copied to the output. */
    id: z.string().nullable().optional(),
    /** Document date YYYY-MM-DD; overrides a header or dateline in the text. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
      .nullable()
      .optional(),
    /** Include the rule trace (what each rule emitted, what was refused or merged). */
    trace: z.boolean().optional(),
  })
  .strict();
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
