/**
 * Hand-written argument parsing for `provenance-lens` (no dependency): a command, flags, paths.
 */

export type Command = 'analyze' | 'compare';
export type CompareFormat = 'json' | 'markdown' | 'csv';

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'analyze'; json: boolean; paths: string[] }
  | { kind: 'compare'; format: CompareFormat; paths: string[] }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage:
  provenance-lens analyze [--json] PATH...
  provenance-lens compare [--json | --markdown | --csv] PATH...
  provenance-lens --help

PATH may be a .txt dump or a folder (walked recursively for .txt files).
Exit status: 0 all files analysed, 1 some files failed, 2 bad usage.`;

/** Parses argv (without node and script); never throws. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === '--version') return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: 'missing command' };
  if (command !== 'analyze' && command !== 'compare') return { kind: 'usage-error', message: `unknown command: ${command}` };
  const flags: string[] = [];
  const paths: string[] = [];
  let onlyPaths = false;
  for (const a of rest) {
    if (!onlyPaths && a === '--') onlyPaths = true;
    else if (!onlyPaths && a.startsWith('-') && a !== '-') flags.push(a);
    else paths.push(a);
  }
  const allowed = command === 'analyze' ? ['--json'] : ['--json', '--markdown', '--csv'];
  const unknown = flags.find((f) => !allowed.includes(f));
  if (unknown) return { kind: 'usage-error', message: `unknown option for ${command}: ${unknown}` };
  if (paths.length === 0) return { kind: 'usage-error', message: 'no PATH given' };
  if (command === 'analyze') return { kind: 'analyze', json: flags.includes('--json'), paths };
  const formats = [...new Set(flags)];
  if (formats.length > 1) return { kind: 'usage-error', message: `choose one output format, not ${formats.join(' and ')}` };
  const format: CompareFormat = formats[0] ? (formats[0].slice(2) as CompareFormat) : 'markdown';
  return { kind: 'compare', format, paths };
}
