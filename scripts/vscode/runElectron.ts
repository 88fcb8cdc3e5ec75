/**
 * Runs the same integration suites through @vscode/test-electron (desktop VS Code), for machines
 * with internet access (it downloads VS Code 1.100.3) or an installed VS Code:
 *   VSCODE_EXECUTABLE=/path/to/code tsx scripts/vscode/runElectron.ts
 * Not usable on the offline build machines: use runIntegration.ts (code-server) there.
 * Needs `npm run compile` first; under Linux without a display, wrap it in `xvfb-run -a`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleIntegrationTests } from './bundleTests';
import { repoRoot, tempDir } from './codeServer';
import { freshWorkspaceCopy, removeQuietly } from './workspace';

interface Result { passes: number; failures: number; error?: string }

/** Bundles the suites, runs them in desktop VS Code, prints the spec output; resolves to the exit code. */
export async function runElectron(): Promise<number> {
  const testsIndex = await bundleIntegrationTests();
  const work = tempDir('pl-electron-');
  const workspace = freshWorkspaceCopy();
  const resultFile = path.join(work, 'result.json');
  const logFile = path.join(work, 'result.log');
  let exitCode = 1;
  try {
    exitCode = await runTests({
      version: '1.100.3',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsIndex,
      extensionTestsEnv: { PL_TEST_RESULT: resultFile, PL_TEST_LOG: logFile },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(work, 'user')],
    }).catch((err: unknown) => {
      console.error('[electron] VS Code run failed:', err instanceof Error ? err.message : err);
      return 1;
    });
  } finally {
    if (fs.existsSync(logFile)) console.log(fs.readFileSync(logFile, 'utf8'));
    const result = fs.existsSync(resultFile) ? (JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Result) : undefined;
    if (result?.error) console.error(result.error);
    console.log(`\nintegration: ${String(result?.passes ?? 0)} passed, ${String(result ? result.failures : 1)} failed`);
    removeQuietly(work);
    removeQuietly(path.dirname(workspace));
  }
  return exitCode;
}

if (require.main === module) {
  runElectron().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
