/**
 * Runs jobs on worker threads (one extractor per thread), or in-process for a single document,
 * where starting a thread would only add to the cold start.
 */
import { Worker } from 'node:worker_threads';
import type { Done, Job, Settings } from './process.js';

export interface Runner {
  run(job: Job): Promise<Done>;
  close(): Promise<void>;
}

/** A configuration the library refused: a usage error (exit 2), reported once. */
export class ConfigError extends Error {}

export async function inlineRunner(settings: Settings): Promise<Runner> {
  const { makeProcessor } = await import('./process.js');
  let processJob: (job: Job) => Done;
  try {
    processJob = makeProcessor(settings);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  return { run: async (job) => processJob(job), close: async () => {} };
}

interface Slot {
  worker: Worker;
  job: Job | null;
  resolve: ((d: Done) => void) | null;
}

export async function workerRunner(settings: Settings, size: number): Promise<Runner> {
  const url = new URL('./worker.js', import.meta.url);
  const queue: { job: Job; resolve: (d: Done) => void }[] = [];
  const slots: Slot[] = [];
  const created: Worker[] = [];

  const spawn = (): Promise<Slot> =>
    new Promise((ok, fail) => {
      const slot: Slot = { worker: new Worker(url, { workerData: settings }), job: null, resolve: null };
      created.push(slot.worker);
      slot.worker.once('message', (m: { ready: boolean; message?: string }) => {
        if (!m.ready) return fail(new ConfigError(m.message));
        slot.worker.on('message', (done: Done) => finish(slot, done));
        ok(slot);
      });
      slot.worker.on('error', (err) => {
        const i = slots.indexOf(slot);
        if (i < 0) return fail(err); // failed while starting
        // A crash (e.g. out of memory) fails the job it held; the thread is replaced. The slot leaves
        // the pool first so that no job is handed to the dead thread meanwhile.
        slots.splice(i, 1);
        const job = slot.job;
        if (job) finish(slot, { seq: job.seq, ok: false, error: { code: 'INTERNAL', message: `worker crashed: ${err.message.split('\n')[0]}` } });
        void spawn().then((s) => { slots.push(s); pump(); }, () => failQueue('no worker thread could be restarted'));
      });
    });

  function failQueue(message: string): void {
    for (const { job, resolve } of queue.splice(0)) resolve({ seq: job.seq, ok: false, error: { code: 'INTERNAL', message } });
  }

  function finish(slot: Slot, done: Done): void {
    const resolve = slot.resolve;
    slot.job = null;
    slot.resolve = null;
    resolve?.(done);
    pump();
  }

  function pump(): void {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue;
      const next = queue.shift()!;
      slot.job = next.job;
      slot.resolve = next.resolve;
      slot.worker.postMessage(next.job);
    }
  }

  try {
    slots.push(...(await Promise.all(Array.from({ length: size }, spawn))));
  } catch (err) {
    await Promise.all(created.map((w) => w.terminate()));
    throw err;
  }
  return {
    run: (job) => new Promise((resolve) => { queue.push({ job, resolve }); pump(); }),
    close: async () => { await Promise.all(created.map((w) => w.terminate())); },
  };
}
