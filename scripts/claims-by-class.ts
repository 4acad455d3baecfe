/**
 * Per-cue-class figures for claims on the PolNeAR dev corpus (not part of the shared scorer).
 *   npx tsx scripts/claims-by-class.ts [--limit N]
 * A prediction matches a gold attribution as in the scorer's attrF1: the cues share a word token and
 * the contents overlap by at least half of the longer. Precision is per predicted class; a gold
 * attribution's class is its match's class, else the class our lexicon gives its cue's words.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../src/index.js';
import { buildCueIndex } from '../src/cues/index.js';

type S = { start: number; end: number };
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'claims-dev.jsonl');
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}
const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, limit);
const extractor = createExtractor();
const index = buildCueIndex();
const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string, s: S) => new Set([...text.slice(s.start, s.end).matchAll(WORD)].map((m) => m.index! + s.start));
const chars = (text: string, s: S) => { const o = new Set<number>(); for (let k = s.start; k < s.end; k++) if (!/\s/.test(text[k]!)) o.add(k); return o; };
const cueSet = (text: string, s: S) => { const w = words(text, s); return w.size ? w : chars(text, s); };
const inter = (a: Set<number>, b: Set<number>) => { let n = 0; for (const x of a) if (b.has(x)) n++; return n; };
const stats = new Map<string, { tp: number; np: number; ng: number }>();
const stat = (k: string) => stats.get(k) ?? (stats.set(k, { tp: 0, np: 0, ng: 0 }), stats.get(k)!);

function lexClass(text: string, s: S): string {
  const t = text.slice(s.start, s.end).toLowerCase();
  if (t.startsWith('according')) return 'according-to';
  for (const w of t.match(/[\p{L}']+/gu) ?? []) {
    const v = index.byFirst.get(w)?.find((x) => x.entry.claim);
    if (v) return v.entry.claim!.cueClass;
  }
  return 'unknown';
}

for (const line of lines) {
  const doc = JSON.parse(line) as { id: string; text: string; attributions: { cue: S; content: S }[] };
  const out = extractor.extract(doc.text);
  const gold = doc.attributions.map((a) => ({ cue: cueSet(doc.text, a.cue), content: words(doc.text, a.content), a }));
  const used = new Set<number>();
  const goldClass = new Map<number, string>();
  for (const c of out.claims) {
    stat(c.cueClass).np++;
    const cue = cueSet(doc.text, c.cue);
    const content = words(doc.text, c.content);
    const g = gold.findIndex((x, i) => !used.has(i) && inter(x.cue, cue) > 0 && inter(x.content, content) * 2 >= Math.max(x.content.size, content.size));
    if (g >= 0) {
      used.add(g);
      goldClass.set(g, c.cueClass);
      stat(c.cueClass).tp++;
    }
  }
  gold.forEach((x, i) => stat(goldClass.get(i) ?? lexClass(doc.text, x.a.cue)).ng++);
}
const f = (x: number) => x.toFixed(3);
console.log('class         predicted  gold   P      R      F1');
for (const [k, s] of [...stats].sort()) {
  const p = s.np ? s.tp / s.np : 0;
  const r = s.ng ? s.tp / s.ng : 0;
  console.log(`${k.padEnd(14)}${String(s.np).padStart(9)}${String(s.ng).padStart(6)}  ${f(p)}  ${f(r)}  ${f(p + r ? (2 * p * r) / (p + r) : 0)}`);
}
