// Heap after GC at checkpoints while extracting many short articles in one process: a leak grows
// with the count; warm-up (compiled code, lazily built lexicon indexes) levels off.
//   node --expose-gc bench/heap-steps.mjs [total] [step]
import { createExtractor } from '../dist/index.js';
import { shortArticles } from './corpus.mjs';

const [total = 6000, step = 1000] = process.argv.slice(2).map(Number);
const gc = globalThis.gc ?? (() => {});
const extractor = createExtractor();
const texts = shortArticles(total);
const rows = [];
for (let i = 0; i < total; i++) {
  extractor.extract(texts[i]);
  if ((i + 1) % step === 0) {
    gc();
    gc();
    rows.push({ articles: i + 1, heapMB: +(process.memoryUsage().heapUsed / 1048576).toFixed(1) });
  }
}
console.log(JSON.stringify(rows));
