/** Shared assertion: the output is schema-valid and every span slices out of the input exactly. */
import { expect } from 'vitest';
import { ExtractionSchema, type Extraction } from '../../src/index.js';

/** Every {start, end, text} object anywhere in the output slices out of the input exactly. */
export function expectValid(text: string, out: Extraction): void {
  expect(ExtractionSchema.safeParse(out).success).toBe(true);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
        expect(text.slice(o.start, o.end)).toBe(o.text);
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(out);
}
