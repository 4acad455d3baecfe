/** The `extract` command (placeholder until the command lands): extract FILE → JSON on stdout. */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: extract FILE\n');
  process.exit(2);
}
const { extract } = await import('../index.js');
process.stdout.write(JSON.stringify(extract(readFileSync(file, 'utf8')), null, 2) + '\n');
