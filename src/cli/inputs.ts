/**
 * Turns sources into a stream of tasks, in order: files (read and decoded here, so bad bytes fail
 * with a clear reason before reaching a worker), stdin, and JSONL lines. Everything is lazy so a
 * large batch or a stdin stream is read only as fast as the workers consume it.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { decodeUtf8 } from '../pipeline/input.js';
import { ExtractError } from '../pipeline/errors.js';
import { safeName, type Source } from './sources.js';

import type { TaskError } from '../schema/cli.js';

export type { TaskError };

/** One unit of work: a document to extract, or an input that already failed. */
export interface Task {
  seq: number;
  /** How messages name the input: a path, "stdin", or "file.jsonl:12". */
  label: string;
  id: string | null;
  /** Output file name without extension, relative to --out (null for stdin). */
  outName: string | null;
  date: string | null;
  html: boolean;
  /** Modification time of the input (ms), for --resume; 0 when unknown (stdin). */
  mtime: number;
  text?: string;
  error?: TaskError;
  /** True for JSONL lines: failures then still produce an output line with the same id. */
  line: boolean;
}

export async function* tasksFrom(sources: Source[], stdin: Readable, limit: number | null): AsyncGenerator<Task> {
  let seq = 0;
  for (const s of sources) {
    if (s.kind === 'error') yield { ...blank(seq++, s.label), error: s.error };
    else if (s.kind === 'file') yield await readFileTask(seq++, s.path, s.outName);
    else if (s.kind === 'stdin') yield await readStdinTask(seq++, stdin);
    else {
      for await (const t of jsonlTasks(s.path, stdin, seq)) {
        if (limit !== null && t.seq >= limit) return;
        seq = t.seq + 1;
        yield t;
      }
    }
  }
}

async function readFileTask(seq: number, path: string, outName: string): Promise<Task> {
  const task: Task = { ...blank(seq, path), id: path, outName, html: isHtml(path) };
  try {
    const [bytes, st] = await Promise.all([readFile(path), stat(path)]);
    task.mtime = st.mtimeMs;
    task.text = checkNotEmpty(decodeUtf8(bytes));
  } catch (err) {
    task.error = describe(err);
  }
  return task;
}

async function readStdinTask(seq: number, stdin: Readable): Promise<Task> {
  const task = blank(seq, 'stdin');
  try {
    const chunks: Buffer[] = [];
    for await (const c of stdin) chunks.push(c as Buffer);
    task.text = checkNotEmpty(decodeUtf8(Buffer.concat(chunks)));
    // No file name to go by: an HTML document announces itself in its first bytes.
    task.html = /^\s*<(!doctype html|html)[\s>]/i.test(task.text.slice(0, 200));
  } catch (err) {
    task.error = describe(err);
  }
  return task;
}

/**
 * One task per non-blank line; a bad line (not JSON, not UTF-8, fields missing) becomes an error
 * task carrying whatever id it has. A file that is empty or binary fails as a whole, with one error
 * naming it. Chunks are pulled on demand, so a slow consumer slows the reading (bounded memory).
 */
async function* jsonlTasks(path: string | null, stdin: Readable, firstSeq: number): AsyncGenerator<Task> {
  const name = path ?? 'stdin';
  let seq = firstSeq;
  const fail = (error: TaskError): Task => ({ ...blank(seq++, name), error });
  let mtime = 0;
  let stream: Readable = stdin;
  if (path !== null) {
    mtime = (await stat(path)).mtimeMs;
    stream = createReadStream(path);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  let lineNo = 0;
  let documents = 0;
  let first = true;
  const lineTask = (bytes: Buffer): Task | null => {
    lineNo++;
    const task: Task = { ...blank(seq, `${name}:${lineNo}`), mtime, line: true };
    let raw: string;
    try {
      raw = decoder.decode(bytes);
    } catch {
      seq++;
      return { ...task, error: { code: 'INVALID_UTF8', message: 'invalid UTF-8' } };
    }
    if (raw.trim() === '') return null;
    seq++;
    documents++;
    parseLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, task);
    task.outName = task.id === null ? null : safeName(task.id);
    return task;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first && chunk.subarray(0, 8192).includes(0)) {
        stream.destroy();
        yield fail({ code: 'BINARY', message: 'binary data, not JSONL' });
        return;
      }
      first = false;
      let from = 0;
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
        pending.push(chunk.subarray(from, nl));
        const task = lineTask(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
        pending = [];
        from = nl + 1;
        if (task) yield task;
      }
      if (from < chunk.length) pending.push(chunk.subarray(from));
    }
  } catch (err) {
    yield fail(describe(err));
    return;
  }
  const last = pending.length ? lineTask(Buffer.concat(pending)) : null;
  if (last) yield last;
  if (documents === 0) yield fail({ code: 'EMPTY', message: 'no JSONL lines' });
}

function parseLine(raw: string, task: Task): void {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    task.error = { code: 'BAD_LINE', message: 'not valid JSON' };
    return;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    task.error = { code: 'BAD_LINE', message: 'a line must be a JSON object {"id","text","date"?}' };
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.id === 'string' || typeof o.id === 'number') task.id = String(o.id);
  const problems: string[] = [];
  if (task.id === null) problems.push('"id" must be a string');
  if (typeof o.text !== 'string') problems.push('"text" must be a string');
  else if (o.text.trim() === '') problems.push('"text" is empty');
  if (o.date != null && (typeof o.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.date))) problems.push('"date" must be YYYY-MM-DD');
  if (problems.length) {
    task.error = { code: 'BAD_LINE', message: problems.join('; ') };
    return;
  }
  task.text = o.text as string;
  task.date = (o.date as string | null | undefined) ?? null;
}

function blank(seq: number, label: string): Task {
  return { seq, label, id: null, outName: null, date: null, html: false, mtime: 0, line: false };
}

function isHtml(path: string): boolean {
  return ['.html', '.htm'].includes(extname(path).toLowerCase());
}

function checkNotEmpty(text: string): string {
  if (text.trim() === '') throw new ExtractError('EMPTY', 'empty file');
  return text;
}

/** A one-line reason for any failure to read an input; never a stack trace. */
export function describe(err: unknown): TaskError {
  if (err instanceof ExtractError) return { code: err.code, message: err.message };
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return { code: 'MISSING', message: 'no such file or directory' };
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return { code: 'UNREADABLE', message: 'permission denied' };
  if (e?.code === 'EISDIR') return { code: 'UNREADABLE', message: 'is a directory' };
  return { code: e?.code ?? 'ERROR', message: String(e?.message ?? err).split('\n')[0]! };
}
