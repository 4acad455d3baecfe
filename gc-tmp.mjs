import { readFileSync } from 'node:fs';
import { createExtractor } from './dist/index.js';
const ex = createExtractor();
const docs = readFileSync('/work/shared/corpora/temporal-dev.jsonl', 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
for (const d of docs.slice(0, 50)) ex.extract(d.text, { date: d.date });
const c0 = process.cpuUsage(); const t0 = performance.now();
for (const d of docs) ex.extract(d.text, { date: d.date });
const c = process.cpuUsage(c0); console.log(process.execArgv.join(' ') || 'default', 'wall', (performance.now() - t0).toFixed(0), 'cpu', ((c.user + c.system) / 1000).toFixed(0));
