/**
 * Property-based tests (fast-check, bounded runs so CI stays fast): whatever the text, `extract`
 * either returns a schema-valid document whose every span slices out of the input, the same one on
 * every call and from every extractor, or throws an ExtractError for binary or oversized input.
 * The document model's own invariants (sentences and tokens cover the text in order) are checked too.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, createExtractor, ExtractError, ExtractionSchema } from '../src/index.js';
import { newsText } from './support/generators.js';

const REFERENCE = readFileSync(join(import.meta.dirname, '../fixtures/reference-article.txt'), 'utf8');
const first = createExtractor();
const second = createExtractor();

/** Every {start, end, text} object anywhere in `value`. */
function spans(value: unknown, out: { start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) spans(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push(o as never);
    for (const v of Object.values(o)) spans(v, out);
  }
  return out;
}

/** The property every input must satisfy. */
function checkExtract(text: string): void {
  let out;
  try {
    out = first.extract(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ExtractError);
    expect(['BINARY', 'TOO_LARGE']).toContain((e as ExtractError).code);
    return;
  }
  const parsed = ExtractionSchema.safeParse(out);
  expect(parsed.success, parsed.error?.message).toBe(true);
  for (const s of spans(out)) expect(text.slice(s.start, s.end)).toBe(s.text);
  expect(first.extract(text)).toEqual(out);
  expect(second.extract(text)).toEqual(out);
}

/** Sentences and tokens are ordered, disjoint, slice exactly, and cover every non-space character. */
function checkDocument(text: string): void {
  const doc = buildDocument(text);
  let prevEnd = doc.bodyStart;
  let tokenIndex = 0;
  for (const [i, s] of doc.sentences.entries()) {
    expect(s.i).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(prevEnd, s.start).trim()).toBe(''); // nothing but space between sentences
    expect(text.slice(s.start, s.end)).toBe(s.text);
    let at = s.start;
    for (const t of s.tokens) {
      expect(t.i).toBe(tokenIndex++);
      expect(t.sentence).toBe(i);
      expect(t.start).toBeGreaterThanOrEqual(at);
      expect(t.end).toBeGreaterThan(t.start);
      expect(text.slice(at, t.start).trim()).toBe('');
      expect(text.slice(t.start, t.end)).toBe(t.text);
      at = t.end;
    }
    expect(at).toBeLessThanOrEqual(s.end);
    expect(text.slice(at, s.end).trim()).toBe('');
    prevEnd = s.end;
  }
  expect(text.slice(prevEnd).trim()).toBe('');
  expect(doc.tokens.length).toBe(tokenIndex);
}

// ---- arbitraries -------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates and controls included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: codeUnit, maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

const WORDS = [
  'the', 'minister', 'said', 'on', 'Monday', 'that', 'talks', 'would', 'resume', 'in', 'Geneva', 'U.S.', 'Gen.', 'Jan.', '5',
  'deadline', 'two-week', 'tariffs', 'of', '10%', '$4.5', 'billion', 'Ruritania', 'condemned', 'accused', 'called', 'for',
  'according', 'to', 'officials', 'Reuters', '2025-06-21', 'June', '21,', '1996', 'next', 'week', 'by', 'Friday', 'or', 'face',
  'sanctions', 'Prime', 'Minister', 'Maria', 'Okafor', 'Pakistan’s', 'it’s', 'Dr.', 'Smith', 'warned', 'not', '—', '–', '“', '”', '"',
  '(', ')', ',', '.', '?', '!', ':', ';', '…', '\n', '\n\n', '\r\n', '\u00a0', 'WASHINGTON,', 'date', 'Date:',
];
const newsLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 300 }).map((ws) => ws.join(' '));
const newsGlued = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '', '  ', '\n', '\t')), { maxLength: 300 })
  .map((ps) => ps.map(([w, sep]) => w + sep).join(''));

