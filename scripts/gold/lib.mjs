// Gold authoring helper: a spec names phrases by text (and occurrence), never by offset.
// `g.at('[[Tehran]], for its part')` finds the n-th occurrence of the whole pattern and returns
// the span of the bracketed part; without brackets the whole pattern is the span.
// Occurrences are counted on word boundaries so "Israel" never matches inside "Israeli".
import { readFileSync, writeFileSync } from 'node:fs';

const WORD = /[\p{L}\p{N}]/u;
const NO_SPLIT_BEFORE = /(?:^|[\s(])(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec)$/;

/** Sentence segments: [start, end) pairs, dateline and date header kept apart from the first sentence. */
function segment(text) {
  const segs = [];
  let i = 0;
  const header = /^\s*date \d{4}-\d{2}-\d{2}\s*/.exec(text);
  if (header) i = header[0].length;
  const dateline = /^[A-ZÁÉÍÓÚ][A-ZÁÉÍÓÚ .]+(?:, [^—\n]{1,60}?)? — /u.exec(text.slice(i));
  if (dateline) { segs.push([i, i + dateline[0].length - 3]); i += dateline[0].length; }
  let start = i;
  const push = (end) => {
    let s = start, e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) segs.push([s, e]);
  };
  for (let k = i; k < text.length; k++) {
    const c = text[k];
    if (c === '\n') { push(k); start = k + 1; continue; }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let e = k + 1;
    while (e < text.length && /[”’")]/.test(text[e])) e++;
    if (e < text.length && text[e] !== ' ') continue;
    let n = e;
    while (n < text.length && text[n] === ' ') n++;
    if (n < text.length && !/[\p{Lu}“"‘\d]/u.test(text[n])) continue;
    if (c === '.' && NO_SPLIT_BEFORE.test(text.slice(Math.max(0, k - 6), k))) continue;
    push(e); start = e;
  }
  push(text.length);
  return segs;
}

export function createGold(slug, { date, dateSource }) {
  const text = readFileSync(new URL(`../../fixtures/${slug}.txt`, import.meta.url), 'utf8');
  const segs = segment(text);
  const used = new Map(); // pattern -> count of lookups, to catch ambiguous unnumbered uses
  const out = { id: slug, date, dateSource, entities: [], dates: [], deadlines: [], stances: [], claims: [] };
  const span = (start, end) => ({ start, end, text: text.slice(start, end) });

  function occurrences(pattern) {
    const m = /^(.*)\[\[(.+)\]\](.*)$/s.exec(pattern);
    const [pre, core, post] = m ? [m[1], m[2], m[3]] : ['', pattern, ''];
    const whole = pre + core + post;
    const found = [];
    for (let p = text.indexOf(whole); p >= 0; p = text.indexOf(whole, p + 1)) {
      const before = text[p - 1], after = text[p + whole.length];
      if ((before && WORD.test(before) && WORD.test(whole[0])) || (after && WORD.test(after) && WORD.test(whole.at(-1)))) continue;
      found.push(span(p + pre.length, p + pre.length + core.length));
    }
    return found;
  }
  /** The n-th (1-based) occurrence; n omitted means the pattern must be unique. */
  function at(pattern, n) {
    const all = occurrences(pattern);
    if (n === undefined && all.length !== 1) throw new Error(`${slug}: "${pattern}" occurs ${all.length} times; give n`);
    const s = all[(n ?? 1) - 1];
    if (!s) throw new Error(`${slug}: "${pattern}" occurrence ${n} not found`);
    return s;
  }
  function sentenceSpan(...spans) {
    const lo = Math.min(...spans.filter(Boolean).map((s) => s.start));
    const hi = Math.max(...spans.filter(Boolean).map((s) => s.end));
    const a = segs.find(([s, e]) => lo >= s && lo < e) ?? segs.find(([s]) => s >= lo);
    const b = [...segs].reverse().find(([s, e]) => hi > s && hi <= e);
    if (!a || !b) throw new Error(`${slug}: no sentence around ${lo}-${hi}`);
    return span(a[0], b[1]);
  }
  const prov = (...spans) => ({ rule: 'gold', confidence: 1, evidence: sentenceSpan(...spans) });
  const sp = (x, n) => (x == null ? null : typeof x === 'string' ? at(x, n) : x);

  let ids = { e: 0, t: 0, c: 0, s: 0, dl: 0 };
  const g = {
    text, at, all: occurrences,
    /** mentions: list of [pattern, kind?, n?] or {all: pattern, kind}; roles: [{title, span, org?, former?}] */
    entity(name, type, mentions, roles = []) {
      const ms = [];
      for (const m of mentions) {
        if (m.all) { const skip = new Set((m.except ?? []).flatMap((x) => occurrences(x).map((s) => s.start))); const f = occurrences(m.all).filter((s) => !skip.has(s.start)); if (!f.length) throw new Error(`${slug}: no "${m.all}"`); ms.push(...f.map((s) => ({ ...s, kind: m.kind ?? 'name' }))); continue; }
        const [pat, kind = 'name', n] = Array.isArray(m) ? m : [m];
        ms.push({ ...at(pat, n), kind });
      }
      ms.sort((a, b) => a.start - b.start);
      const seen = new Set();
      for (const m of ms) { const k = `${m.start}`; if (seen.has(k)) throw new Error(`${slug}: duplicate mention ${m.text}@${m.start}`); seen.add(k); }
      const id = `e${++ids.e}`;
      const rec = { id, name, type, mentions: ms, roles: [], ...prov(ms[0]) };
      rec.roles = roles.map((r) => ({ title: r.title, org: r.org ?? null, former: r.former ?? false, span: sp(r.span, r.n) }));
      out.entities.push(rec);
      return id;
    },
    date(pattern, n, type, value, { mod = null, interval = null } = {}) {
      const s = at(pattern, n ?? undefined);
      out.dates.push({ id: `t${++ids.t}`, ...s, type, value, mod, interval: interval && { start: interval[0], end: interval[1] }, ...prov(s) });
    },
    claim(c) {
      const id = `c${++ids.c}`;
      const sourceSpan = sp(c.sourceSpan, c.sourceN), cue = sp(c.cue, c.cueN), content = sp(c.content, c.contentN);
      out.claims.push({
        id, source: c.source ?? null, sourceSpan, sourceText: sourceSpan ? sourceSpan.text : null,
        sourceKind: c.sourceKind ?? (c.source ? 'named' : 'anonymous'), cue, cueClass: c.cueClass ?? 'speech', content,
        mode: c.mode ?? 'indirect', hedged: c.hedged ?? false, ...prov(cue, content, sourceSpan),
      });
      return id;
    },
    stance(s) {
      const cue = sp(s.cue, s.cueN);
      out.stances.push({
        id: `s${++ids.s}`, holder: s.holder ?? null, target: s.target ?? null, targetText: s.targetText ?? null,
        polarity: s.polarity, kind: s.kind, cue, negated: s.negated ?? false, hedged: s.hedged ?? false,
        modality: s.modality ?? null, ...prov(cue, ...(s.extra ?? []).map((x) => sp(x))),
      });
    },
    deadline(d) {
      const cue = sp(d.cue, d.cueN), demand = sp(d.demand), consequence = sp(d.consequence);
      out.deadlines.push({
        id: `dl${++ids.dl}`, issuer: d.issuer ?? null, target: d.target ?? null, cue, demand, consequence,
        duration: d.duration ?? null, due: d.due ?? null, dueEarliest: d.dueEarliest ?? null, dueLatest: d.dueLatest ?? null,
        status: d.status ?? 'pending', hedged: d.hedged ?? false, claim: d.claim ?? null, ...prov(cue, demand, consequence),
      });
    },
    write() {
      writeFileSync(new URL(`../../fixtures/${slug}.gold.json`, import.meta.url), JSON.stringify(out, null, 2) + '\n');
      return out;
    },
  };
  return g;
}

export { segment };
