/**
 * Progress bar and final summary on stderr, for batches on a terminal only (never with --quiet or
 * when stderr is a pipe, so logs stay clean). cli-progress is loaded only when it will be shown.
 */
import type { TaskError } from './inputs.js';

export interface Tally {
  documents: number;
  skipped: number;
  records: Record<string, number>;
  failures: Map<string, number>;
}

export function newTally(): Tally {
  return { documents: 0, skipped: 0, records: {}, failures: new Map() };
}

export function countDone(t: Tally, counts: Record<string, number>): void {
  t.documents++;
  for (const [k, n] of Object.entries(counts)) t.records[k] = (t.records[k] ?? 0) + n;
}

export function countFailure(t: Tally, error: TaskError): void {
  t.failures.set(error.code, (t.failures.get(error.code) ?? 0) + 1);
}

export interface Progress {
  tick(): void;
  stop(): void;
}

export async function startProgress(total: number | null, stream: NodeJS.WriteStream): Promise<Progress> {
  const { SingleBar } = (await import('cli-progress')).default;
  const started = Date.now();
  const format = total === null
    ? '{value} documents | {rate} docs/s | {duration_formatted}'
    : '{bar} {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}';
  const bar = new SingleBar({ format, stream, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 5, barCompleteChar: '\u2588', barIncompleteChar: '\u2591' });
  bar.start(total ?? 0, 0, { rate: '0.0' });
  let done = 0;
  return {
    tick() {
      done++;
      const secs = (Date.now() - started) / 1000;
      bar.update(done, { rate: secs > 0 ? (done / secs).toFixed(1) : '0.0' });
    },
    stop() {
      bar.stop();
    },
  };
}

export function formatSummary(t: Tally, seconds: number): string {
  const failed = [...t.failures.values()].reduce((a, b) => a + b, 0);
  const kinds = Object.entries(t.records).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const reasons = [...t.failures.entries()].map(([code, n]) => `${code} ${n}`).join(', ');
  const rate = seconds > 0 ? ` in ${seconds.toFixed(1)} s (${(t.documents / seconds).toFixed(1)} docs/s)` : '';
  return [
    `${t.documents} documents extracted${t.skipped ? `, ${t.skipped} skipped (up to date)` : ''}, ${failed} failed${rate}`,
    `records: ${kinds}`,
    ...(failed ? [`failures: ${reasons}`] : []),
  ].join('\n') + '\n';
}
