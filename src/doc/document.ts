/**
 * The document model: built once per article, frozen, and shared by every rule. The original text
 * is never altered; every offset is a JavaScript string index into it.
 */
import type { Span } from '../schema/span.js';
import { findDocDate, type DateSource } from './doc-date.js';
import { tagSentences } from './nlp.js';
import { splitSentences } from './sentences.js';
import { tokenize, type RawToken } from './tokens.js';

export interface Token {
  /** Index in `doc.tokens`. */
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly norm: string;
  /** compromise's tags for the term this token belongs to (Person, Place, Verb, PastTense, ...). */
  readonly tags: readonly string[];
  /** Index in `doc.sentences`. */
  readonly sentence: number;
}

export interface Sentence {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** A headline or dateline in capitals: most of its words (two letters or more) are all upper case. */
  readonly capitals: boolean;
}

export interface Document {
  readonly text: string;
  readonly date: string | null;
  readonly dateSource: DateSource | null;
  /** Start of the body, after a date header (which yields no records). */
  readonly bodyStart: number;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** A span of the original text. */
  span(start: number, end: number): Span;
  /** The sentence holding this offset, if any. */
  sentenceAt(offset: number): Sentence | undefined;
  /** The token starting at or covering this offset, if any. */
  tokenAt(offset: number): Token | undefined;
}

export interface DocumentOptions {
  date?: string | null;
  /** Optional profiling: called with 'document.sentences', 'document.compromise', 'document.tokens'. */
  timing?: (phase: string, ms: number) => void;
}

const NO_TAGS: readonly string[] = Object.freeze([]);

export function buildDocument(text: string, options: DocumentOptions = {}): Document {
  const docDate = findDocDate(text, options.date);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const timing = options.timing;
  const t0 = timing ? performance.now() : 0;
  const ranges = splitSentences(text, docDate.bodyStart);
  const t1 = timing ? performance.now() : 0;
  const tagged = tagSentences(text, ranges);
  const t2 = timing ? performance.now() : 0;
  for (const [k, range] of ranges.entries()) {
    const raw = tokenize(text, range.start, range.end);
    const terms = tagged[k]!;
    const own: Token[] = [];
    let t = 0;
    for (const r of raw) {
      while (t < terms.length && terms[t]!.end <= r.start) t++;
      const term = terms[t];
      const tags = term && term.start <= r.start && r.start < term.end ? term.tags : NO_TAGS;
      own.push(makeToken(text, r, tokens.length + own.length, sentences.length, saidAsVerb(text, r, tags, own.at(-1))));
    }
    tokens.push(...own);
    sentences.push(
      Object.freeze({ i: sentences.length, start: range.start, end: range.end, text: text.slice(range.start, range.end), tokens: Object.freeze(own), capitals: inCapitals(own) }),
    );
  }
  Object.freeze(sentences);
  Object.freeze(tokens);
  if (timing) {
    timing('document.sentences', t1 - t0);
    timing('document.compromise', t2 - t1);
    timing('document.tokens', performance.now() - t2);
  }
  return Object.freeze({
    text,
    date: docDate.date,
    dateSource: docDate.source,
    bodyStart: docDate.bodyStart,
    sentences,
    tokens,
    span: (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) }),
    sentenceAt: (offset: number) => sentences[searchByOffset(sentences, offset)],
    tokenAt: (offset: number) => tokens[searchByOffset(tokens, offset)],
  });
}

const SAID_VERB: readonly string[] = Object.freeze(['Verb', 'PastTense']);
/**
 * compromise now and then tags "said" an adjective ("“It is over,” said Ruiz"); outside legal prose ("the said
 * property", after a determiner) it is the reporting verb, and every claim rule reads it by its Verb tag.
 */
function saidAsVerb(text: string, r: RawToken, tags: readonly string[], prev: Token | undefined): readonly string[] {
  if (r.end - r.start !== 4 || text.slice(r.start, r.end).toLowerCase() !== 'said' || tags.includes('Verb')) return tags;
  return prev?.tags.includes('Determiner') ? tags : SAID_VERB;
}

function makeToken(text: string, r: RawToken, i: number, sentence: number, tags: readonly string[]): Token {
  const s = text.slice(r.start, r.end);
  return Object.freeze({ i, start: r.start, end: r.end, text: s, norm: s.toLowerCase().replace(/’/g, "'"), tags, sentence });
}

/** Index of the item whose [start, end) holds offset, by binary search; -1 when none does. */
function searchByOffset(items: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid]!;
    if (offset < it.start) hi = mid - 1;
    else if (offset >= it.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** Computed once per sentence: every entity rule asks it. */
function inCapitals(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.text.length < 2 || !LETTER.test(t.text)) continue;
    words++;
    if (!LOWER.test(t.text)) caps++;
  }
  return words >= 1 && caps / words > 0.6 && (words >= 2 || caps === words);
}
