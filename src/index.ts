/**
 * newsextract: entities, dates, deadlines, stances and claims from English news articles.
 *
 * `extract(text, options?)` for one article; `createExtractor(config)` for a reusable, frozen
 * pipeline with custom gazetteer entries, cue lexicons and rules switched off by id.
 */
import { readFileSync } from 'node:fs';
import { createExtractor, type Extractor } from './pipeline/run.js';
import { decodeUtf8 } from './pipeline/input.js';
import type { ExtractOptions } from './schema/options.js';
import type { Extraction } from './schema/result.js';

let defaultExtractor: Extractor | null = null;

/** Extracts every record kind from one article with the default configuration. */
export function extract(text: string, options?: ExtractOptions): Extraction {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}

/**
 * Reads a UTF-8 text file and extracts from it. Throws an ExtractError (BINARY, INVALID_UTF8, ...)
 * for a file that is not text; the offsets refer to the file's text as decoded (a BOM removed).
 */
export function extractFile(path: string, options?: ExtractOptions, extractor?: Extractor): Extraction {
  const text = decodeUtf8(readFileSync(path));
  return (extractor ?? (defaultExtractor ??= createExtractor())).extract(text, options);
}

export { createExtractor, type Extractor, type ExtractHooks } from './pipeline/run.js';
export { ExtractError, type ExtractErrorCode } from './pipeline/errors.js';
export { STAGES } from './pipeline/stages.js';
export type { Rule, RuleExample, Stage } from './pipeline/rule.js';
export { buildDocument, type Document, type Sentence, type Token } from './doc/index.js';
export * from './schema/index.js';
export { evaluateFixtures, formatEvalReport, loadFixtures, type EvalReport } from './eval/index.js';
