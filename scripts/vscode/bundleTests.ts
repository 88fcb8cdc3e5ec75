/**
 * Bundles the integration tests for the extension host: test/integration/index.ts and every
 * test/integration/suite/**\/*.test.ts, each to its own CommonJS file under out/test/integration/
 * (`vscode` and `mocha` stay external: the host provides `vscode`, node_modules provides mocha).
 * Usage: tsx scripts/vscode/bundleTests.ts [--root DIR] (DIR defaults to the repository).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './codeServer';

/** Where the bundles go, relative to the root. */
export const BUNDLE_DIR = path.join('out', 'test', 'integration');

function testEntries(root: string): string[] {
  const suiteDir = path.join(root, 'test', 'integration', 'suite');
  const suites = fs.existsSync(suiteDir)
    ? fs.readdirSync(suiteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts'))
    : [];
  return [path.join(root, 'test', 'integration', 'index.ts'), ...suites.sort().map((f) => path.join(suiteDir, f))];
}

/** Bundles the runner and suites; returns the absolute path of the bundled index.js. */
export async function bundleIntegrationTests(root: string = repoRoot): Promise<string> {
  const outdir = path.join(root, BUNDLE_DIR);
  fs.rmSync(outdir, { recursive: true, force: true });
  const entryPoints = testEntries(root);
  await esbuild.build({
    entryPoints,
    outbase: path.join(root, 'test', 'integration'),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  console.log(`[bundle] ${String(entryPoints.length - 1)} suite file(s) -> ${path.relative(root, outdir)}/`);
  return path.join(outdir, 'index.js');
}

if (require.main === module) {
  const i = process.argv.indexOf('--root');
  const root = i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1] ?? '.') : repoRoot;
  bundleIntegrationTests(root).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
