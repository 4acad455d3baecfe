/**
 * Safety: configuration and gazetteer data are validated (no prototype keys, bounded values), and
 * the source has no dynamic code evaluation, no network access and no regex built from input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { expectValid } from './support/valid.js';

describe('configuration safety', () => {
  const reject = (json: string) => {
    expect(() => createExtractor(JSON.parse(json))).toThrowError(expect.objectContaining({ name: 'ExtractError', code: 'CONFIG' }));
  };

  it('rejects __proto__, constructor and prototype keys parsed from JSON, at every level', () => {
    reject('{"__proto__": {"maxInputLength": 1}}');
    reject('{"constructor": {"prototype": {"polluted": true}}}');
    reject('{"prototype": {}}');
    reject('{"gazetteer": [{"name": "Ruritania", "type": "GPE", "__proto__": {"polluted": true}}]}');
    reject('{"gazetteer": [{"name": "Ruritania", "type": "GPE", "constructor": "x"}]}');
    reject('{"cues": {"stance": [], "__proto__": {"polluted": true}}}');
    reject('{"cues": {"claim": [{"cue": "say", "cueClass": "speech", "__proto__": {"polluted": true}}]}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects malformed gazetteer entries and unbounded values', () => {
    reject('{"gazetteer": [{"name": "", "type": "GPE"}]}');
    reject('{"gazetteer": [{"name": "Ruritania", "type": "NOT_A_TYPE"}]}');
    reject(JSON.stringify({ gazetteer: [{ name: 'x'.repeat(201), type: 'GPE' }] }));
    reject('{"maxInputLength": -5}');
    reject('{"disable": ["no/such-rule"]}');
  });

  it('accepts names that are prototype words as plain data, without pollution', () => {
    const ex = createExtractor(JSON.parse('{"gazetteer": [{"name": "__proto__", "type": "ORG", "aliases": ["constructor", "hasOwnProperty"]}]}'));
    const text = 'The group __proto__ said on Monday that constructor and hasOwnProperty met in Geneva.';
    expectValid(text, ex.extract(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof ({}).hasOwnProperty).toBe('function');
  });
});

describe('source safety', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const sources = files(join(import.meta.dirname, '../src')).map((f) => ({ f, code: readFileSync(f, 'utf8') }));

  it('has no dynamic code evaluation', () => {
    expect(sources.length).toBeGreaterThan(10);
    const bad = sources.filter(({ code }) => /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|['"]node:vm['"]|from\s+['"]vm['"]/.test(code));
    expect(bad.map((s) => s.f)).toEqual([]);
  });

  it('opens no network connection', () => {
    const bad = sources.filter(({ code }) => /\bfetch\s*\(|['"](?:node:)?(?:https?|http2|net|tls|dgram|dns)['"]|\bXMLHttpRequest\b|\bWebSocket\b/.test(code));
    expect(bad.map((s) => s.f)).toEqual([]);
  });

  it('builds no regular expression from configuration or input', () => {
    // A RegExp built at run time may only be assembled from constants: never from config, options or text.
    const dynamic = sources.flatMap(({ f, code }) =>
      [...code.matchAll(/\bRegExp\s*\(([^;]*)/g)].filter((m) => /\b(?:config|cfg|options|opts|gazetteer|cues?|text|input|ctx|data)\b/.test(m[1]!)).map(() => f),
    );
    expect(dynamic).toEqual([]);
  });
});
