/**
 * `npm run bench` (builds first): measures the BUILT library (dist/) in one process and one run.
 *  1. throughput on real news: full pipeline vs compromise's `nlp(text)` alone, same texts;
 *  2. per-phase time (document model incl. compromise tagging, each record stage, validation);
 *  3. ms per KB at 10 KB, 100 KB, 1 MB and 5 MB (concatenated corpus articles);
 *  4. cold start of `node dist/cli.js fixtures/reference-article.txt`;
 *  5. memory (child processes with --expose-gc): peak for a 1 MB article, heap after 2,000 articles.
 * KB = 1,000 characters throughout (inputs are sized in JavaScript characters, the unit of offsets).
 * Flags: --quick (fewer texts, no 5 MB), --rounds N (throughput passes, best kept; default 2).
 * Writes bench/results/latest.json (gitignored).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import nlp from 'compromise';
import { createExtractor } from '../dist/index.js';
import { CORPUS_DIR, concatenated, loadCorpus } from './corpus.mjs';
import { printReport } from './report.mjs';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ROUNDS = Number(args[args.indexOf('--rounds') + 1]) || 2;
const extractor = createExtractor({ maxInputLength: 6_000_000 });
const kbOf = (texts) => texts.reduce((n, t) => n + t.length, 0) / 1000;

/** Wall time of fn over all texts, in ms. */
function timeAll(texts, fn) {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - t0;
}

function throughput(texts) {
  const warm = texts.slice(0, 20);
  for (const t of warm) { nlp(t); extractor.extract(t); }
  const kb = kbOf(texts);
  const best = { compromise: Infinity, pipeline: Infinity };
  let phases = {};
  for (let r = 0; r < ROUNDS; r++) {
    best.compromise = Math.min(best.compromise, timeAll(texts, (t) => nlp(t)));
    const ph = {};
    const timing = (p, ms) => (ph[p] = (ph[p] ?? 0) + ms);
    const ms = timeAll(texts, (t) => extractor.extract(t, {}, { timing }));
    if (ms < best.pipeline) { best.pipeline = ms; phases = ph; }
  }
  const rate = (ms) => ({ ms: +ms.toFixed(0), kbPerSec: +(kb / (ms / 1000)).toFixed(1), docsPerSec: +(texts.length / (ms / 1000)).toFixed(1) });
  return {
    docs: texts.length, kb: +kb.toFixed(1), rounds: ROUNDS,
    compromiseFedAs: 'nlp(text) once per whole document, result discarded',
    compromise: rate(best.compromise), pipeline: rate(best.pipeline),
    ratio: +(best.compromise / best.pipeline).toFixed(2),
    phases: Object.fromEntries(Object.entries(phases).map(([p, ms]) => [p, { ms: +ms.toFixed(0), pct: +((100 * ms) / best.pipeline).toFixed(1), msPerKB: +(ms / kb).toFixed(3) }])),
  };
}

function scaling(docs) {
  const plan = [[10_000, QUICK ? 10 : 30], [100_000, QUICK ? 2 : 5], [1_000_000, QUICK ? 1 : 2]];
  if (!QUICK) plan.push([5_000_000, 1]);
  const rows = [];
  for (const [size, count] of plan) {
    const inputs = concatenated(docs, size, count);
    extractor.extract(inputs[0].slice(0, 5000)); // keep the JIT warm between sizes
    const ms = timeAll(inputs, (t) => extractor.extract(t));
    rows.push({ chars: size, inputs: count, ms: +ms.toFixed(0), msPerKB: +(ms / kbOf(inputs)).toFixed(3) });
  }
  const base = rows[0].msPerKB;
  for (const r of rows) r.vs10KB = +(r.msPerKB / base).toFixed(2);
  return rows;
}

function coldStart(runs = 5) {
  const times = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['dist/cli.js', 'fixtures/reference-article.txt'], { cwd: ROOT, encoding: 'utf8' });
    times.push(performance.now() - t0);
    status ||= r.status;
  }
  times.sort((a, b) => a - b);
  return { command: 'node dist/cli.js fixtures/reference-article.txt', runs, exitStatus: status, medianMs: +times[runs >> 1].toFixed(0), maxMs: +times[runs - 1].toFixed(0) };
}

function child(...a) {
  const r = spawnSync(process.execPath, ['--expose-gc', join(import.meta.dirname, 'memory.mjs'), ...a], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) return { error: (r.stderr || `exit ${r.status}`).trim().split('\n').pop() };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const result = { when: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadavg: os.loadavg().map((x) => +x.toFixed(2)), quick: QUICK, corpusDir: CORPUS_DIR };
const docs = loadCorpus(QUICK ? 0.3 : 1);
if (!docs) {
  console.error(`bench: corpora not found in ${CORPUS_DIR} (set NEWS_CORPORA): skipping throughput, scaling and memory; measuring cold start only.`);
} else {
  console.error(`bench: ${docs.length} articles from ${CORPUS_DIR}`);
  console.error('bench: throughput...');
  result.throughput = throughput(docs.map((d) => d.text));
  console.error('bench: scaling...');
  result.scaling = scaling(docs);
  console.error('bench: memory...');
  result.memory = { peak1MB: child('peak', '1000000'), flat: child('flat', QUICK ? '500' : '2000') };
}
console.error('bench: cold start...');
result.coldStart = coldStart();
result.targets = targets(result);

mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'latest.json'), JSON.stringify(result, null, 2) + '\n');
printReport(result);

function targets(r) {
  const t = [];
  if (r.throughput) t.push({ target: 'pipeline ≥ 0.7 × compromise alone (KB/s)', value: r.throughput.ratio, pass: r.throughput.ratio >= 0.7 });
  for (const row of r.scaling ?? []) {
    if (row.chars >= 1_000_000) t.push({ target: `ms/KB at ${row.chars / 1e6} MB ≤ 1.5 × at 10 KB`, value: row.vs10KB, pass: row.vs10KB <= 1.5 });
  }
  const flat = r.memory?.flat;
  if (flat && !flat.error) t.push({ target: 'heap flat over 2,000 articles (growth < 10%)', value: `${flat.growthMB} MB`, pass: flat.growthPct < 10 });
  t.push({ target: 'cold start < 1 s (median)', value: `${r.coldStart.medianMs} ms`, pass: r.coldStart.medianMs < 1000 && r.coldStart.exitStatus === 0 });
  return t;
}
