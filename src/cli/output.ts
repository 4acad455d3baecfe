/** Where results go: stdout (respecting back-pressure) or one file per input, written atomically. */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

let tmpCounter = 0;

/**
 * Writes `data` to `path` through a temporary file in the same directory and a rename, so a reader
 * (or a --resume after a kill) never sees a half-written output.
 */
export async function writeAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${path.slice(dirname(path).length + 1)}.tmp-${process.pid}-${tmpCounter++}`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Removes temporary files left by runs that were killed (their process no longer exists). */
export async function sweepStaleTemps(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const m = /\.tmp-(\d+)-\d+$/.exec(e.name);
    if (!e.isFile() || !m || !e.name.startsWith('.') || alive(Number(m[1]))) continue;
    await rm(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name), { force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `path` exists and was modified after `than` (ms); with `than` 0, when it exists. */
export async function isNewer(path: string, than: number): Promise<boolean> {
  const st = await stat(path).catch(() => null);
  return st !== null && st.isFile() && st.size > 0 && st.mtimeMs > than;
}

/** Writes to a stream and waits for 'drain' when its buffer is full: bounded memory on slow readers. */
export function writeOut(stream: Writable, chunk: string): Promise<void> | void {
  if (stream.write(chunk)) return;
  return new Promise((resolve) => stream.once('drain', resolve));
}
