/**
 * `node bench/adversarial.mjs` (after `npm run build`): is the built library linear on inputs made to
 * be dense in what each stage looks at? Each pattern is repeated to about 50 KB and to 400 KB; the
 * script prints CPU ms per KB at both sizes and their ratio. A ratio near 1 is linear; a stage that
 * compares every record with every other one shows as a ratio of 3 or more (the claims stage's overlap
 * test did: 'he said, ' × 40,000 took 10 s before it became linear). No corpus needed.
 * Flags: --sizes A,B (KB; default 50,400).
 */
import { createExtractor } from '../dist/index.js';

const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '50,400').split(',').map(Number);
const extractor = createExtractor({ maxInputLength: 6_000_000 });

/** Record-dense or tagger-hostile patterns, one per stage or weakness. */
const PATTERNS = {
  'claims (he said,)': 'he said, ',
  'claims (quotes)': '“We will not back down,” the minister said. ',
  'deadlines': 'Washington gave Iran two weeks to halt enrichment or face sanctions. ',
  'stances': 'Pakistan condemned the Israeli strikes on Iran. ',
  'dates': 'On Monday, two weeks ago, in June 2025, the talks began. ',
  'entities (capitals, no stop)': 'President Trump Minister Khan Iran Washington Said ',
  'colons': 'Ali: ',
  'quote marks': '"',
  'parentheses': '(Reuters) ',
};

const repeat = (unit, kb) => unit.repeat(Math.ceil((kb * 1000) / unit.length));

function cpuMsPerKb(text) {
  const c0 = process.cpuUsage();
  const out = extractor.extract(text, { date: '2025-06-21' });
  const c = process.cpuUsage(c0);
  const records = out.entities.length + out.dates.length + out.deadlines.length + out.stances.length + out.claims.length;
  return { msPerKb: (c.user + c.system) / 1000 / (text.length / 1000), records };
}

extractor.extract('Warm-up: President Trump said on Monday that Iran must comply.', { date: '2025-06-21' });
console.log(`pattern                        ${sizes.map((s) => `${s} KB ms/KB`.padStart(14)).join(' ')}   ratio  records`);
for (const [name, unit] of Object.entries(PATTERNS)) {
  cpuMsPerKb(repeat(unit, sizes[0])); // warm-up: the first pass of a pattern pays for V8 compiling its paths
  const runs = sizes.map((kb) => cpuMsPerKb(repeat(unit, kb)));
  const ratio = runs.at(-1).msPerKb / runs[0].msPerKb;
  const flag = ratio >= 2 ? '  <- super-linear' : '';
  console.log(`${name.padEnd(30)} ${runs.map((r) => r.msPerKb.toFixed(2).padStart(14)).join(' ')}   ${ratio.toFixed(2).padStart(5)}  ${String(runs.at(-1).records).padStart(7)}${flag}`);
}
