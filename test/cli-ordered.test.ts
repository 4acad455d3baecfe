import { describe, expect, it } from 'vitest';
import { runOrdered } from '../src/cli/ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runOrdered', () => {
  it('emits in input order although later items finish first, never holding more than the window', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const emitted: number[] = [];
    async function* items() {
      for (let i = 0; i < 40; i++) yield i;
    }
    await runOrdered(
      items(),
      async (i) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await sleep((i * 7) % 11); // scrambled completion order
        return i;
      },
      async (i) => {
        inFlight--;
        emitted.push(i);
      },
      5,
    );
    expect(emitted).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(maxInFlight).toBeLessThanOrEqual(5);
  });

  it('emits a result before the input ends', async () => {
    const emitted: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* items() {
      yield 'a';
      await gate; // the input pauses until 'a' has been emitted
      yield 'b';
    }
    await runOrdered(items(), async (x) => x, async (x) => {
      emitted.push(x);
      if (x === 'a') release();
    }, 8);
    expect(emitted).toEqual(['a', 'b']);
  });

  it('stops reading and rethrows when emitting fails', async () => {
    let read = 0;
    async function* items() {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield i;
      }
    }
    await expect(runOrdered(items(), async (i) => i, async (i) => {
      if (i === 3) throw new Error('disk full');
    }, 4)).rejects.toThrow('disk full');
    expect(read).toBeLessThan(20);
  });
});
