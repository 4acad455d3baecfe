/**
 * The HTML report in a real browser: headless Chromium (Debian's /usr/bin/chromium, or
 * $CHROMIUM_PATH) driven by playwright-core. Skipped, with the reason printed, only when no Chromium
 * binary exists; `.ci/run` installs it (`apt-get install -y chromium`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlPage } from '../src/report/html.js';
import { RECORD_KINDS } from '../src/schema/result.js';
import { buildCli, ROOT, runCli } from './cli-build.js';
import { sampleDoc, SAMPLE_TEXT } from './report-sample.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const KIND_OF = { entities: 'entity', dates: 'date', deadlines: 'deadline', stances: 'stance', claims: 'claim' } as const;
const ARTIFACTS = join(ROOT, 'test-artifacts');

let browser: Browser;
let dir: string;

describe.skipIf(!haveChromium)('HTML report in headless Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'extract-browser-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** Every record has a mark; a click on a mark of each kind shows that record and its rule. */
  async function checkMarks(page: Page, doc: Record<string, { id: string; rule: string }[]>): Promise<string[]> {
    const present: string[] = [];
    for (const kinds of RECORD_KINDS) {
      const records = doc[kinds] ?? [];
      if (records.length === 0) continue;
      const kind = KIND_OF[kinds];
      present.push(kind);
      for (const r of records) expect(await page.locator(`mark[data-kind="${kind}"][data-id="${r.id}"]`).count(), `${r.id} marked`).toBeGreaterThan(0);
      // Click the first mark of this kind that has no mark inside it, so the click lands on it.
      const leaf = page.locator(`mark[data-kind="${kind}"]:not(:has(mark))`).first();
      const id = await leaf.getAttribute('data-id');
      await leaf.click();
      await expect.poll(() => page.locator('body').getAttribute('data-selected')).toBe(id);
      const rule = records.find((r) => r.id === id)!.rule;
      expect(await page.locator('#inspector-title').textContent()).toContain(`${id} · rule ${rule}`);
      expect(JSON.parse((await page.locator('#inspector-body').textContent())!).id).toBe(id);
      expect(await page.locator(`mark.sel[data-id="${id}"]`).count()).toBeGreaterThan(0);
    }
    return present;
  }

  it('shows every record of the reference article as a clickable mark (screenshot: test-artifacts/report.png)', async () => {
    const cli = await buildCli('browser');
    const out = join(dir, 'report');
    const r = await runCli(cli, ['--format', 'html', '--out', out, join(ROOT, 'fixtures/reference-article.txt')]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'reference-article.json'), 'utf8'));
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const blocked: string[] = [];
    page.on('request', (req) => { if (!req.url().startsWith('file:')) blocked.push(req.url()); });
    await page.goto(pathToFileURL(join(out, 'reference-article.html')).href);
    const present = await checkMarks(page, doc);
    console.log(`reference article: marks checked for ${present.join(', ') || 'no record kinds yet'}`);
    expect(blocked).toEqual([]); // self-contained: no request leaves the file
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    await page.click('a[href="reference-article.html"]');
    expect(page.url()).toMatch(/reference-article\.html$/);
    await page.close();
  });

  it('marks and makes clickable all five kinds on a page that has them all', async () => {
    const file = join(dir, 'sample.html');
    writeFileSync(file, renderHtmlPage({ ...sampleDoc(), source: 'sample.txt' }, SAMPLE_TEXT));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    expect(await checkMarks(page, sampleDoc() as never)).toEqual(['entity', 'date', 'deadline', 'stance', 'claim']);
    // A table row selects its record too.
    await page.click('tr[data-id="s1"]');
    await expect.poll(() => page.locator('body').getAttribute('data-selected')).toBe('s1');
    await page.screenshot({ path: join(ARTIFACTS, 'report-sample.png'), fullPage: true });
    // The timeline links to `page.html#dl1`: the page opens with that record selected.
    await page.goto(`${pathToFileURL(file).href}#dl1`);
    await expect.poll(() => page.locator('body').getAttribute('data-selected')).toBe('dl1');
    await page.close();
  });
});
