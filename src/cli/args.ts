/**
 * Command-line parsing. We use `node:util` parseArgs rather than a library: it is built in (nothing
 * to load, which keeps `--help` and `--version` instant), strict (unknown options become usage
 * errors for free) and enough for a flat option set without subcommand trees.
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';

export const FORMATS = ['json', 'jsonl', 'pretty', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  command: 'extract' | 'eval' | 'help' | 'version';
  inputs: string[];
  date: string | null;
  format: Format;
  inputMode: 'text' | 'jsonl';
  out: string | null;
  resume: boolean;
  jobs: number;
  quiet: boolean;
  config: string | null;
  explain: boolean;
  limit: number | null;
}

/** A mistake in the command line: reported in one line, exit status 2. */
export class UsageError extends Error {}

const OPTIONS = {
  date: { type: 'string', short: 'd' },
  format: { type: 'string', short: 'f' },
  input: { type: 'string', short: 'i' },
  out: { type: 'string', short: 'o' },
  resume: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  config: { type: 'string', short: 'c' },
  explain: { type: 'boolean' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs messages are one line already ("Unknown option '--x'...").
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const v = parsed.values;
  let positionals = parsed.positionals;
  let command: CliOptions['command'] = 'extract';
  if (v.help) command = 'help';
  else if (v.version) command = 'version';
  else if (positionals[0] === 'eval') {
    command = 'eval';
    positionals = positionals.slice(1);
  }
  const opts: CliOptions = {
    command,
    inputs: positionals,
    date: v.date === undefined ? null : checkDate(v.date),
    format: 'json',
    inputMode: v.input === undefined ? 'text' : oneOf('--input', v.input, ['text', 'jsonl'] as const),
    out: v.out ?? null,
    resume: v.resume ?? false,
    jobs: v.jobs === undefined ? availableParallelism() : positiveInt('--jobs', v.jobs),
    quiet: v.quiet ?? false,
    config: v.config ?? null,
    explain: v.explain ?? false,
    limit: v.limit === undefined ? null : positiveInt('--limit', v.limit),
  };
  // JSONL in, JSONL out unless asked otherwise: one output line per input line.
  // `extract eval` prints a table unless --format json is asked for.
  const byDefault = command === 'eval' ? 'pretty' : opts.inputMode === 'jsonl' ? 'jsonl' : 'json';
  opts.format = v.format === undefined ? byDefault : oneOf('--format', v.format, FORMATS);
  if (command === 'extract') checkCombination(opts);
  return opts;
}

function checkCombination(o: CliOptions): void {
  if (o.inputs.length === 0) throw new UsageError('no input: give FILE..., a directory, a glob, or - for stdin (see --help)');
  if (o.inputs.filter((i) => i === '-').length > 1) throw new UsageError('stdin (-) can be given only once');
  if (o.resume && !o.out) throw new UsageError('--resume needs --out DIR');
  if (o.format === 'pretty' && o.out) throw new UsageError('--format pretty writes to the terminal; use json or html with --out');
}

function checkDate(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
    throw new UsageError(`--date must be a real date YYYY-MM-DD, got '${s}'`);
  }
  return s;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${allowed.join(', ')}, got '${value}'`);
}

function positiveInt(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${name} must be a positive integer, got '${value}'`);
  return Number(value);
}
