/**
 * Test helper: builds the command (dist layout: cli.js + worker.js + chunks) into
 * test-artifacts/ with tsup's API, without declarations, so the tests run the real binary,
 * worker threads included, on a fresh clone after `npm ci`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'tsup';

export const ROOT = resolve(import.meta.dirname, '..');

export async function buildCli(name: string): Promise<string> {
  const outDir = join(ROOT, 'test-artifacts', `cli-build-${name}`);
  mkdirSync(outDir, { recursive: true });
  await build({
    config: false,
    entry: { cli: join(ROOT, 'src/cli/main.ts'), worker: join(ROOT, 'src/cli/worker.ts') },
    outDir,
    format: ['esm'],
    target: 'node20',
    clean: true,
    silent: true,
    banner: { js: '#!/usr/bin/env node' },
  });
  return join(outDir, 'cli.js');
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command with `args` in `cwd`, feeding `stdin` if given. */
export function runCli(cli: string, args: string[], opts: { cwd?: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1', ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
