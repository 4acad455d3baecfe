/**
 * Ordered concurrency: starts work on items as they arrive, keeps at most `window` results not yet
 * emitted, and emits each result in input order as soon as it and all before it are ready. The
 * window bounds memory on an endless stream; emitting early keeps a pipe responsive (a line is
 * answered before the next one arrives).
 */
export async function runOrdered<T, R>(
  items: AsyncIterable<T>,
  start: (item: T) => Promise<R>,
  emit: (result: R) => Promise<void>,
  window: number,
): Promise<void> {
  const queue: Promise<R>[] = [];
  let inputDone = false;
  let failed: { error: unknown } | null = null;
  let wakeEmitter: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  const wake = (which: 'emitter' | 'reader') => {
    const fn = which === 'emitter' ? wakeEmitter : wakeReader;
    if (which === 'emitter') wakeEmitter = null;
    else wakeReader = null;
    fn?.();
  };

  const emitter = (async () => {
    for (;;) {
      if (queue.length === 0) {
        if (inputDone) return;
        await new Promise<void>((resolve) => (wakeEmitter = resolve));
        continue;
      }
      const result = await queue[0]!;
      queue.shift();
      wake('reader');
      await emit(result);
    }
  })().catch((error: unknown) => {
    failed = { error };
    wake('reader');
  });

  try {
    for await (const item of items) {
      if (failed) break;
      queue.push(start(item));
      wake('emitter');
      while (queue.length >= window && !failed) await new Promise<void>((resolve) => (wakeReader = resolve));
    }
  } finally {
    inputDone = true;
    wake('emitter');
    await emitter;
  }
  if (failed) throw (failed as { error: unknown }).error;
}
