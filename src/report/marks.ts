/**
 * Marks over the article text: every entity mention, date, deadline (cue, demand, consequence),
 * stance cue and claim (cue, source, content). Spans of different records may cross, so marks are
 * laid out as properly nested elements: a mark crossing the end of an enclosing one is closed and
 * reopened as a continuation piece carrying the same record id.
 */
import type { Extraction } from '../schema/result.js';
import type { Span } from '../schema/span.js';

export const MARK_KINDS = ['entity', 'date', 'deadline', 'stance', 'claim'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Record id: e1, t2, dl1, s3, c4. */
  id: string;
  /** Which part of the record this span is: mention, value, cue, demand, consequence, source, content. */
  part: string;
  /** Extra class, e.g. the entity type. */
  cls: string;
  title: string;
}

export function collectMarks(doc: Extraction): Mark[] {
  const marks: Mark[] = [];
  const add = (s: Span | null, kind: MarkKind, id: string, part: string, cls: string, title: string) => {
    if (s && s.end > s.start) marks.push({ start: s.start, end: s.end, kind, id, part, cls, title });
  };
  for (const e of doc.entities) {
    for (const m of e.mentions) add(m, 'entity', e.id, 'mention', `t-${e.type}`, `${e.type} ${e.name} (${m.kind}) · ${e.id} · rule ${m.rule ?? e.rule}`);
  }
  for (const d of doc.dates) add(d, 'date', d.id, 'value', `t-${d.type}`, `${d.type} ${d.value} · ${d.id} · rule ${d.rule}`);
  for (const d of doc.deadlines) {
    const title = `deadline ${d.due ?? d.duration ?? ''} ${d.status} · ${d.id} · rule ${d.rule}`;
    add(d.cue, 'deadline', d.id, 'cue', '', title);
    add(d.demand, 'deadline', d.id, 'demand', 'part', `${title} (demand)`);
    add(d.consequence, 'deadline', d.id, 'consequence', 'part', `${title} (consequence)`);
  }
  for (const s of doc.stances) {
    add(s.cue, 'stance', s.id, 'cue', `p-${s.polarity}`, `stance ${s.polarity}/${s.kind}${s.negated ? ' negated' : ''} · ${s.id} · rule ${s.rule}`);
  }
  for (const c of doc.claims) {
    const title = `claim (${c.cueClass}, ${c.mode}${c.hedged ? ', hedged' : ''}) · ${c.id} · rule ${c.rule}`;
    add(c.cue, 'claim', c.id, 'cue', '', title);
    add(c.sourceSpan, 'claim', c.id, 'source', 'part', `${title} (source)`);
    add(c.content, 'claim', c.id, 'content', 'part', `${title} (content)`);
  }
  // Outer (longer) marks first at the same start, so shorter ones nest inside them.
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text as HTML with nested <mark> elements; every character of the text appears exactly once. */
export function renderMarked(text: string, marks: readonly Mark[]): string {
  const points = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])]
    .filter((p) => p >= 0 && p <= text.length)
    .sort((a, b) => a - b);
  const starting = new Map<number, Mark[]>();
  for (const m of marks) starting.set(m.start, [...(starting.get(m.start) ?? []), m]);
  const open: Mark[] = [];
  let out = '';
  let pos = 0;
  for (const p of points) {
    out += escapeHtml(text.slice(pos, p));
    pos = p;
    const first = open.findIndex((m) => m.end === p);
    if (first >= 0) {
      const reopen = open.slice(first).filter((m) => m.end !== p);
      out += '</mark>'.repeat(open.length - first);
      open.length = first;
      for (const m of reopen) {
        out += openTag(m, true);
        open.push(m);
      }
    }
    for (const m of starting.get(p) ?? []) {
      out += openTag(m, false);
      open.push(m);
    }
  }
  return out + '</mark>'.repeat(open.length);
}

function openTag(m: Mark, continued: boolean): string {
  const cls = ['m', `k-${m.kind}`, m.cls].filter(Boolean).join(' ');
  return `<mark class="${cls}" data-kind="${m.kind}" data-id="${m.id}" data-part="${m.part}"` +
    `${continued ? ' data-cont="1"' : ''} tabindex="0" title="${escapeHtml(m.title)}">`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
