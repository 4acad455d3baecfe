/**
 * Worker thread entry (dist/worker.js): builds the extractor once, reports `ready` (or the
 * configuration error), then answers jobs one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { makeProcessor, type Job, type Settings } from './process.js';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');

try {
  const processJob = makeProcessor(workerData as Settings);
  port.on('message', (job: Job) => port.postMessage(processJob(job)));
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ ready: false, message: String((err as Error)?.message ?? err).split('\n')[0] });
}
