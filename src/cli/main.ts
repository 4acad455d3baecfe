/**
 * The `extract` command. Only `node:` modules and small local files are imported up front, so
 * `--help`, `--version` and usage errors answer at once; the extractor (compromise, chrono-node)
 * is loaded only when there is something to extract.
 */
import { readFileSync } from 'node:fs';
import { parseCli, UsageError, type CliOptions } from './args.js';
import { HELP } from './help.js';

export async function main(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (err) {
    return usage(err);
  }
  try {
    if (opts.command === 'help') return print(HELP);
    if (opts.command === 'version') return print(`${version()}\n`);
    if (opts.command === 'eval') return await runEval(opts);
    const { runExtract } = await import('./run.js');
    return await runExtract(opts, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
  } catch (err) {
    if (err instanceof UsageError) return usage(err);
    // Anything else is our bug: still one line, with a hint to get the trace.
    process.stderr.write(`extract: internal error: ${String((err as Error)?.message ?? err).split('\n')[0]}\n`);
    if (process.env.EXTRACT_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`);
    return 1;
  }
}

async function runEval(opts: CliOptions): Promise<number> {
  const dir = opts.inputs[0] ?? 'fixtures';
  const { evaluateFixtures, formatEvalReport } = await import('../eval/index.js');
  const { createExtractor } = await import('../index.js');
  let extractor;
  try {
    extractor = createExtractor(opts.config ? JSON.parse(readFileSync(opts.config, 'utf8')) : {});
  } catch (err) {
    throw new UsageError(`--config: ${(err as Error).message.split('\n')[0]}`);
  }
  let report;
  try {
    report = evaluateFixtures(dir, extractor);
  } catch (err) {
    process.stderr.write(`extract eval: ${dir}: ${(err as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  return print(opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatEvalReport(report) + '\n');
}

function usage(err: unknown): number {
  process.stderr.write(`extract: ${(err as Error).message}\nTry 'extract --help'.\n`);
  return 2;
}

function print(s: string): number {
  process.stdout.write(s);
  return 0;
}

/** Read from package.json next to dist/ (or src/cli/ when run from source). */
function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      /* try the next location */
    }
  }
  return 'unknown';
}

// A closed pipe (`extract ... | head`) is a normal way for a reader to stop: exit quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