const HTML = ['<p>', '</p>', '<div class="story">', '</div>', '<br>', '<br/>', '&amp;', '&nbsp;', '&#8220;', '<!--', '-->', '<script>', '</script>',
  'var a = "<b>";', '<a href="https://news.example/x?a=1&b=2">', '</a>', '<![CDATA[', ']]>', '<img alt="Gen. Munir">', '<', '>', '/>'];
const htmlFragment = fc.array(fc.oneof(fc.constantFrom(...HTML), fc.constantFrom(...WORDS)), { maxLength: 200 }).map((xs) => xs.join(''));

const longToken = fc.tuple(
  fc.constantFrom('a', 'Z', '9', '/', '.', '-', '’', 'é', '😀', '\u0301'),
  fc.integer({ min: 500, max: 6000 }),
  fc.constantFrom('', ' The minister said so.', 'Talks resume on Monday. '),
).map(([unit, n, context]) => context + unit.repeat(n) + context);

type Edit = { kind: 'insert' | 'delete' | 'replace' | 'duplicate'; at: number; len: number; str: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate'),
  at: fc.nat(),
  len: fc.nat({ max: 80 }),
  str: fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...WORDS), fc.constantFrom(...HTML)),
});

function mutate(text: string, edits: Edit[]): string {
  for (const e of edits) {
    const at = text.length ? e.at % (text.length + 1) : 0;
    const end = Math.min(text.length, at + e.len);
    if (e.kind === 'insert') text = text.slice(0, at) + e.str + text.slice(at);
    else if (e.kind === 'delete') text = text.slice(0, at) + text.slice(end);
    else if (e.kind === 'replace') text = text.slice(0, at) + e.str + text.slice(end);
    else text = text.slice(0, end) + text.slice(at, end) + text.slice(end);
  }
  return text;
}
const mutatedReference = fc.array(edit, { minLength: 1, maxLength: 12 }).map((edits) => mutate(REFERENCE, edits));

// ---- properties --------------------------------------------------------------------------------

const CASES: [string, fc.Arbitrary<string>, number][] = [
  ['random Unicode', anyUnicode, 300],
  ['random news-like text', newsLike, 100],
  ['news-like words with odd spacing', newsGlued, 100],
  ['HTML fragments', htmlFragment, 100],
  ['very long tokens', longToken, 30],
  ['mutations of the reference article', mutatedReference, 30],
];

describe('extract on arbitrary text', () => {
  for (const [name, arb, numRuns] of CASES) {
    it(`${name}: never throws (but ExtractError), valid schema, exact spans, deterministic`, () => {
      fc.assert(fc.property(arb, checkExtract), { numRuns, seed: 20250621 ^ numRuns });
    });
  }

  it('refuses binary input with an ExtractError, not a crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), (s, at) => {
        const i = at % (s.length + 1);
        expect(() => first.extract(s.slice(0, i) + '\u0000' + s.slice(i))).toThrowError(ExtractError);
      }),
      { numRuns: 50 },
    );
  });
});

describe('document model on arbitrary text', () => {
  for (const [name, arb, numRuns] of CASES) {
    it(`${name}: sentences and tokens are ordered, exact and cover the text`, () => {
      fc.assert(fc.property(arb, checkDocument), { numRuns, seed: 7 ^ numRuns });
    });
  }
});

describe('compromise tagging in chunks', () => {
  it('gives each word the tags it gets when its sentence is tagged alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
        const text = newsText(3000, seed);
        const doc = buildDocument(text);
        for (const s of doc.sentences) {
          const alone = buildDocument(text.slice(0, s.start).replace(/\S/g, ' ') + s.text).tokens;
          const words = (ts: readonly { text: string; tags: readonly string[] }[]) =>
            ts.filter((t) => /\p{L}/u.test(t.text)).map((t) => `${t.text}:${[...t.tags].sort().join(',')}`);
          expect(words(s.tokens)).toEqual(words(alone));
        }
      }),
      { numRuns: 8 },
    );
  });
});
