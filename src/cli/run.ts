/**
 * The command-line front: parse arguments, run `analyze` or `compare`, print, return the exit code
 * (0 all analysed, 1 some files failed, 2 bad usage). Never writes to input files.
 */
import { compareAnalyses } from '../core/link';
import { reportToCsv, reportToJson, reportToMarkdown } from '../core/report';
import { parseArgs, USAGE } from './args';
import { analyzeJson, analyzeSummary, safe } from './analyzeOutput';
import { loadAndAnalyze } from './load';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs the CLI on `argv` (arguments after the script name) and resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  switch (args.kind) {
    case 'help':
      io.stdout(USAGE + '\n');
      return 0;
    case 'version':
      io.stdout('provenance-lens 0.1.0\n');
      return 0;
    case 'usage-error':
      io.stderr(`provenance-lens: ${args.message}\n\n${USAGE}\n`);
      return 2;
    case 'analyze':
      return runAnalyze(args.paths, args.json, io);
    case 'compare':
      return runCompare(args.paths, args.format, io);
  }
}

async function runAnalyze(paths: readonly string[], json: boolean, io: CliIo): Promise<number> {
  const { files, errors } = await loadAndAnalyze(paths);
  if (json) io.stdout(analyzeJson(files, errors));
  else {
    io.stdout(files.map(analyzeSummary).join('\n'));
    reportErrors(errors, io);
  }
  return errors.length > 0 ? 1 : 0;
}

async function runCompare(paths: readonly string[], format: 'json' | 'markdown' | 'csv', io: CliIo): Promise<number> {
  const { files, errors } = await loadAndAnalyze(paths);
  const report = compareAnalyses(files, [...errors]);
  if (format === 'json') io.stdout(reportToJson(report) + '\n');
  else if (format === 'csv') io.stdout(reportToCsv(report));
  else io.stdout(reportToMarkdown(report));
  if (format !== 'json') reportErrors(errors, io);
  return errors.length > 0 ? 1 : 0;
}

function reportErrors(errors: ReadonlyArray<{ path: string; message: string }>, io: CliIo): void {
  for (const e of errors) io.stderr(`provenance-lens: ${safe(e.path)}: ${safe(e.message)}\n`);
}
