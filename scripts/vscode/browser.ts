/**
 * Headless Debian Chromium driven by playwright-core, for the code-server workbench.
 * playwright-core never downloads a browser: it drives /usr/bin/chromium (or PL_CHROMIUM).
 */
import * as fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Flags that keep Chromium off the (closed) network and quiet as root. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--disable-features=Translate,MediaRouter',
];

/** Finds a Chromium binary: PL_CHROMIUM, then Debian's, then Google's names. */
export function chromiumPath(): string {
  const candidates = [process.env.PL_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  throw new Error('Chromium not found: run scripts/vscode/install.sh (apt-get install chromium) or set PL_CHROMIUM');
}

/** Launches headless Chromium (headed when PL_HEADED=1 and a display exists). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: process.env.PL_HEADED !== '1',
    args: CHROMIUM_ARGS,
  });
}

/** Opens a page at a fixed desktop size and forwards page errors to `log` when PL_DEBUG is set. */
export async function newWorkbenchPage(browser: Browser, url: string, log: (s: string) => void): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (process.env.PL_DEBUG) {
    page.on('console', (m) => log(`[page ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => log(`[page error] ${e.message}`));
  }
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  return page;
}
