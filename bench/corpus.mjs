/**
 * Bench inputs: real news from ../shared/corpora (never copied into the repo). Texts are read at
 * run time only; when the corpora are absent the bench says so and skips the corpus sections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(process.env.NEWS_CORPORA ?? join(import.meta.dirname, '../../shared/corpora'));

/** News prose first (temporal: 1989–2000 newswire; claims: 2016 election coverage). */
const FILES = [
  { file: 'temporal-dev.jsonl', limit: Infinity },
  { file: 'claims-dev.jsonl', limit: 200 },
];

/** Texts of the throughput corpus, or null when the corpora are absent. */
export function loadCorpus(scale = 1) {
  if (!FILES.some((f) => existsSync(join(CORPUS_DIR, f.file)))) return null;
  const docs = [];
  for (const { file, limit } of FILES) {
    const path = join(CORPUS_DIR, file);
    if (!existsSync(path)) continue;
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    const n = Math.min(lines.length, Math.ceil(limit * scale));
    for (const line of lines.slice(0, n)) {
      const { id, text } = JSON.parse(line);
      if (typeof text === 'string' && text.trim()) docs.push({ id: `${file}:${id}`, text });
    }
  }
  return docs;
}

/** Short articles for the memory run: every corpus, cycled to `count` texts. */
export function shortArticles(count) {
  const docs = [];
  for (const file of ['entities-dev.jsonl', 'temporal-dev.jsonl', 'claims-dev.jsonl']) {
    const path = join(CORPUS_DIR, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
      const { text } = JSON.parse(line);
      if (text && text.length <= 8000) docs.push(text);
    }
  }
  if (!docs.length) return null;
  return Array.from({ length: count }, (_, i) => docs[i % docs.length]);
}

/**
 * `count` distinct inputs of exactly `size` characters, each made by concatenating whole articles
 * (blank line between them) from successive positions in the corpus, cut at a space near `size`
 * and padded with the next article's words so the length is exact. Cycles when the corpus is short.
 */
export function concatenated(docs, size, count) {
  const out = [];
  let k = 0;
  for (let c = 0; c < count; c++) {
    const parts = [];
    let len = 0;
    while (len < size) {
      const t = docs[k++ % docs.length].text;
      parts.push(t);
      len += t.length + 2;
    }
    out.push(parts.join('\n\n').slice(0, size));
  }
  return out;
}
