// Writes the JSON Schema of the output document (from the zod schema) into dist/schema.json.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ExtractionSchema } from '../dist/index.js';

const schema = z.toJSONSchema(ExtractionSchema, { io: 'output', unrepresentable: 'any' });
writeFileSync(new URL('../dist/schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.error('wrote dist/schema.json');
