/**
 * The demo without a desktop VS Code: code-server on 127.0.0.1 with the built extension installed
 * (symlinked into a demo extensions folder) and samples/workspace open; prints the URL and runs
 * until Ctrl-C. Used by scripts/demo.sh.
 * Usage: tsx scripts/vscode/serve.ts [--port N] [--workspace DIR] [--smoke]
 *   --smoke  self-check: open the URL in headless Chromium, open 000_*.txt, wait for the
 *            extension's decorations, screenshot, stop; prints "demo: N passed, N failed"
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { launchChromium, newWorkbenchPage } from './browser';
import { freePort, repoRoot, startCodeServer, workbenchUrl, type CodeServer } from './codeServer';
import { sampleWorkspace } from './workspace';

interface Manifest { publisher: string; name: string; version: string }

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A fresh demo extensions folder holding only a symlink to this repository's extension. */
function demoExtensionsDir(): string {
  const cache = path.join(process.env.XDG_CACHE_HOME ?? path.join(process.env.HOME ?? '/tmp', '.cache'), 'provenance-lens');
  const dir = path.join(cache, 'demo-extensions');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const m = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
  fs.symlinkSync(repoRoot, path.join(dir, `${m.publisher}.${m.name}-${m.version}`), 'dir');
  return dir;
}

async function smoke(server: CodeServer, url: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await newWorkbenchPage(browser, url, (s) => console.log(s));
    const row = page.locator('.explorer-folders-view .monaco-list-row[aria-label^="000_"]').first();
    await row.click({ timeout: 30_000 });
    await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 30_000 });
    // The extension is live when its text decorations (`ced-*` classes) are in the editor.
    await page.locator('.editor-instance .view-lines [class*="ced-"]').first().waitFor({ state: 'attached', timeout: 45_000 });
    await page.waitForTimeout(1000);
    const shot = path.join(repoRoot, 'test-results', 'screenshots', 'demo-smoke.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    console.log(`[demo] smoke check OK on ${server.origin}: 000_*.txt opened and decorated; ${path.relative(repoRoot, shot)}`);
    console.log('\ndemo: 1 passed, 0 failed');
    return 0;
  } catch (err) {
    console.error(`[demo] smoke check failed: ${err instanceof Error ? err.message : String(err)}`);
    console.log('\ndemo: 0 passed, 1 failed');
    return 1;
  } finally {
    await browser.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const smokeOnly = argv.includes('--smoke');
  const wanted = Number(arg(argv, '--port') ?? process.env.PL_PORT ?? 8080);
  const port = !smokeOnly && wanted > 0 && (await portIsFree(wanted)) ? wanted : await freePort();
  const workspace = path.resolve(arg(argv, '--workspace') ?? sampleWorkspace);
  const server = await startCodeServer({ workspace, port, extensionsDir: demoExtensionsDir() });
  const url = workbenchUrl(server, workspace);
  if (smokeOnly) {
    try {
      return await smoke(server, url);
    } finally {
      await server.stop();
    }
  }
  console.log('\n  Provenance Lens demo: VS Code 1.100.3 (code-server) is running with the extension installed.');
  console.log(`  Open this URL in a browser on this machine:\n\n    ${url}\n`);
  console.log('  (From another computer: ssh -L ' + String(port) + ':127.0.0.1:' + String(port) + ' this-host, then the same URL.)');
  console.log('  Press Ctrl-C to stop.\n');
  await new Promise<void>((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(sig, resolve);
  });
  console.log('\n[demo] stopping code-server');
  await server.stop();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('[demo] failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
