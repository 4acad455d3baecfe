/**
 * Hostile and degenerate input: each case must stay linear. Timing is asserted only as RATIOS
 * measured in the same run (the case against ordinary news of the same size, and the case at 10×
 * its size against itself), so a slow or busy machine does not fail it, but quadratic behaviour does.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, ExtractError, STAGES } from '../src/index.js';
import { decodeUtf8 } from '../src/pipeline/input.js';
import { HOSTILE, newsText } from './support/generators.js';
import { expectValid } from './support/valid.js';

const extractor = createExtractor({ maxInputLength: 2_000_000 });

/** ms per 1,000 characters of one extraction. */
function msPerKB(text: string): number {
  const t0 = performance.now();
  extractor.extract(text);
  return (performance.now() - t0) / (text.length / 1000);
}

/**
 * Times `text` and ordinary news of the same size back to back, `pairs` times. The ratio kept is
 * the lowest of the pairs: both halves of a pair see the same machine load, and the least disturbed
 * pair is the best estimate. Returns that ratio and the best ms/KB of each.
 */
function versusNews(text: string, news: string, pairs: number): { ratio: number; perKB: number; newsPerKB: number } {
  let ratio = Infinity;
  let perKB = Infinity;
  let newsPerKB = Infinity;
  for (let i = 0; i < pairs; i++) {
    const n = msPerKB(news);
    const g = msPerKB(text);
    ratio = Math.min(ratio, g / n);
    perKB = Math.min(perKB, g);
    newsPerKB = Math.min(newsPerKB, n);
  }
  return { ratio, perKB, newsPerKB };
}

const SMALL = 5_000;
const LARGE = 50_000;

describe('hostile input stays linear (time per KB as ratios measured in this run)', () => {
  const newsSmall = newsText(SMALL);
  const newsLarge = newsText(LARGE);
  let newsLargePerKB = 0;
  beforeAll(() => {
    extractor.extract(newsText(SMALL, 99)); // warm the JIT and compromise's lazy setup
    newsLargePerKB = versusNews(newsLarge, newsLarge, 2).newsPerKB;
  });

  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`${name}: per KB within 2× news of the same size, and no growth with size`, () => {
      const large = make(LARGE);
      expectValid(large, extractor.extract(large));
      const s = versusNews(make(SMALL), newsSmall, 3);
      const l = versusNews(large, newsLarge, 2);
      const msg = `${name}: ${s.perKB.toFixed(2)} → ${l.perKB.toFixed(2)} ms/KB (×${s.ratio.toFixed(2)}, ×${l.ratio.toFixed(2)} news)`;
      if (process.env.BENCH_LOG) console.log(msg);
      expect(s.ratio, msg).toBeLessThanOrEqual(2);
      expect(l.ratio, msg).toBeLessThanOrEqual(2);
      // 10× the size: quadratic cost would show ~10× per KB. The allowance (a tenth of news's cost
      // per KB) keeps timer noise on very cheap inputs (a few ms in all) from failing it.
      expect(l.perKB, msg).toBeLessThanOrEqual(3 * s.perKB + 0.1 * s.newsPerKB);
    });
  }

  // The sizes named in the issue, once each: they finish, stay valid, and cost no more per KB than news.
  const SPEC: [string, number][] = [
    ['digits and slashes', 1_000_000],
    ['no spaces', 100_000],
    ['"on Monday at 5 " repeated', 150_000],
    ['capitalised words on one line', 1_000_000],
  ];
  for (const [name, size] of SPEC) {
    it(`${name} at ${size / 1000} KB`, () => {
      const text = HOSTILE[name]!(size);
      const t0 = performance.now();
      const out = extractor.extract(text);
      const perKB = (performance.now() - t0) / (size / 1000);
      expectValid(text, out);
      expect(perKB, `${perKB.toFixed(2)} ms/KB vs news ${newsLargePerKB.toFixed(2)}`).toBeLessThanOrEqual(2 * newsLargePerKB);
    });
  }
});

