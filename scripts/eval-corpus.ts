/**
 * Runs the pipeline over a development corpus and scores it with the maintainers' scorer.
 *   npx tsx scripts/eval-corpus.ts <temporal|entities|claims|stances> [--limit N] [--errors N] [--all] [-- extra scorer args]
 * `--all` (stances) keeps the stances without a holder or target entity, as in the raw output documents.
 * Reads ../shared/corpora/<kind>-dev.jsonl, writes .eval/<kind>.pred.jsonl (and .eval/<kind>.gold.jsonl
 * when --limit cuts the corpus), and prints the scorer's output. Needs ../shared (not in a user's clone).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createExtractor } from '../src/index.js';
import type { Extraction } from '../src/index.js';
import { converters } from './converters/index.js';

const [kind, ...rest] = process.argv.slice(2);
const shared = join(import.meta.dirname, '..', '..', 'shared');
if (!kind || !(kind in converters)) {
  console.error(`usage: eval-corpus.ts <${Object.keys(converters).join('|')}> [--limit N] [--errors N]`);
  process.exit(2);
}
// The stance corpus is named in the singular (stance-dev.jsonl).
const corpus = join(shared, 'corpora', `${kind === 'stances' ? 'stance' : kind}-dev.jsonl`);
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}: the development corpora live in ../shared`);
  process.exit(2);
}
const opt = (name: string) => (rest.includes(name) ? Number(rest[rest.indexOf(name) + 1]) : undefined);
const limit = opt('--limit');
const passthrough = rest.includes('--') ? rest.slice(rest.indexOf('--') + 1) : [];
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, limit ?? Infinity);
const extractor = createExtractor();
const convert = converters[kind as keyof typeof converters] as (out: Extraction, doc: { id: string; text: string }, opts?: { all?: boolean }) => unknown;
const all = rest.includes('--all');
const preds: string[] = [];
const t0 = performance.now();
let chars = 0;
for (const line of lines) {
  const doc = JSON.parse(line) as { id: string; text: string; date?: string };
  chars += doc.text.length;
  let out: Extraction;
  try {
    out = extractor.extract(doc.text, { id: doc.id, date: doc.date ?? null });
  } catch (e) {
    console.error(`${doc.id}: ${(e as Error).message}`);
    continue;
  }
  preds.push(JSON.stringify(convert(out, doc, { all })));
}
const ms = performance.now() - t0;
mkdirSync('.eval', { recursive: true });
const predPath = join('.eval', `${kind}.pred.jsonl`);
writeFileSync(predPath, preds.join('\n') + '\n');
let goldPath = corpus;
if (limit) {
  goldPath = join('.eval', `${kind}.gold.jsonl`);
  writeFileSync(goldPath, lines.join('\n') + '\n');
}
console.error(`${lines.length} documents, ${(chars / 1024).toFixed(0)} KB in ${(ms / 1000).toFixed(1)} s (${(ms / (chars / 1024)).toFixed(2)} ms/KB)`);
// The entities scorer has no --errors option; the others print that many misses.
const errors = kind === 'entities' ? undefined : opt('--errors');
const args = [join(shared, 'eval', `${kind}.mjs`), goldPath, predPath, ...(errors ? ['--errors', String(errors)] : []), ...passthrough];
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
