/**
 * What the `extract` command writes: the library's output document plus where it came from, or an
 * error line for an input that failed. Kept next to the library schema so that `dist/cli-schema.json`
 * describes every field the command prints (the library's `schema.json` forbids extra fields).
 */
import { z } from 'zod';
import { ExtractionSchema } from './result.js';

/** `--explain`: per record, the rule that made it, rules that agreed on its span, candidates it beat. */
export const ExplanationSchema = z.object({
  rule: z.string(),
  confidence: z.number(),
  /** Other rules whose candidate had exactly this record's span. */
  agreed: z.array(z.string()),
  beat: z.array(z.object({ rule: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

export const CliDocumentSchema = ExtractionSchema.extend({
  /** The file name, `-` for stdin, or `file.jsonl:LINE` for a JSONL line. */
  source: z.string(),
  /** Present for HTML inputs: offsets index `text`, the text extracted from the markup. */
  textFrom: z.literal('html').optional(),
  text: z.string().optional(),
  explain: z.record(z.string(), ExplanationSchema).optional(),
});
export type CliDocument = z.infer<typeof CliDocumentSchema>;

export const TaskErrorSchema = z.object({ code: z.string(), message: z.string() });
export type TaskError = z.infer<typeof TaskErrorSchema>;

/** The line written in place of a JSONL document (or a file in a JSON stream) that could not be read or extracted. */
export const CliErrorLineSchema = z.object({ id: z.string().nullable(), source: z.string(), error: TaskErrorSchema });
export type CliErrorLine = z.infer<typeof CliErrorLineSchema>;
