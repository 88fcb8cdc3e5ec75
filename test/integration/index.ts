/**
 * Integration test entry point, loaded by VS Code's extension host as `extensionTestsPath`
 * (the @vscode/test-electron contract: `run()` settles when the tests are done).
 *
 * Bundled by scripts/vscode/bundleTests.ts to out/test/integration/index.js, next to the suites
 * (out/test/integration/suite/*.test.js). Both mocha UIs are available: `describe/it` and `suite/test`.
 * The result goes to the JSON file named by PL_TEST_RESULT (default: result.json beside this file)
 * and mocha's spec output to PL_TEST_LOG (default: result.log), because the driver cannot see the
 * extension host's console.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

/** What the driver reads back. */
export interface IntegrationResult {
  passes: number;
  failures: number;
  pending: number;
  tests: number;
  durationMs: number;
  failed: { title: string; message: string; stack?: string }[];
  /** Set when the run could not start (a suite failed to load, for example). */
  error?: string;
}

function suiteFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Copies mocha's reporter output and console.log into `log` while the tests run. */
function teeOutput(log: fs.WriteStream): () => void {
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const origReporterLog = base.consoleLog;
  const origLog = console.log;
  const tee = (orig: (...args: unknown[]) => void) => (...args: unknown[]): void => {
    log.write(util.format(...args) + '\n');
    orig(...args);
  };
  base.consoleLog = tee(origReporterLog);
  console.log = tee(origLog);
  return () => {
    base.consoleLog = origReporterLog;
    console.log = origLog;
  };
}

function writeResult(file: string, result: IntegrationResult): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file + '.tmp', JSON.stringify(result, null, 2));
  fs.renameSync(file + '.tmp', file); // atomic: the driver never reads half a file
}

function runMocha(mocha: Mocha, result: IntegrationResult): Promise<void> {
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve()); // loads the suites with require(), as `vscode` needs
    result.tests = runner.total;
    runner.on('pass', () => { result.passes += 1; });
    runner.on('pending', () => { result.pending += 1; });
    runner.on('fail', (test, err: unknown) => {
      result.failures += 1;
      const e = err instanceof Error ? err : new Error(String(err));
      result.failed.push({ title: test.fullTitle(), message: e.message, stack: e.stack?.split('\n').slice(0, 8).join('\n') });
    });
  });
}

/** Runs every suite under ./suite with mocha; rejects when any test fails. */
export async function run(): Promise<void> {
  const resultFile = process.env.PL_TEST_RESULT ?? path.join(__dirname, 'result.json');
  const logFile = process.env.PL_TEST_LOG ?? path.join(__dirname, 'result.log');
  const result: IntegrationResult = { passes: 0, failures: 0, pending: 0, tests: 0, durationMs: 0, failed: [] };
  const log = fs.createWriteStream(logFile);
  const untee = teeOutput(log);
  const start = Date.now();
  try {
    const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
    Mocha.interfaces.tdd(mocha.suite); // suite()/test() too, whichever the suites use
    if (process.env.PL_TEST_GREP) mocha.grep(process.env.PL_TEST_GREP);
    const files = suiteFiles(path.join(__dirname, 'suite'));
    if (files.length === 0) throw new Error(`no *.test.js suites under ${path.join(__dirname, 'suite')}`);
    files.forEach((f) => mocha.addFile(f));
    await runMocha(mocha, result);
  } catch (err) {
    result.error = err instanceof Error ? (err.stack ?? err.message) : String(err);
  } finally {
    result.durationMs = Date.now() - start;
    untee();
    await new Promise<void>((r) => log.end(r));
    writeResult(resultFile, result);
  }
  if (result.error) throw new Error(result.error);
  if (result.failures > 0) throw new Error(`${String(result.failures)} integration test(s) failed`);
}
