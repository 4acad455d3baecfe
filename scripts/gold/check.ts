// Validates every fixtures/*.gold.json: the project's ExtractionSchema, every span slicing exactly
// from the fixture's .txt, unique ids, and every entity/claim reference pointing at an existing record.
// Usage: npx tsx scripts/gold/check.ts [fixtures-dir]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionSchema, RECORD_KINDS } from '../../src/schema/result.js';

const dir = process.argv[2] ?? 'fixtures';
const KIND_PREFIX = { entities: 'e', dates: 't', deadlines: 'dl', stances: 's', claims: 'c' } as const;

type Json = unknown;
const isSpan = (v: Json): v is { start: number; end: number; text: string } =>
  typeof v === 'object' && v !== null && typeof (v as any).start === 'number' && typeof (v as any).end === 'number' && typeof (v as any).text === 'string';

/** Walk every object in the record tree, reporting each span whose text does not slice from the fixture. */
function checkSpans(v: Json, text: string, path: string, errors: string[]): void {
  if (Array.isArray(v)) return v.forEach((x, i) => checkSpans(x, text, `${path}[${i}]`, errors));
  if (typeof v !== 'object' || v === null) return;
  if (isSpan(v)) {
    const got = text.slice(v.start, v.end);
    if (v.end < v.start || v.end > text.length || got !== v.text) errors.push(`${path}: span ${v.start}-${v.end} is ${JSON.stringify(got)}, not ${JSON.stringify(v.text)}`);
  }
  for (const [k, x] of Object.entries(v)) checkSpans(x, text, `${path}.${k}`, errors);
}

function checkFile(goldPath: string, textPath: string): string[] {
  const errors: string[] = [];
  if (!existsSync(textPath)) return [`missing text ${textPath}`];
  const text = readFileSync(textPath, 'utf8');
  const raw = JSON.parse(readFileSync(goldPath, 'utf8'));
  const parsed = ExtractionSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(`schema ${issue.path.join('.')}: ${issue.message}`);
    return errors;
  }
  const doc = parsed.data;
  checkSpans(raw, text, '$', errors);
  const ids = new Map<string, string>();
  for (const kind of RECORD_KINDS) {
    for (const r of doc[kind] as { id: string }[]) {
      if (!r.id.startsWith(KIND_PREFIX[kind]) || (kind === 'dates' && r.id.startsWith('dl'))) errors.push(`${kind}: id ${r.id} has the wrong prefix`);
      if (ids.has(r.id)) errors.push(`duplicate id ${r.id}`);
      ids.set(r.id, kind);
    }
  }
  const ref = (id: string | null | undefined, kind: string, where: string) => {
    if (id != null && ids.get(id) !== kind) errors.push(`${where}: ${id} is not an id in ${kind}`);
  };
  for (const e of doc.entities) for (const r of e.roles) ref(r.org, 'entities', `${e.id}.roles`);
  for (const d of doc.deadlines) { ref(d.issuer, 'entities', `${d.id}.issuer`); ref(d.target, 'entities', `${d.id}.target`); ref(d.claim, 'claims', `${d.id}.claim`); }
  for (const s of doc.stances) {
    ref(s.holder, 'entities', `${s.id}.holder`);
    ref(s.target, 'entities', `${s.id}.target`);
    // targetText is "the target as written": it must be words of the article.
    if (s.targetText != null && !text.includes(s.targetText)) errors.push(`${s.id}: targetText ${JSON.stringify(s.targetText)} is not in the text`);
  }
  for (const c of doc.claims) {
    ref(c.source, 'entities', `${c.id}.source`);
    if (c.sourceSpan && c.sourceText !== c.sourceSpan.text) errors.push(`${c.id}: sourceText differs from sourceSpan.text`);
  }
  // Mentions never overlap: a stretch of text names one entity once.
  const all = doc.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id }))).sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) {
    const [a, b] = [all[i - 1]!, all[i]!];
    if (b.start < a.end) errors.push(`mention ${b.text}@${b.start} (${b.id}) overlaps ${a.text}@${a.start} (${a.id})`);
  }
  return errors;
}

let failed = 0;
const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
for (const f of golds) {
  const errors = checkFile(join(dir, f), join(dir, f.replace(/\.gold\.json$/, '.txt')));
  console.log(`${errors.length ? 'FAIL' : 'ok  '} ${f}${errors.length ? ` (${errors.length} errors)` : ''}`);
  for (const e of errors.slice(0, 20)) console.log(`     ${e}`);
  if (errors.length) failed++;
}
if (!golds.length) { console.log(`no gold files in ${dir}`); failed = 1; }
process.exit(failed ? 1 : 0);
