/** `--format pretty`: a coloured, readable summary of one article for the terminal. */
import pc from 'picocolors';
import type { Extraction } from '../schema/result.js';

type Doc = Extraction & { source?: string };
type Colors = ReturnType<typeof pc.createColors>;

const MAX_QUOTE = 90;

export function renderPretty(doc: Doc, text: string, color: boolean): string {
  const c = pc.createColors(color);
  const name = entityNamer(doc);
  const lines: string[] = [];
  const dated = doc.date ? `${doc.date} (from ${doc.dateSource})` : 'no document date';
  const where = doc.id && doc.source && doc.id !== doc.source ? `${doc.id}  ${c.dim(`(${doc.source})`)}` : doc.source ?? doc.id ?? 'document';
  lines.push(c.bold(`── ${where}`) + c.dim(`  ${text.length} chars, ${dated}`));

  section(lines, c, 'Entities', doc.entities, (e) =>
    `${c.cyan(e.type.padEnd(6))} ${c.bold(e.name)} ${c.dim(`×${e.mentions.length}`)}` +
    (e.roles.length ? c.dim(` — ${e.roles.map((r) => r.title).join(', ')}`) : '') + rule(c, e.rule));
  section(lines, c, 'Dates', doc.dates, (d) =>
    `${c.yellow(quote(d.text))} → ${c.bold(d.value)} ${c.dim(d.type + (d.mod ? ` ${d.mod}` : ''))}${rule(c, d.rule)}`);
  section(lines, c, 'Deadlines', doc.deadlines, (d) => {
    const when = d.due ?? (d.dueEarliest || d.dueLatest ? `${d.dueEarliest ?? '?'}…${d.dueLatest ?? '?'}` : 'no date');
    const who = [d.issuer && `by ${name(d.issuer)}`, d.target && `for ${name(d.target)}`].filter(Boolean).join(' ');
    return `${c.red(quote(d.cue.text))} due ${c.bold(when)}${d.duration ? c.dim(` (${d.duration})`) : ''} ${c.dim(d.status)}` +
      (who ? ` ${who}` : '') + (d.demand ? `\n      demand: ${quote(d.demand.text)}` : '') +
      (d.consequence ? `\n      or: ${quote(d.consequence.text)}` : '') + rule(c, d.rule);
  });
  section(lines, c, 'Stances', doc.stances, (s) => {
    const pol = s.polarity === 'support' ? c.green(s.polarity) : s.polarity === 'oppose' ? c.red(s.polarity) : c.dim(s.polarity);
    const flags = [s.negated && 'negated', s.hedged && 'hedged', s.modality].filter(Boolean).join(', ');
    return `${name(s.holder) ?? c.dim('?')} ${pol}/${s.kind} → ${name(s.target) ?? (s.targetText ? quote(s.targetText) : c.dim('?'))}` +
      ` ${c.magenta(quote(s.cue.text))}${flags ? c.dim(` (${flags})`) : ''}${rule(c, s.rule)}`;
  });
  section(lines, c, 'Claims', doc.claims, (cl) => {
    const src = name(cl.source) ?? cl.sourceText ?? c.dim(cl.sourceKind);
    return `${c.bold(src)} ${c.blue(cl.cue.text)}${cl.hedged ? c.dim(' (hedged)') : ''}: ${quote(cl.content.text)}${rule(c, cl.rule)}`;
  });
  return lines.join('\n') + '\n\n';
}

function section<T>(lines: string[], c: Colors, title: string, items: readonly T[], line: (x: T) => string): void {
  lines.push(items.length ? `  ${c.underline(title)} ${c.dim(`(${items.length})`)}` : c.dim(`  ${title} (0)`));
  for (const item of items) lines.push(`    ${line(item)}`);
}

function entityNamer(doc: Doc): (id: string | null) => string | null {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return (id) => (id ? names.get(id) ?? id : null);
}

function rule(c: Colors, id: string): string {
  return c.dim(`  [${id}]`);
}

/** One line, quoted, shortened in the middle of long spans. */
function quote(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const short = flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 30)} … ${flat.slice(-25)}` : flat;
  return `“${short}”`;
}
