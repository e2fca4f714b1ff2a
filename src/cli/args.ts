// The CLI's command line: options, their values, and how a command's failure becomes an exit code.
// Shared by the whole CLI (main.ts), its search-only entry (searchMain.ts) and the launcher that picks one.

export class UsageError extends Error {}

export interface Args {
  command: string;
  positional: string[];
  notes: string[];
  bundled: boolean;
  json: boolean;
  cache: boolean;
  flags: Map<string, string>;
}

const VALUE_FLAGS = new Set(['--notes', '--limit', '--count', '--seed', '--out', '--domain', '--service']);

export function parseArgs(argv: string[]): Args {
  const args: Args = { command: '', positional: [], notes: [], bundled: true, json: false, cache: true, flags: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--no-bundled') args.bundled = false;
    else if (a === '--no-cache') args.cache = false;
    else if (a === '--report') args.flags.set('--report', 'yes');
    else if (a === '-h' || a === '--help') args.command = 'help';
    else if (VALUE_FLAGS.has(a) || [...VALUE_FLAGS].some((f) => a.startsWith(f + '='))) {
      const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (flag === '--notes') args.notes.push(value); else args.flags.set(flag, value);
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (!args.command) args.command = a;
    else args.positional.push(a);
  }
  return args;
}

export function intFlag(args: Args, flag: string, def: number, min: number, max: number): number {
  const v = args.flags.get(flag);
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}`);
  return n;
}

export { out } from './output';

/** Runs the command `pick` chooses for the parsed arguments; 0 on success, 2 for bad usage, 1 for any other error. */
export async function runCli(argv: string[], pick: (args: Args) => (args: Args) => Promise<void>): Promise<number> {
  try {
    const args = parseArgs(argv);
    await pick(args)(args);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`de-study: ${e.message} (de-study --help for usage)\n`);
      return 2;
    }
    process.stderr.write(`de-study: ${(e as Error).message}\n`);
    return 1;
  }
}
