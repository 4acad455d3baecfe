import { mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../src/schema/result.js';
import { CliDocumentSchema, CliErrorLineSchema } from '../src/schema/cli.js';
import { buildCli, ROOT, runCli } from './cli-build.js';

const ARTICLES = {
  port: 'date 2024-03-04\nROTTERDAM, March 4 (Wire) - Dock workers at the Port of Rotterdam said on Monday they would strike next week unless managers improve pay. "We have waited long enough," union leader Anke de Vries told reporters.\n',
  court: 'A federal judge in Ohio gave the state 30 days to file a new plan, according to court papers. Governor Mike Dewine criticised the ruling on Tuesday.\n',
  merger: 'Shares of Northwind Corp rose after regulators in Brussels said they expected to decide on its merger with Contoso by June 30. Analysts believe the deal will be approved.\n',
};

let cli: string;
let dir: string;

beforeAll(async () => {
  cli = await buildCli('cli');
  dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, `${name}.txt`), text);
}, 60_000);

/** Every {start,end,text} object anywhere in `value` must slice out of `text` exactly. */
function expectSpansMatch(value: unknown, text: string): number {
  let n = 0;
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      expect(text.slice(o.start, o.end)).toBe(o.text);
      n++;
    }
    Object.values(o).forEach(walk);
  };
  walk(value);
  return n;
}

