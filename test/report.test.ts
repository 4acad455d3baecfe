import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/cli/html-text.js';
import { renderBatchPages } from '../src/report/batch.js';
import { renderHtmlPage } from '../src/report/html.js';
import { collectMarks, renderMarked, type Mark } from '../src/report/marks.js';
import { renderPretty } from '../src/report/pretty.js';
import { summarise } from '../src/report/summary.js';
import { ExtractionSchema, type Extraction } from '../src/schema/result.js';
import { sampleDoc, SAMPLE_TEXT } from './report-sample.js';

const strip = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function balanced(html: string): boolean {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)mark\b/g)) {
    depth += m[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('marked text', () => {
  it('keeps every character of the text once, escaped, with crossing spans split into nested pieces', () => {
    const text = 'Tom & Jerry <said> "Acme Corp" will sue by Friday.';
    const mark = (start: number, end: number, kind: Mark['kind'], id: string): Mark => ({ start, end, kind, id, part: 'x', cls: '', title: id });
    // c1 (0-18) crosses e2 (13-30): e2 must be split at 18 and reopened.
    const marks = [mark(0, 18, 'claim', 'c1'), mark(0, 3, 'entity', 'e1'), mark(13, 30, 'entity', 'e2'), mark(43, 49, 'date', 't1')];
    const html = renderMarked(text, marks.sort((a, b) => a.start - b.start || b.end - a.end));
    expect(strip(html)).toBe(text);
    expect(html).not.toMatch(/<said>/);
    expect(balanced(html)).toBe(true);
    expect(html.match(/data-id="e2"/g)).toHaveLength(2);
    expect(html).toMatch(/data-id="e2" data-part="x" data-cont="1"/);
  });

  it('marks every record of the sample: mentions, dates, deadline parts, stance cues, claim parts', () => {
    const marks = collectMarks(sampleDoc());
    const ids = new Set(marks.map((m) => m.id));
    for (const r of [...sampleDoc().entities, ...sampleDoc().dates, ...sampleDoc().deadlines, ...sampleDoc().stances, ...sampleDoc().claims]) {
      expect(ids.has(r.id)).toBe(true);
    }
    for (const m of marks) expect(m.start).toBeLessThan(m.end);
  });
});

describe('HTML page', () => {
  const page = renderHtmlPage({ ...sampleDoc(), source: 'sample.txt' }, SAMPLE_TEXT);

  it('is self-contained: no external scripts, styles, images or links', () => {
    expect(page).not.toMatch(/<(script|img|iframe)[^>]+src=/i);
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('holds the text, one table per kind, and the records as inert JSON', () => {
    expect(strip(page.split('<article id="text">')[1]!.split('</article>')[0]!)).toBe(SAMPLE_TEXT);
    for (const kind of ['entity', 'date', 'deadline', 'stance', 'claim']) expect(page).toMatch(new RegExp(`data-table="${kind}"`));
    const json = page.split('<script type="application/json" id="records">')[1]!.split('</script>')[0]!;
    const records = JSON.parse(json);
    expect(records.dl1.rule).toBe('deadlines/n-week');
  });

  it('cannot be broken by text or records containing </script>', () => {
    const text = 'He wrote </script><script>alert(1)</script> on Friday.';
    const doc: Extraction = { ...sampleDoc(), entities: [], deadlines: [], stances: [], claims: [], dates: [] };
    const html = renderHtmlPage({ ...doc, source: '</script>' }, text);
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });
});

describe('batch pages', () => {
  it('sorts the deadline timeline by due date with undated deadlines last, and indexes entities across documents', () => {
    const a = summarise({ ...sampleDoc(), id: 'a', source: 'a.txt' }, 'a.html');
    const base = sampleDoc().deadlines[0]!;
    const b = summarise({
      ...sampleDoc(),
      id: 'b',
      source: 'b.txt',
      deadlines: [
        { ...base, id: 'dl1', due: null, dueEarliest: null, dueLatest: null },
        { ...base, id: 'dl2', due: '2025-01-15', dueEarliest: null, dueLatest: null },
      ],
    }, 'b.html');
    const pages = renderBatchPages([a, b]);
    const dues = [...pages['timeline.html'].matchAll(/data-due="([^"]*)"/g)].map((m) => m[1]);
    expect(dues).toEqual(['2025-01-15', '2025-07-05', '']);
    expect(pages['entities.html']).toMatch(/<td>Ruritania<\/td><td>GPE<\/td><td>2<\/td>/);
    expect(pages['index.html']).toMatch(/href="a\.html"/);
  });
});

describe('pretty output', () => {
  it('colours only when asked', () => {
    const doc = { ...sampleDoc(), source: 'sample.txt' };
    expect(renderPretty(doc, SAMPLE_TEXT, false)).not.toMatch(/\u001b\[/);
    expect(renderPretty(doc, SAMPLE_TEXT, false)).toMatch(/Deadlines \(1\)/);
  });
});

describe('HTML to text', () => {
  it('drops scripts, styles and comments, breaks blocks, decodes entities', () => {
    const html = '<html><head><title>x</title><style>p{}</style></head><body><h1>Vote&nbsp;count</h1><!-- ad --><p>Smith &amp; Jones &#8220;won&#x201D;.</p><SCRIPT>var a="</p>";</SCRIPT><p>Turnout was 61%.</p></body></html>';
    expect(htmlToText(html)).toBe('Vote\u00a0count\n\nSmith & Jones “won”.\n\nTurnout was 61%.\n');
  });
});

it('sample fixture for the report tests is schema-valid', () => {
  expect(ExtractionSchema.safeParse(sampleDoc()).success).toBe(true);
});