describe('degenerate input', () => {
  it('empty and whitespace-only input give an empty, valid document', () => {
    for (const text of ['', ' ', '\n\n\t  \r\n', '\u00a0\u2003\u3000']) {
      const out = extractor.extract(text);
      expectValid(text, out);
      for (const kind of ['entities', 'dates', 'deadlines', 'stances', 'claims'] as const) expect(out[kind]).toEqual([]);
    }
  });

  it('refuses NUL bytes as binary, wherever they are', () => {
    for (const text of ['abc\u0000def', newsText(20_000) + '\u0000' + newsText(100)]) {
      expect(() => extractor.extract(text)).toThrowError(expect.objectContaining({ name: 'ExtractError', code: 'BINARY' }));
    }
  });

  it('reads the names of Object members as ordinary words (lexicons are looked up by the article\'s words)', () => {
    // "constructor years" once made a date value of Object's constructor function and failed validation.
    const words = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf'];
    const frames = ['W years ago', 'for W weeks', 'on W 5', 'last W', 'every W', 'President W condemned Iran', 'within W days', 'W Minister Ali Khan said', 'the W-led coalition', 'early W'];
    for (const w of words) {
      const text = frames.map((f) => `On Monday, ${f.replaceAll('W', w)}.`).join(' ');
      const out = extractor.extract(text, { date: '2025-06-18' });
      expectValid(text, out);
      for (const d of out.dates) expect(typeof d.value).toBe('string');
    }
  });

  it('reads lone surrogates, control characters and odd line breaks without failing', () => {
    const text = 'The minister \uD800said on Monday\u2028that talks\rwould resume.\u000b Then \uDFFF\u0085he left.';
    expectValid(text, extractor.extract(text));
  });
});

describe('decodeUtf8', () => {
  const bytes = (...xs: number[]) => Uint8Array.from(xs);
  const ascii = (s: string) => [...Buffer.from(s, 'utf8')];

  it('decodes valid UTF-8 and strips a byte order mark', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, ...ascii('Talks “resume” — today')))).toBe('Talks “resume” — today');
  });

  it('refuses invalid sequences with INVALID_UTF8', () => {
    const bad = [
      bytes(...ascii('Talks '), 0xff, 0xfe, ...ascii(' resume')), // bytes never valid in UTF-8
      bytes(0xc0, 0xaf), // overlong "/"
      bytes(0xed, 0xa0, 0x80), // encoded surrogate
      bytes(...ascii('cut short '), 0xe2, 0x80), // truncated sequence at the end
      bytes(0xf8, 0x88, 0x80, 0x80, 0x80), // five-byte form
    ];
    for (const b of bad) expect(() => decodeUtf8(b)).toThrowError(expect.objectContaining({ code: 'INVALID_UTF8' }));
  });

  it('refuses NUL bytes as BINARY', () => {
    expect(() => decodeUtf8(bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01))).toThrowError(expect.objectContaining({ code: 'BINARY' }));
  });
});

describe('maximum input size', () => {
  it('gives a clear error beyond maxInputLength, and accepts input at the limit', () => {
    const small = createExtractor({ maxInputLength: 1000 });
    expectValid('a'.repeat(1000), small.extract('a '.repeat(500)));
    let error: unknown;
    try {
      small.extract('a '.repeat(501));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe('TOO_LARGE');
    expect((error as ExtractError).message).toMatch(/1002 characters exceeds the limit of 1000 \(maxInputLength\)/);
  });

  it('defaults to 5,000,000 characters, refused before any work', () => {
    const huge = 'x'.repeat(5_000_001);
    const t0 = performance.now();
    expect(() => createExtractor().extract(huge)).toThrowError(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses a non-string with NOT_TEXT', () => {
    expect(() => extractor.extract(Buffer.from('text') as unknown as string)).toThrowError(expect.objectContaining({ code: 'NOT_TEXT' }));
  });
});

describe('memory', () => {
  it('keeps the heap flat over many articles (no growth from caches or lexicons)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const texts = Array.from({ length: 30 }, (_, i) => newsText(1500, 100 + i));
    const ex = createExtractor();
    for (const t of texts) ex.extract(t);
    gc();
    gc();
    const warm = process.memoryUsage().heapUsed;
    for (let round = 0; round < 7; round++) for (const t of texts) ex.extract(t.replace('said', `said ${round}`));
    gc();
    gc();
    const growth = process.memoryUsage().heapUsed - warm;
    // 210 articles: a leak of even 25 KB per article would show as 5 MB.
    expect(growth, `heap grew by ${(growth / 1048576).toFixed(1)} MB`).toBeLessThan(5 * 1048576);
  });
});

describe('timing hook', () => {
  it('reports each phase once, in pipeline order, without changing the output', () => {
    const text = newsText(5000, 42);
    const phases: string[] = [];
    const timed = extractor.extract(text, { id: 'x' }, { timing: (phase, ms) => { expect(ms).toBeGreaterThanOrEqual(0); phases.push(phase); } });
    expect(phases).toEqual([
      'document.sentences', 'document.compromise', 'document.tokens', 'document',
      ...STAGES.map((s) => s.kind), 'validate',
    ]);
    expect(timed).toEqual(extractor.extract(text, { id: 'x' }));
  });
});