describe('extract command', () => {
  it('prints help and version quickly, without loading the extractor', async () => {
    const help = await runCli(cli, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage/);
    expect(help.stdout).toMatch(/--input jsonl/);
    const version = await runCli(cli, ['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [['--bogus', 'x.txt'], /Unknown option/],
    [['--format', 'xml', 'x.txt'], /--format must be one of/],
    [['--date', '2025-02-30', 'x.txt'], /real date/],
    [['--jobs', '0', 'x.txt'], /--jobs/],
    [[], /no input/],
    [['--resume', 'x.txt'], /--resume needs --out/],
  ])('exits 2 on the usage error %j, with nothing on stdout', async (args, message) => {
    const r = await runCli(cli, args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('extracts one file into a schema-valid document whose offsets match the text', async () => {
    const r = await runCli(cli, [join(ROOT, 'fixtures/reference-article.txt')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(ExtractionSchema.safeParse(doc).success).toBe(true);
    // Every field the command prints is in the published CLI schema (strict: no undeclared field).
    expect(CliDocumentSchema.strict().parse(doc).source).toMatch(/reference-article\.txt$/);
    expect(doc.date).toBe('2025-06-21');
    expect(doc.dateSource).toBe('header');
    expectSpansMatch(doc, readFileSync(join(ROOT, 'fixtures/reference-article.txt'), 'utf8'));
  });

  it('--explain adds one explanation per record, described by the CLI schema', async () => {
    const r = await runCli(cli, ['--explain', join(ROOT, 'fixtures/reference-article.txt')]);
    expect(r.code).toBe(0);
    const doc = CliDocumentSchema.strict().parse(JSON.parse(r.stdout));
    const ids = [...doc.entities, ...doc.dates, ...doc.deadlines, ...doc.stances, ...doc.claims].map((x) => x.id);
    expect(ids.length).toBeGreaterThan(20);
    expect(Object.keys(doc.explain ?? {}).sort()).toEqual([...ids].sort());
    expect(doc.explain![doc.claims[0]!.id]!.rule).toBe(doc.claims[0]!.rule);
  });

  it('--date sets the document date', async () => {
    const r = await runCli(cli, ['--date', '2024-01-02', join(dir, 'court.txt')]);
    expect(JSON.parse(r.stdout).date).toBe('2024-01-02');
  });

  it('reads JSONL and writes one line per input line, same ids, same order; a bad line gets an error line and exit 1', async () => {
    const texts = Object.values(ARTICLES);
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: texts[i % 3]!.repeat(1 + (i % 4)), date: '2024-05-01', extra: { ignored: true } }));
    lines.splice(5, 0, '{"id":"broken","text":42}', '', '{not json');
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = await runCli(cli, ['--input', 'jsonl', '--jobs', '2', file]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(14); // 12 documents + 2 bad lines; the blank line is not a document
    expect(out.map((o) => o.id)).toEqual([...Array.from({ length: 5 }, (_, i) => `doc-${i}`), 'broken', null, ...Array.from({ length: 7 }, (_, i) => `doc-${i + 5}`)]);
    expect(out[5].error.code).toBe('BAD_LINE');
    expect(CliErrorLineSchema.strict().parse(out[5]).source).toMatch(/batch\.jsonl:6$/);
    expect(r.stderr).toMatch(/batch\.jsonl:6: "text" must be a string/);
    expect(r.stderr).toMatch(/batch\.jsonl:8: not valid JSON/);
    for (const o of out.filter((x) => !x.error)) {
      expect(CliDocumentSchema.strict().safeParse(o).success).toBe(true);
      expect(o.date).toBe('2024-05-01');
    }
  });

  it('with JSONL inputs, names an empty file, a binary file, a missing path and a non-UTF-8 line, and writes the rest', async () => {
    writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
    writeFileSync(join(dir, 'binary.jsonl'), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]));
    const good = [JSON.stringify({ id: 'g1', text: ARTICLES.court }), '{"id":"latin","text":"caf\xe9"}', JSON.stringify({ id: 'g2', text: ARTICLES.port })];
    writeFileSync(join(dir, 'mixed.jsonl'), Buffer.concat([Buffer.from(good[0] + '\r\n'), Buffer.from(good[1]!, 'latin1'), Buffer.from('\n' + good[2])]));
    const r = await runCli(cli, ['--input', 'jsonl', 'empty.jsonl', 'binary.jsonl', 'missing.jsonl', 'mixed.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.error?.code ?? 'ok'])).toEqual([['g1', 'ok'], [null, 'INVALID_UTF8'], ['g2', 'ok']]);
    expect(r.stderr).toMatch(/^extract: empty\.jsonl: no JSONL lines \(EMPTY\)$/m);
    expect(r.stderr).toMatch(/^extract: binary\.jsonl: binary data, not JSONL \(BINARY\)$/m);
    expect(r.stderr).toMatch(/^extract: missing\.jsonl: no such file or directory \(MISSING\)$/m);
    expect(r.stderr).toMatch(/^extract: mixed\.jsonl:2: invalid UTF-8 \(INVALID_UTF8\)$/m);
  });

  it('reads JSONL from stdin, and a text article from stdin', async () => {
    const stdin = [JSON.stringify({ id: 'a', text: ARTICLES.port }), JSON.stringify({ id: 'b', text: ARTICLES.court })].join('\n');
    const r = await runCli(cli, ['--input', 'jsonl', '-'], { stdin });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    const t = await runCli(cli, ['-'], { stdin: ARTICLES.port });
    expect(t.code).toBe(0);
    const doc = JSON.parse(t.stdout);
    expect(doc.date).toBe('2024-03-04');
    expectSpansMatch(doc, ARTICLES.port);
    const h = await runCli(cli, ['-'], { stdin: `<!DOCTYPE html><html><body><p>${ARTICLES.court}</p></body></html>` });
    expect(JSON.parse(h.stdout).text).toBe(ARTICLES.court);
  });

  it('streams JSONL from stdin: a line is answered before the input ends', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [cli, '--input', 'jsonl', '--jobs', '2', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    const firstAnswer = new Promise<void>((resolve) => child.stdout.on('data', (d: string) => { out += d; if (out.includes('\n')) resolve(); }));
    child.stdin.write(JSON.stringify({ id: 'first', text: ARTICLES.port }) + '\n');
    await firstAnswer; // stdin is still open here
    expect(JSON.parse(out.split('\n')[0]!).id).toBe('first');
    child.stdin.end(JSON.stringify({ id: 'second', text: ARTICLES.court }) + '\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['first', 'second']);
  });

  it('processes the good inputs of a batch and names each bad one (empty, binary, invalid UTF-8, missing) with exit 1', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from('caf\xe9 au lait', 'latin1'));
    mkdirSync(join(bad, 'nothing'), { recursive: true });
    const args = [join(dir, 'port.txt'), join(bad, 'empty.txt'), join(bad, 'image.txt'), join(bad, 'missing.txt'), join(bad, 'latin1.txt'), join(bad, 'nothing'), join(dir, 'court.txt')];
    const r = await runCli(cli, args);
    expect(r.code).toBe(1);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { source: string }) => d.source)).toEqual([join(dir, 'port.txt'), join(dir, 'court.txt')]);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(5);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/image\.txt: .*binary/);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/latin1\.txt: invalid UTF-8/);
    expect(r.stderr).toMatch(/nothing: directory holds no/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('walks directories recursively for .txt, .md and .html, and expands globs', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(tree, 'a.txt'), ARTICLES.port);
    writeFileSync(join(tree, 'sub', 'b.md'), ARTICLES.court);
    writeFileSync(join(tree, 'sub', 'deeper', 'c.html'), `<html><head><style>p{color:red}</style></head><body><h1>Merger</h1><p>${ARTICLES.merger.trim()}</p><script>var t = "<p>no</p>";</script></body></html>`);
    writeFileSync(join(tree, 'sub', 'photo.png'), Buffer.from([1, 2, 3]));
    const r = await runCli(cli, ['--jobs', '2', tree]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { source: string }) => d.source.slice(tree.length + 1))).toEqual(['a.txt', 'sub/b.md', 'sub/deeper/c.html']);
    const html = docs[2];
    expect(html.textFrom).toBe('html');
    expect(CliDocumentSchema.strict().safeParse(html).success).toBe(true);
    expect(html.text).toBe(`Merger\n\n${ARTICLES.merger.trim()}\n`);
    expectSpansMatch({ ...html, text: undefined }, html.text);
    const g = await runCli(cli, ['sub/**/*.md'], { cwd: tree });
    expect(g.code).toBe(0);
    expect(JSON.parse(g.stdout)).toHaveLength(1);
  });

  it('--out writes one file per input atomically, and --resume skips the up-to-date ones', async () => {
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '.court.json.tmp-999999999-0'), '{"half":'); // left by a killed run
    const inputs = ['port.txt', 'court.txt', 'merger.txt'].map((f) => join(dir, f));
    const first = await runCli(cli, ['--out', out, '--jobs', '2', ...inputs], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['court.json', 'merger.json', 'port.json']);
    const mtimes = () => Object.fromEntries(readdirSync(out).map((f) => [f, statSync(join(out, f)).mtimeMs]));
    const before = mtimes();
    const past = new Date(Date.now() - 60_000);
    for (const f of inputs) utimesSync(f, past, past);
    writeFileSync(join(dir, 'court.txt'), ARTICLES.court); // edited: newer than its output
    const again = await runCli(cli, ['--out', out, '--resume', ...inputs], { cwd: dir });
    expect(again.code).toBe(0);
    const after = mtimes();
    expect(after['port.json']).toBe(before['port.json']);
    expect(after['merger.json']).toBe(before['merger.json']);
    expect(after['court.json']).toBeGreaterThan(before['court.json']!);
    for (const f of readdirSync(out)) expect(ExtractionSchema.safeParse(JSON.parse(readFileSync(join(out, f), 'utf8'))).success).toBe(true);
  });

  it('--out with JSONL input names files by id', async () => {
    const out = join(dir, 'out-jsonl');
    const stdin = ['x/1', 'y 2'].map((id) => JSON.stringify({ id, text: ARTICLES.merger })).join('\n');
    const r = await runCli(cli, ['--input', 'jsonl', '--out', out, '-'], { stdin });
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['x_1.json', 'y_2.json']);
    expect(JSON.parse(readFileSync(join(out, 'x_1.json'), 'utf8')).id).toBe('x/1');
  });

  it('refuses a bad --config with the path of the bad field (exit 2)', async () => {
    const cfg = join(dir, 'config.json');
    writeFileSync(cfg, JSON.stringify({ gazetteer: [{ name: 'Ruritania', type: 'COUNTRY' }] }));
    const r = await runCli(cli, ['--config', cfg, join(dir, 'port.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gazetteer\.0\.type/);
    writeFileSync(cfg, JSON.stringify({ gazetteer: [{ name: 'Ruritania', type: 'GPE', demonyms: ['Ruritanian'] }] }));
    const ok = await runCli(cli, ['--config', cfg, join(dir, 'port.txt')]);
    expect(ok.code).toBe(0);
  });

  it('writes pretty output without colour codes when NO_COLOR is set or stdout is not a terminal', async () => {
    const r = await runCli(cli, ['--format', 'pretty', join(dir, 'port.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Entities \(\d+\)/);
    expect(r.stdout).toMatch(/2024-03-04 \(from (header|dateline)\)/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('writes an HTML report per input plus index, entity index and timeline; --resume keeps skipped documents in the index', async () => {
    const out = join(dir, 'html-report');
    const inputs = ['port.txt', 'court.txt', 'merger.txt'].map((f) => join(dir, f));
    const r = await runCli(cli, ['--format', 'html', '--out', out, ...inputs]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['court.html', 'court.json', 'entities.html', 'index.html', 'merger.html', 'merger.json', 'port.html', 'port.json', 'timeline.html']);
    const page = readFileSync(join(out, 'port.html'), 'utf8');
    expect(page).toMatch(/<article id="text">/);
    expect(page).toMatch(/href="index\.html"/);
    const again = await runCli(cli, ['--format', 'html', '--out', out, '--resume', ...inputs]);
    expect(again.code).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const f of ['port', 'court', 'merger']) expect(index).toContain(`href="${f}.html"`);
  });

  it('asks for --out when HTML is requested for several inputs', async () => {
    const r = await runCli(cli, ['--format', 'html', join(dir, 'port.txt'), join(dir, 'court.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs --out/);
  });
});

describe('extract eval', () => {
  it('prints precision, recall and F1 per kind for a fixtures directory', async () => {
    const fx = join(dir, 'fixtures');
    mkdirSync(fx, { recursive: true });
    writeFileSync(join(fx, 'court.txt'), ARTICLES.court);
    const gold = { id: 'court', date: null, dateSource: null, entities: [], dates: [], deadlines: [], stances: [], claims: [] };
    writeFileSync(join(fx, 'court.gold.json'), JSON.stringify(gold));
    const r = await runCli(cli, ['eval', fx]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^measure\s+gold\s+pred\s+match\s+prec\s+rec\s+F1/);
    const j = await runCli(cli, ['eval', '--format', 'json', fx]);
    const report = JSON.parse(j.stdout);
    expect(report.fixtures.map((f: { slug: string }) => f.slug)).toEqual(['court']);
    expect(Object.keys(report.total).length).toBeGreaterThan(0);
  });

  it('names a missing fixtures directory in one line', async () => {
    const r = await runCli(cli, ['eval', join(dir, 'no-such-dir')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no-such-dir/);
  });
});
