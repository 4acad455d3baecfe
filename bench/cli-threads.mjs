// Where the CPU of a batch goes, per thread (Linux only: reads /proc): runs the built command on the
// same articles as cli-batch.mjs with --jobs 1 and --jobs 2 and sums, for each run, the CPU time of
// the worker threads (the N busiest) and of every other thread (main thread, V8's background
// compiler and GC helpers, libuv). With --jobs 1 the other threads already use part of the second
// core, which is what bounds the --jobs 2 speed-up on two cores.
// Usage: node bench/cli-threads.mjs [CORPORA_DIR=../shared/corpora] [--reps N] [-- node flags...]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash < 0 ? argv : argv.slice(0, dash);
const nodeFlags = dash < 0 ? [] : argv.slice(dash + 1);
const corpora = own.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? resolve(root, '../shared/corpora');
const reps = Number(own[own.indexOf('--reps') + 1]) || 2;
const work = mkdtempSync(join(tmpdir(), 'extract-threads-'));
const articles = join(work, 'articles');
mkdirSync(articles);
const lines = (file, n) => readFileSync(join(corpora, file), 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l));
const docs = [...lines('temporal-dev.jsonl', 256), ...lines('claims-dev.jsonl', 41)];
for (const d of docs) writeFileSync(join(articles, `${String(d.id).replace(/[^\w.-]+/g, '_')}.txt`), d.text);
const TICK_MS = 10; // USER_HZ = 100 on Linux

/** CPU ms of each thread of `pid`, by thread id (user + system, fields 14 and 15 of stat). */
function threadCpu(pid, into) {
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(tid, (Number(f[11]) + Number(f[12])) * TICK_MS);
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

async function run(jobs) {
  const out = join(work, `out-${jobs}-${Math.random().toString(36).slice(2)}`);
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, join(root, 'dist/cli.js'), '--quiet', '--jobs', String(jobs), '--out', out, articles], { stdio: 'ignore' });
  const cpu = new Map();
  const timer = setInterval(() => threadCpu(child.pid, cpu), 50);
  await new Promise((done) => child.on('exit', done));
  clearInterval(timer);
  const wall = performance.now() - t0;
  const per = [...cpu.values()].sort((a, b) => b - a);
  const workers = per.slice(0, jobs).reduce((a, b) => a + b, 0);
  const total = per.reduce((a, b) => a + b, 0);
  console.log(`--jobs ${jobs}: wall ${(wall / 1000).toFixed(2)} s; CPU ${(total / 1000).toFixed(2)} s = worker threads ${(workers / 1000).toFixed(2)} s + other threads ${((total - workers) / 1000).toFixed(2)} s`);
  return { wall, workers, total };
}

console.log(`${docs.length} articles; node flags: ${nodeFlags.join(' ') || '(none)'}; samples the last CPU reading of each thread every 50 ms`);
for (let i = 0; i < reps; i++) {
  const one = await run(1);
  const two = await run(2);
  // On an idle 2-core machine: --jobs 1 takes at least its worker thread's CPU, --jobs 2 at least half its total CPU.
  console.log(`  bound on 2 idle cores: --jobs 2 speed-up ≤ ${(one.workers / Math.max(two.total / 2, two.workers / 2)).toFixed(2)}x`);
}
rmSync(work, { recursive: true, force: true });
