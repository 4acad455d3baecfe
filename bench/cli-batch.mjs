// Batch behaviour of the built command (npm run build first), on the development corpora:
//  1. 297 real articles + 3 bad files: every good output written, the bad ones named, exit 1;
//  2. a run killed half-way, then --resume: finished files not redone, no corrupt output;
//  3. throughput with --jobs 1 vs --jobs 2.
// Usage: node bench/cli-batch.mjs [CORPORA_DIR=../shared/corpora] [--reps N]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli.js');
const argv = process.argv.slice(2);
const repsAt = argv.indexOf('--reps');
const reps = repsAt >= 0 ? Number(argv[repsAt + 1]) || 2 : 2;
// The corpora folder is the one argument that is neither an option nor the value of --reps.
const corpora = argv.find((a, i) => !a.startsWith('--') && i !== repsAt + 1) ?? resolve(root, '../shared/corpora');
const work = mkdtempSync(join(tmpdir(), 'extract-bench-'));
const articles = join(work, 'articles');
mkdirSync(articles);

const lines = (file, n) => readFileSync(join(corpora, file), 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l));
const docs = [...lines('temporal-dev.jsonl', 256), ...lines('claims-dev.jsonl', 41)];
for (const d of docs) writeFileSync(join(articles, `${String(d.id).replace(/[^\w.-]+/g, '_')}.txt`), d.text);
writeFileSync(join(articles, 'zz-empty.txt'), '');
writeFileSync(join(articles, 'zz-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
writeFileSync(join(articles, 'zz-latin1.txt'), Buffer.from('Caf\xe9 owners protest new tax', 'latin1'));
const kb = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1024;
console.log(`inputs: ${docs.length} articles (${kb.toFixed(0)} KB) + 3 bad files = ${docs.length + 3}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

const outputs = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json'));
const temps = (dir) => readdirSync(dir).filter((f) => f.includes('.tmp-'));
const allParse = (dir) => outputs(dir).every((f) => { try { return typeof JSON.parse(readFileSync(join(dir, f), 'utf8')).id === 'string'; } catch { return false; } });

function run(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { ...r, secs: Number(process.hrtime.bigint() - t) / 1e9 };
}

// 1. A batch with bad files.
const out1 = join(work, 'out1');
const r1 = run(['--quiet', '--jobs', '2', '--out', out1, articles]);
console.log(`\n[batch] exit ${r1.status}; outputs ${outputs(out1).length}/${docs.length}; all parse: ${allParse(out1)}; ${r1.secs.toFixed(1)} s`);
console.log(r1.stderr.trim().split('\n').map((l) => `  stderr: ${l}`).join('\n'));

// 2. Kill half-way, then resume.
const out2 = join(work, 'out2');
mkdirSync(out2);
const child = spawn(process.execPath, [cli, '--quiet', '--jobs', '2', '--out', out2, articles], { stdio: 'ignore' });
await new Promise((done) => {
  const timer = setInterval(() => {
    if (outputs(out2).length >= docs.length / 2) { child.kill('SIGKILL'); clearInterval(timer); }
  }, 20);
  child.on('exit', () => { clearInterval(timer); done(); });
});
const before = new Map(outputs(out2).map((f) => [f, statSync(join(out2, f)).mtimeMs]));
console.log(`\n[kill] killed with ${before.size} outputs written; all parse: ${allParse(out2)}; temporary files left: ${temps(out2).length}`);
const r2 = run(['--quiet', '--jobs', '2', '--out', out2, '--resume', articles]);
const redone = [...before].filter(([f, m]) => statSync(join(out2, f)).mtimeMs !== m).length;
console.log(`[resume] exit ${r2.status}; outputs ${outputs(out2).length}/${docs.length}; finished files redone: ${redone}; all parse: ${allParse(out2)}; temporary files left: ${temps(out2).length}; ${r2.secs.toFixed(1)} s`);

// 3. Throughput, alternating runs so background load hits both settings alike.
const times = { 1: [], 2: [] };
for (let i = 0; i < reps; i++) {
  for (const jobs of [1, 2]) {
    const out = join(work, `tp-${jobs}-${i}`);
    const r = run(['--quiet', '--jobs', String(jobs), '--out', out, articles]);
    times[jobs].push(r.secs);
    console.log(`[throughput] --jobs ${jobs}: ${r.secs.toFixed(2)} s, ${(docs.length / r.secs).toFixed(1)} docs/s (load ${loadavg()[0].toFixed(1)})`);
  }
}
const best = (a) => Math.min(...a);
console.log(`[throughput] best: --jobs 1 ${(docs.length / best(times[1])).toFixed(1)} docs/s, --jobs 2 ${(docs.length / best(times[2])).toFixed(1)} docs/s, ratio ${(best(times[1]) / best(times[2])).toFixed(2)}x`);
rmSync(work, { recursive: true, force: true });
