// How the `extract` command scales with workers, on a batch large enough that each worker's start-up
// (loading the code, V8 compiling it) is a small part of the run. Runs the built command on a JSONL
// corpus, output discarded, and times:
//   --jobs 1            (one worker; V8's background compiler and GC threads free to use the other core)
//   --jobs 1, one core  (the same pinned to one CPU with taskset: one worker, one core)
//   --jobs 2            (two workers, both cores)
// and prints docs/s and the ratios. Both readings of "2 workers on 2 cores vs 1 worker" are given.
// Usage: node bench/cli-scaling.mjs [JSONL=../shared/corpora/claims-dev.jsonl] [--reps N] [--limit N]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const reps = opt('--reps', 2);
const limit = opt('--limit', Infinity);
const corpus = args.find((a) => a.endsWith('.jsonl')) ?? resolve(root, '../shared/corpora/claims-dev.jsonl');
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}
const cli = join(root, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'extract-scaling-'));
const input = join(work, 'batch.jsonl');
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, limit);
writeFileSync(input, lines.join('\n') + '\n');
const kb = lines.reduce((n, l) => n + JSON.parse(l).text.length, 0) / 1024;
const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

function run(label, cmd, argv) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'ignore'] });
  const secs = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(22)} ${secs.toFixed(2)} s  ${(lines.length / secs).toFixed(1)} docs/s  (exit ${r.status}, load ${loadavg()[0].toFixed(1)})`);
  return secs;
}

console.log(`${lines.length} documents, ${kb.toFixed(0)} KB, ${cpus().length} cores`);
const best = { one: Infinity, pinned: Infinity, two: Infinity };
const base = [cli, '--quiet', '--input', 'jsonl'];
for (let i = 0; i < reps; i++) {
  best.one = Math.min(best.one, run('--jobs 1', process.execPath, [...base, '--jobs', '1', input]));
  if (hasTaskset) best.pinned = Math.min(best.pinned, run('--jobs 1 on one core', 'taskset', ['-c', '0', process.execPath, ...base, '--jobs', '1', input]));
  best.two = Math.min(best.two, run('--jobs 2', process.execPath, [...base, '--jobs', '2', input]));
}
console.log(`best: --jobs 2 is ${(best.one / best.two).toFixed(2)}x --jobs 1` + (hasTaskset ? `, ${(best.pinned / best.two).toFixed(2)}x --jobs 1 on one core` : ' (no taskset: pinned run skipped)'));
rmSync(work, { recursive: true, force: true });
