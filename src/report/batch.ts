/**
 * Batch report pages written next to the per-article pages: an index of every document, an entity
 * index across documents, and a timeline of all deadlines sorted by due date.
 */
import { CSS } from './assets.js';
import { escapeHtml as esc } from './marks.js';
import { deadlineSortKey, type DocSummary } from './summary.js';

const NAV = '<nav><a href="index.html">Documents</a><a href="entities.html">Entities</a><a href="timeline.html">Deadline timeline</a></nav>';

export function renderBatchPages(docs: readonly DocSummary[]): Record<'index.html' | 'entities.html' | 'timeline.html', string> {
  return { 'index.html': indexPage(docs), 'entities.html': entityPage(docs), 'timeline.html': timelinePage(docs) };
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}
main { display:block; }</style></head>
<body><header><h1>${esc(title)}</h1>${NAV}</header><main>
${body}
</main></body></html>
`;
}

/** A link to a document's page, optionally opening it on one record (the page selects `#id`). */
const link = (d: DocSummary, id?: string) => `<a href="${esc(encodeURI(d.page))}${id ? `#${esc(id)}` : ''}">${esc(d.source)}</a>`;

function indexPage(docs: readonly DocSummary[]): string {
  const kinds = ['entities', 'dates', 'deadlines', 'stances', 'claims'];
  const rows = docs.map((d) => `<tr><td>${link(d)}</td><td>${esc(d.date ?? '')}</td>${kinds.map((k) => `<td>${d.counts[k] ?? 0}</td>`).join('')}</tr>`);
  return page(`${docs.length} documents`, `<table><thead><tr><th>document</th><th>date</th>${kinds.map((k) => `<th>${k}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`);
}

function entityPage(docs: readonly DocSummary[]): string {
  const byKey = new Map<string, { name: string; type: string; mentions: number; docs: DocSummary[] }>();
  for (const d of docs) {
    for (const e of d.entities) {
      const key = `${e.type}\u0000${e.name}`;
      const entry = byKey.get(key) ?? { name: e.name, type: e.type, mentions: 0, docs: [] };
      entry.mentions += e.mentions;
      entry.docs.push(d);
      byKey.set(key, entry);
    }
  }
  const entries = [...byKey.values()].sort((a, b) => b.docs.length - a.docs.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
  const rows = entries.map((e) => `<tr><td>${esc(e.name)}</td><td>${esc(e.type)}</td><td>${e.docs.length}</td><td>${e.mentions}</td><td>${e.docs.map((d) => link(d)).join(', ')}</td></tr>`);
  return page(`Entities across ${docs.length} documents`, `<table><thead><tr><th>entity</th><th>type</th><th>documents</th><th>mentions</th><th>in</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="5" class="empty">none</td></tr>'}</tbody></table>`);
}

function timelinePage(docs: readonly DocSummary[]): string {
  const all = docs.flatMap((d) => d.deadlines.map((dl) => ({ dl, d, key: deadlineSortKey(dl) })));
  // Dated deadlines by date; undated ones last, in document order.
  all.sort((a, b) => (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) || (a.key ?? '').localeCompare(b.key ?? ''));
  const when = (dl: DocSummary['deadlines'][number]) =>
    dl.due ?? (dl.dueEarliest || dl.dueLatest ? `${dl.dueEarliest ?? '?'} … ${dl.dueLatest ?? '?'}` : 'undated');
  const rows = all.map(({ dl, d }) => `<tr data-due="${esc(deadlineSortKey(dl) ?? '')}"><td>${esc(when(dl))}</td><td>${esc(dl.duration ?? '')}</td><td>${esc(dl.status)}${dl.hedged ? ' (hedged)' : ''}</td>` +
    `<td>${dl.issuer || dl.target ? `${esc(dl.issuer ?? '?')} → ${esc(dl.target ?? '?')}` : ''}</td><td>${esc(dl.cue)}</td><td>${esc(dl.demand ?? '')}</td><td>${link(d, dl.id)}</td></tr>`);
  return page(`Deadline timeline (${all.length})`, `<table><thead><tr><th>due</th><th>span</th><th>status</th><th>issuer → target</th><th>cue</th><th>demand</th><th>document</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="7" class="empty">none</td></tr>'}</tbody></table>`);
}
