/**
 * What the command line names: files, directories (walked recursively for .txt, .md and .html),
 * globs, stdin, JSONL files. A path that yields nothing becomes an error source, reported later
 * in order with the other inputs.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { TaskError } from './inputs.js';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

export type Source =
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
      // With --input jsonl a directory contributes its .jsonl files.
      const files = await listFiles(input, jsonl ? ['.jsonl'] : TEXT_EXTENSIONS);
      if (files.length === 0) out.push(errorSource(input, 'NO_TEXT', `directory holds no ${jsonl ? '.jsonl' : '.txt, .md or .html'} files`));
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

async function listFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.includes(extname(e.name).toLowerCase()))
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
