// Writes the JSON Schemas of the output (from the zod schemas) into dist/schema.json and dist/cli-schema.json.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CliDocumentSchema, CliErrorLineSchema, ExtractionSchema } from '../dist/index.js';

const write = (name, schema) => {
  writeFileSync(new URL(`../dist/${name}`, import.meta.url), JSON.stringify(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }), null, 2) + '\n');
  console.error(`wrote dist/${name}`);
};
// The library's output document, and each line or element the `extract` command writes.
write('schema.json', ExtractionSchema);
write('cli-schema.json', z.union([CliDocumentSchema, CliErrorLineSchema]));
