/**
 * One end-to-end session: code-server with the built extension installed (a symlink in a fresh
 * extensions folder, so it loads as for a user, not in development mode), a fresh copy of
 * samples/workspace, and the workbench open in headless Chromium.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newWorkbenchPage } from '../../../scripts/vscode/browser';
import { repoRoot, startCodeServer, tempDir, workbenchUrl, type CodeServer } from '../../../scripts/vscode/codeServer';
import { freshWorkspaceCopy, removeQuietly } from '../../../scripts/vscode/workspace';

export interface Session {
  readonly page: Page;
  readonly workspace: string;
  readonly server: CodeServer;
  close(): Promise<void>;
}

interface Manifest { publisher: string; name: string; version: string; main?: string }

/** The extension under test: PL_E2E_EXTENSION or the repository (built by `npm run compile`). */
export function extensionDir(): string {
  return path.resolve(process.env.PL_E2E_EXTENSION ?? repoRoot);
}

/** Installs `extDir` into a new extensions folder by symlink, as `publisher.name-version`. */
export function installBySymlink(extDir: string): { dir: string; id: string } {
  const m = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8')) as Manifest;
  if (m.main && !fs.existsSync(path.join(extDir, m.main))) {
    throw new Error(`${m.main} missing in ${extDir}: run \`npm run compile\` first`);
  }
  const dir = tempDir('pl-e2e-ext-');
  fs.symlinkSync(extDir, path.join(dir, `${m.publisher}.${m.name}-${m.version}`), 'dir');
  return { dir, id: `${m.publisher}.${m.name}` };
}

/** Starts code-server + Chromium on a fresh workspace copy and waits for the workbench. */
export async function openSession(): Promise<Session> {
  const ext = installBySymlink(extensionDir());
  const workspace = freshWorkspaceCopy();
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    removeQuietly(ext.dir);
    removeQuietly(path.dirname(workspace));
  };
  try {
    server = await startCodeServer({ workspace, extensionsDir: ext.dir });
    browser = await launchChromium();
    const page = await newWorkbenchPage(browser, workbenchUrl(server, workspace), (s) => console.log(s));
    return { page, workspace, server, close };
  } catch (err) {
    await close();
    throw err;
  }
}
