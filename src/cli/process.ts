/**
 * What a worker does with one document: extract, then serialise in the requested format. Rendering
 * happens here, in the worker, so the main thread only moves strings and the work scales with --jobs.
 */
import { createExtractor, ExtractError, RECORD_KINDS, type CliDocument, type ExtractorConfig } from '../index.js';
import { renderHtmlPage } from '../report/html.js';
import { renderPretty } from '../report/pretty.js';
import { summarise, type DocSummary } from '../report/summary.js';
import type { Format } from './args.js';
import { explain } from './explain.js';
import { htmlToText } from './html-text.js';
import type { TaskError } from './inputs.js';

export interface Settings {
  format: Format;
  color: boolean;
  explain: boolean;
  /** Writing one file per input: JSON output is indented; HTML also returns the JSON and a summary. */
  toFiles: boolean;
  config: ExtractorConfig;
}

export interface Job {
  seq: number;
  id: string | null;
  label: string;
  text: string;
  date: string | null;
  html: boolean;
  /** Output file name (without extension) relative to --out, for links back to the index. */
  page: string | null;
}

export type Done =
  | { seq: number; ok: true; output: string; json?: string; counts: Record<string, number>; summary?: DocSummary }
  | { seq: number; ok: false; error: TaskError };

/** An output document (`CliDocumentSchema`): the extraction, where it came from, and for HTML inputs the text the offsets index. */
export type OutputDoc = CliDocument;

/** Builds the extractor once (throws ExtractError CONFIG on a bad configuration) and returns the job handler. */
export function makeProcessor(settings: Settings): (job: Job) => Done {
  const extractor = createExtractor(settings.config);
  return (job) => {
    try {
      const text = job.html ? htmlToText(job.text) : job.text;
      // The raw rule trace is only read here: --explain prints its per-record digest instead.
      const { trace, ...extraction } = extractor.extract(text, { id: job.id, date: job.date, ...(settings.explain ? { trace: true } : {}) });
      const doc: OutputDoc = { ...extraction, source: job.label, ...(job.html ? { textFrom: 'html' as const, text } : {}) };
      if (settings.explain) doc.explain = explain(extraction, trace ?? [], text);
      const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, extraction[k].length]));
      return { seq: job.seq, ok: true, counts, ...render(doc, text, settings, job.page) };
    } catch (err) {
      const error = err instanceof ExtractError
        ? { code: err.code, message: err.message }
        : { code: 'INTERNAL', message: `internal error: ${String((err as Error)?.message ?? err).split('\n')[0]}` };
      return { seq: job.seq, ok: false, error };
    }
  };
}

function render(doc: OutputDoc, text: string, s: Settings, page: string | null): { output: string; json?: string; summary?: DocSummary } {
  switch (s.format) {
    case 'pretty':
      return { output: renderPretty(doc, text, s.color) };
    case 'html': {
      const up = '../'.repeat(page ? page.split('/').length - 1 : 0);
      const nav = page ? `<nav><a href="${up}index.html">All documents</a> <a href="${up}entities.html">Entities</a> <a href="${up}timeline.html">Deadline timeline</a></nav>` : '';
      const output = renderHtmlPage(doc, text, nav);
      return s.toFiles ? { output, json: JSON.stringify(doc, null, 2) + '\n', summary: summarise(doc) } : { output };
    }
    case 'jsonl':
      return { output: s.toFiles ? JSON.stringify(doc, null, 2) + '\n' : JSON.stringify(doc) + '\n' };
    default:
      return { output: JSON.stringify(doc, null, 2) + '\n' };
  }
}
