/**
 * Child process of the bench (run with --expose-gc): `peak <chars>` extracts one article of that
 * size built from the corpus and reports peak RSS and heap; `flat <count>` extracts `count` short
 * articles after a warm-up and compares the heap after warm-up with the heap at the end. Prints one JSON line.
 */
import { createExtractor } from '../dist/index.js';
import { concatenated, loadCorpus, shortArticles } from './corpus.mjs';

const [mode, arg] = process.argv.slice(2);
const gc = globalThis.gc ?? (() => {});
const mb = (bytes) => +(bytes / 1048576).toFixed(1);
const extractor = createExtractor({ maxInputLength: 6_000_000 });

if (mode === 'peak') {
  const text = concatenated(loadCorpus(), Number(arg), 1)[0];
  extractor.extract('Warm-up: the minister said on Monday that talks would resume.');
  gc();
  const before = process.memoryUsage();
  // Sample the heap between phases: the peak inside a synchronous extract is not observable otherwise.
  let heapPeak = before.heapUsed;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  const result = extractor.extract(text, {}, { timing: sample });
  sample();
  const afterNoGc = process.memoryUsage();
  gc();
  const retained = process.memoryUsage();
  const records = ['entities', 'dates', 'claims', 'stances', 'deadlines'].reduce((n, k) => n + result[k].length, 0);
  console.log(JSON.stringify({
    chars: text.length, records,
    rssBeforeMB: mb(before.rss), rssPeakMB: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
    heapBeforeMB: mb(before.heapUsed), heapPeakSampledMB: mb(heapPeak), heapAfterNoGcMB: mb(afterNoGc.heapUsed),
    heapRetainedWithResultMB: mb(retained.heapUsed),
  }));
} else if (mode === 'flat') {
  const count = Number(arg);
  // Warm-up first (compiled code and lazily built indexes settle after ~1,500 articles: see
  // bench/heap-steps.mjs), then `count` articles measured.
  const warm = Math.min(1500, count);
  const texts = shortArticles(warm + count);
  for (const t of texts.slice(0, warm)) extractor.extract(t);
  gc(); gc();
  const heapWarm = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (const t of texts.slice(warm)) extractor.extract(t);
  const ms = performance.now() - t0;
  gc(); gc();
  const heapEnd = process.memoryUsage().heapUsed;
  console.log(JSON.stringify({
    articles: count, warmUp: warm, gcExposed: typeof globalThis.gc === 'function',
    heapAfterWarmUpMB: mb(heapWarm), heapAfterAllMB: mb(heapEnd), growthMB: mb(heapEnd - heapWarm),
    growthPct: +((100 * (heapEnd - heapWarm)) / heapWarm).toFixed(1), seconds: +(ms / 1000).toFixed(1),
  }));
} else {
  console.error('usage: node --expose-gc bench/memory.mjs peak <chars> | flat <count>');
  process.exit(2);
}
