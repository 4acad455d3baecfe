/**
 * `--format html`: one self-contained page per article. The text with every record marked (hover
 * for a summary, click for the full record and its rule), and beside it one table per record kind.
 */
import type { Extraction } from '../schema/result.js';
import { CSS, SCRIPT } from './assets.js';
import { collectMarks, escapeHtml as esc, renderMarked } from './marks.js';

type Doc = Extraction & { source?: string; textFrom?: string };

export function renderHtmlPage(doc: Doc, text: string, nav = ''): string {
  const name = entityNamer(doc);
  const records = Object.fromEntries(
    [...doc.entities, ...doc.dates, ...doc.deadlines, ...doc.stances, ...doc.claims].map((r) => [r.id, r]),
  );
  const title = doc.source ?? doc.id ?? 'article';
  const from = doc.textFrom === 'html'
    ? '<p>Text extracted from HTML: offsets in the records refer to this text, not to the HTML source.</p>'
    : '<p>Offsets in the records are JavaScript string indexes into the text below.</p>';
  const tables = [
    table('Entities', 'entity', doc.entities, ['id', 'name', 'type', 'mentions', 'rule'], (e) =>
      [e.id, e.name, e.type, String(e.mentions.length), e.rule]),
    table('Dates', 'date', doc.dates, ['id', 'text', 'value', 'type', 'rule'], (d) => [d.id, d.text, d.value, d.type, d.rule]),
    table('Deadlines', 'deadline', doc.deadlines, ['id', 'cue', 'due', 'status', 'issuer → target', 'rule'], (d) =>
      [d.id, d.cue.text, d.due ?? d.duration ?? '', d.status, d.issuer || d.target ? `${name(d.issuer) || '?'} → ${name(d.target) || '?'}` : '', d.rule]),
    table('Stances', 'stance', doc.stances, ['id', 'holder', 'stance', 'target', 'cue', 'rule'], (s) =>
      [s.id, name(s.holder), `${s.polarity}/${s.kind}${s.negated ? ' (negated)' : ''}`, name(s.target) || (s.targetText ?? ''), s.cue.text, s.rule]),
    table('Claims', 'claim', doc.claims, ['id', 'source', 'cue', 'content', 'rule'], (c) =>
      [c.id, name(c.source) || (c.sourceText ?? c.sourceKind), c.cue.text, shorten(c.content.text), c.rule]),
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body>
<header><h1>${esc(title)}</h1>${nav}
<p>Document date: ${doc.date ? `${esc(doc.date)} (from ${esc(doc.dateSource ?? '')})` : 'none'} ·
${doc.entities.length} entities, ${doc.dates.length} dates, ${doc.deadlines.length} deadlines, ${doc.stances.length} stances, ${doc.claims.length} claims</p>
${from}
<p class="legend">${legend()}</p></header>
<main>
<article id="text">${renderMarked(text, collectMarks(doc))}</article>
<aside>
<div id="inspector"><strong id="inspector-title">Click a mark or a row to see its record and rule.</strong><pre id="inspector-body"></pre></div>
${tables}
</aside>
</main>
<script type="application/json" id="records">${jsonForScript(records)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}

function table<T extends { id: string }>(title: string, kind: string, rows: readonly T[], head: string[], cells: (r: T) => (string | null)[]): string {
  const body = rows.length
    ? rows.map((r) => `<tr data-id="${esc(r.id)}">${cells(r).map((c) => `<td>${esc(c ?? '')}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${head.length}" class="empty">none</td></tr>`;
  return `<section data-table="${kind}"><h2>${title} (${rows.length})</h2><table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>
${body}
</tbody></table></section>`;
}

function legend(): string {
  const items: [string, string][] = [
    ['k-entity t-PERSON', 'person'], ['k-entity t-ORG', 'organisation'], ['k-entity t-GPE', 'country/city'],
    ['k-entity t-LOC', 'location'], ['k-entity t-NORP', 'group'], ['k-date', 'date'], ['k-deadline', 'deadline'],
    ['k-stance', 'stance'], ['k-claim', 'claim cue'], ['k-claim part', 'claim content'],
  ];
  return items.map(([cls, label]) => `<mark class="m ${cls}">${label}</mark>`).join(' ');
}

function entityNamer(doc: Doc): (id: string | null) => string {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return (id) => (id ? names.get(id) ?? id : '');
}

function shorten(s: string): string {
  return s.length > 140 ? `${s.slice(0, 137)}…` : s;
}

/** JSON inside <script>: escape '<' so no "</script>" in the data can end the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
