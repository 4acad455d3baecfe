/**
 * The batch: tasks are read lazily, sent to the runner, and their results written strictly in input
 * order (runOrdered bounds how many are in flight). Failures are named on stderr and counted; the
 * others are still written.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { UsageError, type CliOptions } from './args.js';
import { describe, tasksFrom, type Task, type TaskError } from './inputs.js';
import { countKnown, countTotal, expandInputs, isSingle } from './sources.js';
import { runOrdered } from './ordered.js';
import { isNewer, sweepStaleTemps, writeAtomic, writeOut } from './output.js';
import { ConfigError, inlineRunner, workerRunner, type Runner } from './pool.js';
import type { Done, Settings } from './process.js';
import { countDone, countFailure, formatSummary, newTally, startProgress, type Progress } from './progress.js';
import type { DocSummary } from '../report/summary.js';

export interface Io {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

type Result = { task: Task; name: string | null } & ({ kind: 'done'; done: Done } | { kind: 'skipped'; summary?: DocSummary });

export async function runExtract(o: CliOptions, io: Io): Promise<number> {
  const config = o.config ? await readConfig(o.config) : {};
  const sources = await expandInputs(o.inputs, o.inputMode === 'jsonl');
  const known = countKnown(sources);
  const single = isSingle(o.inputs, sources);
  if (o.format === 'html' && !o.out && !single) throw new UsageError('--format html with several inputs needs --out DIR');
  const settings: Settings = {
    format: o.format,
    color: o.format === 'pretty' && !!io.stdout.isTTY && !io.env.NO_COLOR,
    explain: o.explain,
    toFiles: o.out !== null,
    config,
  };
  // Nothing readable named (only missing paths): answer without loading the extractor.
  const runner = sources.some((s) => s.kind !== 'error') ? await makeRunner(settings, known, o.jobs) : null;
  if (o.out) await sweepStaleTemps(o.out);
  const showProgress = !o.quiet && !!io.stderr.isTTY && !single;
  const progress: Progress | null = showProgress ? await startProgress(known ?? (await countTotal(sources)), io.stderr as NodeJS.WriteStream) : null;
  const tally = newTally();
  const summaries: DocSummary[] = [];
  const usedNames = new Set<string>();
  const ext = o.format === 'html' ? '.html' : '.json';
  const asArray = !o.out && o.format === 'json' && !single;
  let written = 0;
  const started = Date.now();

  async function handle(task: Task): Promise<Result> {
    const name = o.out ? uniqueName(task.outName ?? 'stdin', usedNames) : null;
    if (task.error || task.text === undefined) return { task, name, kind: 'done', done: { seq: task.seq, ok: false, error: task.error! } };
    if (o.resume && name && (await isNewer(join(o.out!, name + ext), task.mtime))) {
      const summary = o.format === 'html' ? await readSummary(join(o.out!, name + '.json'), name) : undefined;
      if (o.format !== 'html' || summary) return { task, name, kind: 'skipped', summary };
    }
    const done = await runner!.run({ seq: task.seq, id: task.id, label: task.label, text: task.text, date: task.date ?? o.date, html: task.html, page: name });
    return { task, name, kind: 'done', done };
  }

  async function emit(r: Result): Promise<void> {
    progress?.tick();
    if (r.kind === 'skipped') {
      tally.skipped++;
      if (r.summary) summaries.push(r.summary);
      return;
    }
    let done = r.done;
    if (done.ok && o.out && r.name) {
      try {
        if (done.json) await writeAtomic(join(o.out, r.name + '.json'), done.json);
        await writeAtomic(join(o.out, r.name + ext), done.output);
        if (done.summary) summaries.push({ ...done.summary, page: r.name + '.html' });
      } catch (err) {
        done = { seq: done.seq, ok: false, error: { ...describe(err), code: 'WRITE' } };
      }
    } else if (done.ok) {
      await writeOut(io.stdout, asArray ? (written ? ',\n' : '[\n') + done.output.trimEnd() : done.output);
      written++;
    }
    if (done.ok) return countDone(tally, done.counts);
    countFailure(tally, done.error);
    // On a terminal with a progress bar, clear its line first so the message stays readable.
    io.stderr.write(`${progress ? '\r\u001b[K' : ''}extract: ${r.task.label}: ${done.error.message} (${done.error.code})\n`);
    if (r.task.line && !o.out && o.format !== 'pretty') await writeErrorLine(r.task, done.error);
  }

  async function writeErrorLine(task: Task, error: TaskError): Promise<void> {
    const rec = JSON.stringify({ id: task.id, source: task.label, error });
    await writeOut(io.stdout, asArray ? (written ? ',\n' : '[\n') + rec : rec + '\n');
    written++;
  }

  try {
    await runOrdered(tasksFrom(sources, io.stdin, o.limit), handle, emit, Math.max(8, o.jobs * 4));
  } finally {
    await runner?.close();
    progress?.stop();
  }
  if (asArray) await writeOut(io.stdout, written ? '\n]\n' : '[]\n');
  if (o.out && o.format === 'html') await writeBatchPages(o.out, summaries);
  if (!o.quiet && io.stderr.isTTY && !single) io.stderr.write(formatSummary(tally, (Date.now() - started) / 1000));
  return tally.failures.size ? 1 : 0;
}

async function makeRunner(settings: Settings, known: number | null, jobs: number): Promise<Runner> {
  try {
    // One document: extract in-process, a worker thread would only add to the start-up time.
    return known === 1 ? await inlineRunner(settings) : await workerRunner(settings, Math.min(jobs, known ?? jobs));
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(`--config: ${err.message}`);
    throw err;
  }
}

async function readConfig(path: string): Promise<Record<string, unknown>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`--config ${path}: ${describe(err).message}`);
  }
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch (err) {
    throw new UsageError(`--config ${path}: invalid JSON: ${(err as Error).message}`);
  }
}

/** Two inputs that map to one output name (same id, same base name) get -2, -3, ... */
function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

async function readSummary(path: string, name: string): Promise<DocSummary | undefined> {
  try {
    const { summarise } = await import('../report/summary.js');
    return summarise(JSON.parse(await readFile(path, 'utf8')), name + '.html');
  } catch {
    return undefined; // unreadable: extract it again
  }
}

async function writeBatchPages(out: string, summaries: DocSummary[]): Promise<void> {
  const { renderBatchPages } = await import('../report/batch.js');
  for (const [file, html] of Object.entries(renderBatchPages(summaries))) await writeAtomic(join(out, file), html);
}
