/**
 * Turns the command line's inputs into a stream of tasks, in order: files (read and decoded here,
 * so bad bytes fail with a clear reason before reaching a worker), directories (recursively),
 * globs, stdin, and JSONL lines. Everything is lazy so a large batch or a stdin stream is read
 * only as fast as the workers consume it.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decodeUtf8 } from '../pipeline/input.js';
import { ExtractError } from '../pipeline/errors.js';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

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

type Source =
  | { kind: 'file'; path: string; outName: string }
  | { kind: 'stdin' }
  | { kind: 'jsonl'; path: string | null }
  | { kind: 'error'; label: string; error: TaskError };

/** Expands files, directories and globs into sources; a path that yields nothing becomes an error source. */
export async function expandInputs(inputs: string[], jsonl: boolean): Promise<Source[]> {
  const out: Source[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push(jsonl ? { kind: 'jsonl', path: null } : { kind: 'stdin' });
      continue;
    }
    const st = await stat(input).catch(() => null);
    if (st?.isDirectory()) {
      const files = await listTextFiles(input);
      if (files.length === 0) out.push(errorSource(input, 'NO_TEXT', 'directory holds no .txt, .md or .html files'));
      for (const f of files) out.push(fileSource(join(input, f), jsonl, f));
    } else if (st) {
      out.push(fileSource(input, jsonl));
    } else if (/[*?[{]/.test(input)) {
      const { glob } = await import('tinyglobby');
      const files = (await glob(input, { onlyFiles: true, dot: false })).sort();
      if (files.length === 0) out.push(errorSource(input, 'NO_MATCH', 'no file matches this pattern'));
      for (const f of files) out.push(fileSource(f, jsonl));
    } else {
      out.push(errorSource(input, 'MISSING', 'no such file or directory'));
    }
  }
  return out;
}

/** The number of documents when it is known in advance (not for JSONL or stdin). */
export function countKnown(sources: Source[]): number | null {
  return sources.some((s) => s.kind === 'jsonl') ? null : sources.length;
}

/** For the progress bar: documents to come, counting JSONL lines in files; null when reading stdin. */
export async function countTotal(sources: Source[]): Promise<number | null> {
  let n = 0;
  for (const s of sources) {
    if (s.kind !== 'jsonl') n++;
    else if (s.path === null) return null;
    else n += await countLines(s.path);
  }
  return n;
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 10 ? n : n + 1;
}

/**
 * One article named directly (a file path or `-`): its output is a single document. A directory or
 * a glob gives a list even when it matches one file, so the output's shape follows the command.
 */
export function isSingle(inputs: string[], sources: Source[]): boolean {
  const s = sources[0];
  return inputs.length === 1 && sources.length === 1 && (
    s?.kind === 'stdin' || (s?.kind === 'file' && s.path === inputs[0]) || (s?.kind === 'error' && s.error.code === 'MISSING')
  );
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

async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && (TEXT_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase()))
    .map((e) => relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)))
    .filter((rel) => !rel.split(sep).some((part) => part.startsWith('.')))
    .sort();
}

function fileSource(path: string, jsonl: boolean, relToDir?: string): Source {
  if (jsonl) return { kind: 'jsonl', path };
  // Files found in a directory keep their place below it; files named directly or by a glob are
  // named by their base name (clashes get -2, -3... in input order, so reruns agree).
  const base = relToDir ?? basename(path);
  return { kind: 'file', path, outName: base.slice(0, base.length - extname(base).length).split(sep).map(safeName).join('/') };
}

/** A file name from an id or path segment: no separators, no leading dot, bounded length. */
export function safeName(s: string): string {
  const cleaned = s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[.]+/, '_').slice(0, 120);
  return cleaned || '_';
}

function errorSource(label: string, code: string, message: string): Source {
  return { kind: 'error', label, error: { code, message } };
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
