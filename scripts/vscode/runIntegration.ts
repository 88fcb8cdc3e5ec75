/**
 * Runs the integration suites (test/integration/suite/*.test.ts) inside a real VS Code 1.100.3
 * extension host: code-server on 127.0.0.1 + the workbench in headless Chromium, with the
 * extension loaded through the `extensionDevelopmentPath` payload and the bundled tests through
 * `extensionTestsPath`. The tests write their result to a JSON file that this driver waits for.
 *
 * Usage: tsx scripts/vscode/runIntegration.ts [--extension DIR] [--tests index.js] [--timeout S]
 *   --extension  extension folder (default: the repository; `npm run compile` must have run)
 *   --tests      an already bundled index.js (default: bundle test/integration now)
 *   --timeout    seconds to wait for the result (default 300, or PL_INTEGRATION_TIMEOUT)
 * Env: PL_TEST_GREP filters tests by title; PL_DEBUG=1 prints the page console and code-server log.
 * Exit code: 0 all passed, 1 failures / timeout / setup error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, newWorkbenchPage } from './browser';
import { bundleIntegrationTests } from './bundleTests';
import { remoteUri, repoRoot, startCodeServer, tempDir, workbenchUrl, type CodeServer } from './codeServer';
import { freshWorkspaceCopy, removeQuietly } from './workspace';

interface Options { extension: string; tests?: string; timeoutS: number }

interface Result {
  passes: number; failures: number; pending: number; tests: number; durationMs: number;
  failed: { title: string; message: string }[]; error?: string;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const timeout = get('--timeout') ?? process.env.PL_INTEGRATION_TIMEOUT ?? '300';
  const tests = get('--tests');
  return {
    extension: path.resolve(get('--extension') ?? repoRoot),
    tests: tests ? path.resolve(tests) : undefined,
    timeoutS: Number(timeout),
  };
}

function checkExtensionBuilt(extDir: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8')) as { main?: string };
  if (manifest.main && !fs.existsSync(path.join(extDir, manifest.main))) {
    throw new Error(`${manifest.main} is missing in ${extDir}: run \`npm run compile\` first`);
  }
}

async function waitForFile(file: string, timeoutS: number, alive: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutS * 1000;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) return true;
    if (!alive()) return false;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function report(result: Result, logText: string): number {
  if (logText.trim()) console.log(logText.trimEnd());
  if (result.error) console.error(`\nIntegration run error:\n${result.error}`);
  for (const f of result.failed) console.error(`\nFAILED: ${f.title}\n  ${f.message.split('\n').join('\n  ')}`);
  const ok = !result.error && result.failures === 0 && result.passes > 0;
  if (result.passes === 0 && !result.error && result.failures === 0) console.error('[integration] no test ran: counted as a failure');
  const failed = result.failures + (ok || result.failures > 0 ? 0 : 1);
  console.log(`[integration] mocha run took ${(result.durationMs / 1000).toFixed(1)} s`);
  console.log(`\nintegration: ${String(result.passes)} passed, ${String(failed)} failed`);
  return ok ? 0 : 1;
}

/** Runs the suites once and returns the process exit code. */
export async function runIntegration(opts: Options): Promise<number> {
  const t0 = Date.now();
  checkExtensionBuilt(opts.extension);
  const testsIndex = opts.tests ?? (await bundleIntegrationTests());
  const work = tempDir('pl-int-');
  const resultFile = path.join(work, 'result.json');
  const logFile = path.join(work, 'result.log');
  let workspace: string | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const cleanup = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    removeQuietly(workspace && path.dirname(workspace));
  };
  const onSignal = (): void => { void cleanup().then(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    workspace = freshWorkspaceCopy();
    server = await startCodeServer({ workspace, env: { PL_TEST_RESULT: resultFile, PL_TEST_LOG: logFile } });
    console.log(`[integration] code-server ready on ${server.origin} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    browser = await launchChromium();
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', remoteUri(server, opts.extension)],
      ['extensionTestsPath', remoteUri(server, testsIndex)],
    ];
    await newWorkbenchPage(browser, workbenchUrl(server, workspace, payload), (s) => console.log(s));
    console.log('[integration] workbench open, waiting for the extension host to run the suites');
    const done = await waitForFile(resultFile, opts.timeoutS, () => browser?.isConnected() ?? false);
    const logText = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    if (!done) {
      if (logText) console.log(logText);
      console.error(`[integration] no result after ${String(opts.timeoutS)} s (timeout)`);
      if (process.env.PL_DEBUG) console.error(server.output());
      console.log('\nintegration: 0 passed, 1 failed');
      return 1;
    }
    const code = report(JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Result, logText);
    if (code !== 0 && process.env.PL_DEBUG) console.error(server.output());
    console.log(`[integration] total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    await cleanup();
    removeQuietly(work);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

if (require.main === module) {
  runIntegration(parseArgs(process.argv.slice(2))).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error('[integration] setup failed:', err instanceof Error ? err.message : err);
      console.log('\nintegration: 0 passed, 1 failed');
      process.exit(1);
    },
  );
}
