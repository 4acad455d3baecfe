/**
 * Turns sources into a stream of tasks, in order: files (read and decoded here, so bad bytes fail
 * with a clear reason before reaching a worker), stdin, and JSONL lines. Everything is lazy so a
 * large batch or a stdin stream is read only as fast as the workers consume it.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decodeUtf8 } from '../pipeline/input.js';
import { ExtractError } from '../pipeline/errors.js';
import { safeName, type Source } from './sources.js';

export interface TaskError {
  code: string;
  message: string;
}

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
  } catch (err) {
    task.error = describe(err);
  }
  return task;
}

/** One task per non-blank line; a bad line becomes an error task carrying whatever id it has. */
async function* jsonlTasks(path: string | null, stdin: Readable, firstSeq: number): AsyncGenerator<Task> {
  const name = path ?? 'stdin';
  let mtime = 0;
  let stream: Readable = stdin;
  if (path !== null) {
    mtime = (await stat(path)).mtimeMs;
    stream = createReadStream(path);
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let seq = firstSeq;
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (raw.trim() === '') continue;
    const task: Task = { ...blank(seq++, `${name}:${lineNo}`), mtime, line: true };
    parseLine(raw, task);
    task.outName = task.id === null ? null : safeName(task.id);
    yield task;
  }
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
