/**
 * `provenance-lens` entry point (bundled to dist/cli.js). All logic is in `runCli` so that tests
 * can drive it in-process.
 */
import { runCli } from './run';

void runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`provenance-lens: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
