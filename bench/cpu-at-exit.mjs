// Preloaded into the cold-start child (node --import): reports the process's own CPU time at exit.
process.on('exit', () => {
  const c = process.cpuUsage();
  process.stderr.write(`bench-cpu-ms=${Math.round((c.user + c.system) / 1000)}\n`);
});
