// Writes fixtures/<slug>.gold.json from every spec in scripts/gold/specs/ (or the ones named).
// Usage: node scripts/gold/build.mjs [slug...]
import { readdirSync } from 'node:fs';

const dir = new URL('./specs/', import.meta.url);
const wanted = process.argv.slice(2);
for (const f of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  const slug = f.replace(/\.mjs$/, '');
  if (wanted.length && !wanted.includes(slug)) continue;
  const { default: build } = await import(new URL(f, dir));
  const out = build();
  const counts = ['entities', 'dates', 'deadlines', 'stances', 'claims'].map((k) => `${k} ${out[k].length}`).join(', ');
  console.log(`${slug}: ${counts}`);
}
