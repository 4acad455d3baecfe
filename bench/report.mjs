/** Prints the bench result as plain tables on stdout. */
function table(rows) {
  if (!rows.length) return '';
  const cols = Object.keys(rows[0]);
  const cells = [cols, ...rows.map((r) => cols.map((c) => String(r[c] ?? '')))];
  const width = cols.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((c, i) => c.padEnd(width[i])).join('  ')).join('\n');
}

export function printReport(r) {
  const out = [`newsextract bench  ${r.when}  node ${r.node}  ${r.cpus} cpus  load ${r.loadavg.join(' ')}${r.quick ? '  (quick)' : ''}`];
  const tp = r.throughput;
  if (tp) {
    out.push('', `Throughput on ${tp.docs} articles, ${tp.kb} KB (best of ${tp.rounds} rounds by CPU time; compromise fed ${tp.compromiseFedAs})`);
    out.push(table([
      { what: 'compromise nlp(text) alone', ...tp.compromise },
      { what: 'full pipeline (extract)', ...tp.pipeline },
    ]));
    out.push(`ratio pipeline/compromise throughput: ${tp.ratio} by CPU time, ${tp.ratioWall} by wall time`);
    out.push('', 'Per phase (full pipeline, kept round, wall clock)');
    const entries = Object.entries(tp.phases);
    const rows = entries.filter(([p]) => !p.includes('.')).flatMap(([p, v]) => [
      { phase: p, ...v },
      ...entries.filter(([q]) => q.startsWith(`${p}.`)).map(([q, w]) => ({ phase: `  ${q}`, ...w })),
    ]);
    out.push(table(rows));
  }
  if (r.scaling) out.push('', 'Scaling (concatenated articles; vs10KB against the 10 KB baseline measured around each size)', table(r.scaling));
  if (r.memory) {
    out.push('', 'Memory');
    for (const [k, v] of Object.entries(r.memory)) out.push(`${k}: ${JSON.stringify(v)}`);
  }
  const c = r.coldStart;
  out.push('', `Cold start: ${c.command}: wall median ${c.medianWallMs} ms (min ${c.minWallMs}, max ${c.maxWallMs}), CPU median ${c.medianCpuMs} ms, ${c.runs} runs (exit ${c.exitStatus})`);
  out.push('', 'Targets', table(r.targets.map((t) => ({ ...t, pass: t.pass ? 'PASS' : 'FAIL' }))));
  console.log(out.join('\n'));
}
