/**
 * Runs the end-to-end UI tests (test/e2e/*.e2e.ts) with mocha in this Node process (under tsx).
 * Usage: tsx scripts/vscode/runE2e.ts [--update-docs] [--grep TEXT]
 *   --update-docs  also copy the screenshots to docs/screenshots/ (for the README)
 * Env: PL_E2E_EXTENSION=DIR tests another extension folder (default: this repository).
 * Prints mocha's spec output and a closing "e2e: N passed, N failed" line; exit 1 on any failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { ensureCodeServer, repoRoot } from './codeServer';

function e2eFiles(): string[] {
  const dir = path.join(repoRoot, 'test', 'e2e');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.e2e.ts')).sort().map((f) => path.join(dir, f));
}

/** Runs the e2e suites; resolves to the exit code. */
export async function runE2e(argv: string[]): Promise<number> {
  if (argv.includes('--update-docs')) process.env.PL_UPDATE_DOCS = '1';
  const grepAt = argv.indexOf('--grep');
  ensureCodeServer(); // install outside the tests' timeouts
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 120_000 });
  if (grepAt >= 0 && argv[grepAt + 1]) mocha.grep(argv[grepAt + 1] ?? '');
  for (const f of e2eFiles()) mocha.addFile(f);
  const t0 = Date.now();
  const stats = await new Promise<{ passes: number; failures: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
  });
  const ran = stats.passes + stats.failures;
  const failed = stats.failures + (ran === 0 ? 1 : 0);
  if (ran === 0) console.error('[e2e] no test ran: counted as a failure');
  console.log(`[e2e] took ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in test-results/screenshots/`);
  console.log(`\ne2e: ${String(stats.passes)} passed, ${String(failed)} failed`);
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  runE2e(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error('[e2e] setup failed:', err instanceof Error ? err.message : err);
      console.log('\ne2e: 0 passed, 1 failed');
      process.exit(1);
    },
  );
}
