#!/usr/bin/env node
/**
 * Scores the entities predictions of a full run (`npx tsx scripts/eval-corpus.ts entities`) on each half
 * of entities-dev separately: the first half (documents 1..581) is the development half, the second the
 * check half. Its scorer has no split, so this slices gold and predictions by document order.
 *   node scripts/entities-halves.mjs [--errors first|second [N]]
 * `--errors` prints the N (default 40) most frequent missed/spurious/mistyped span texts of that half.
 * Needs ../shared (not in a user's clone).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const gold = readFileSync(join(shared, 'corpora', 'entities-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
const pred = readFileSync(join(root, '.eval', 'entities.pred.jsonl'), 'utf8').split('\n').filter(Boolean);
const half = Math.ceil(gold.length / 2);
const halves = { first: [0, half], second: [half, gold.length] };
const args = process.argv.slice(2);

if (args[0] === '--errors') {
  const [a, b] = halves[args[1] ?? 'first'];
  const n = Number(args[2] ?? 40);
  const preds = new Map(pred.map((l) => JSON.parse(l)).map((p) => [p.id, p.entities]));
  const tally = new Map();
  const bump = (key) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const line of gold.slice(a, b)) {
    const doc = JSON.parse(line);
    const p = preds.get(doc.id) ?? [];
    const key = (e) => `${e.start}:${e.end}`;
    const pm = new Map(p.map((e) => [key(e), e]));
    const gm = new Map(doc.entities.map((e) => [key(e), e]));
    for (const g of doc.entities) {
      const hit = pm.get(key(g));
      const text = doc.text.slice(g.start, g.end);
      if (!hit) {
        const over = p.find((e) => e.start < g.end && g.start < e.end);
        bump(over ? `SPAN ${g.type} "${text}" -> "${doc.text.slice(over.start, over.end)}"/${over.type} ${over.rule ?? ''}` : `MISS ${g.type} "${text}"`);
      } else if (hit.type !== g.type) bump(`TYPE ${g.type}->${hit.type} "${text}" ${hit.rule ?? ''}`);
    }
    for (const e of p) {
      if (gm.has(key(e)) || doc.entities.some((g) => e.start < g.end && g.start < e.end)) continue;
      bump(`FP ${e.type} "${doc.text.slice(e.start, e.end)}" ${e.rule ?? ''}`);
    }
  }
  const sorted = [...tally].sort((x, y) => y[1] - x[1]);
  const filter = args[3];
  for (const [k, c] of sorted.filter(([k]) => !filter || k.startsWith(filter)).slice(0, n)) console.log(String(c).padStart(4), k);
  process.exit(0);
}

for (const [name, [a, b]] of Object.entries(halves)) {
  const ids = new Set(gold.slice(a, b).map((l) => JSON.parse(l).id));
  const g = join(root, '.eval', `entities.${name}.gold.jsonl`);
  const p = join(root, '.eval', `entities.${name}.pred.jsonl`);
  writeFileSync(g, gold.slice(a, b).join('\n') + '\n');
  writeFileSync(p, pred.filter((l) => ids.has(JSON.parse(l).id)).join('\n') + '\n');
  console.log(`== ${name} half: documents ${a + 1}..${b}`);
  spawnSync(process.execPath, [join(shared, 'eval', 'entities.mjs'), g, p], { stdio: 'inherit' });
}
