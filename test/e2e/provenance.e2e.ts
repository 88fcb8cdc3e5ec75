/**
 * End-to-end: a person's path through Provenance Lens in a real VS Code 1.100.3 (code-server +
 * headless Chromium), on a fresh copy of samples/workspace. Screenshots go to
 * test-results/screenshots/ (and docs/screenshots/ with --update-docs).
 * Run: npm run test:e2e   (driver: scripts/vscode/runE2e.ts)
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './harness/session';
import * as ui from './harness/ui';

const QUOTE_WORDS = 'Je peux confirmer';
const COMPARE_TITLE = 'Compare claims across workspace';

/** Polls `probe` until it returns true or the time is up; returns the last text seen. */
async function waitForText(page: Page, probe: (text: string) => boolean, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await ui.visibleText(page);
    if (probe(text)) return text;
    await page.waitForTimeout(1000);
  }
  return text;
}

describe('Provenance Lens in a real VS Code (e2e)', function () {
  this.timeout(120_000);
  let session: Session | undefined;
  const page = (): Page => {
    if (!session) throw new Error('no VS Code session (setup failed)');
    return session.page;
  };

  before(async function () {
    this.timeout(240_000);
    session = await openSession();
  });

  after(async () => {
    await session?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      const name = (this.currentTest.title || 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await ui.screenshot(session.page, `failed-${name}`, false).catch(() => undefined);
    }
  });

  it('decorates a dump opened from the explorer', async () => {
    await ui.openFromExplorer(page(), '000_');
    const count = await ui.waitForDecorations(page(), 45_000).catch(() => 0);
    assert.ok(count > 0, 'no text decorations appeared in 000_*.txt within 45 s');
    await ui.revealText(page(), QUOTE_WORDS);
    await page().waitForTimeout(500);
    await ui.screenshot(page(), '01-decorated-dump');
  });

  it('hovering the Vedant Patel quote names the speaker and the other file that carries it', async () => {
    await ui.openFromExplorer(page(), '000_');
    await ui.revealText(page(), QUOTE_WORDS);
    const hover = await ui.hoverAndRead(page(), 'peux confirmer');
    await ui.screenshot(page(), '02-quote-hover');
    assert.match(hover, /Vedant Patel/, `hover text lacks the speaker:\n${hover}`);
    assert.match(hover, /001_b8ef23abcf924c8b|\b001\b/, `hover text does not mention file 001:\n${hover}`);
  });

  it('clicking the 001 link in that hover opens 001 at the same quote', async () => {
    await ui.openFromExplorer(page(), '000_');
    await ui.revealText(page(), QUOTE_WORDS);
    await ui.hoverAndRead(page(), 'peux confirmer');
    const link = page().locator('.monaco-hover:not(.hidden) a', { hasText: '001_b8ef23abcf924c8b' }).first();
    await link.waitFor({ state: 'visible', timeout: 10_000 });
    await link.click();
    const tab = page().locator('.tabs-container .tab.active[aria-label^="001_"]');
    await tab.waitFor({ timeout: 15_000 }).catch(() => undefined);
    assert.ok(await tab.count() > 0, 'the active tab is not 001_*.txt after clicking the hover link');
    await page().waitForTimeout(800);
    const box = await ui.textBox(page(), 'peux confirmer');
    await ui.screenshot(page(), '05-hover-link-opened-001', false);
    assert.ok(box, 'the quote "Je peux confirmer" is not on screen in 001 after following the link');
  });

  it('opens the Provenance panel and lists the claims of the open file', async () => {
    await ui.openFromExplorer(page(), '000_');
    await ui.openViewContainer(page(), 'Provenance');
    const lists = (t: string): boolean => /Vedant Patel/.test(t) && /peux confirmer/.test(t);
    const text = await ui.sideBarText(page(), lists, 30_000, true);
    await ui.screenshot(page(), '03-provenance-panel');
    assert.ok(lists(text), `the first view of the Provenance side bar does not list the Vedant Patel quote of 000_*.txt:\n${text.slice(0, 600)}`);
  });

  it('"Compare claims across workspace" reports the 10 000 / 11 000 / 12 000 soldats conflict', async () => {
    const titles = await ui.paletteTitles(page(), COMPARE_TITLE);
    assert.ok(titles.some((t) => t.includes(COMPARE_TITLE)), `"${COMPARE_TITLE}" is not in the command palette (got: ${titles.join(' | ') || 'nothing'})`);
    await ui.runCommand(page(), COMPARE_TITLE);
    const found = (t: string): boolean => {
      const n = ui.normaliseNumbers(t);
      return ['10000', '11000', '12000'].every((v) => n.includes(v)) && /conflict/i.test(t);
    };
    const text = await waitForText(page(), found, 60_000);
    await ui.screenshot(page(), '04-compare-report');
    const n = ui.normaliseNumbers(text);
    for (const v of ['10000', '11000', '12000']) assert.ok(n.includes(v), `the report does not show ${v} soldats`);
    assert.match(text, /conflict/i, 'the report does not flag a conflict');
    assert.match(text, /soldats/i, 'the report does not say what is counted (soldats)');
  });

  it('leaves a non-dump file (README.txt) undecorated', async () => {
    await ui.openFromExplorer(page(), 'README.txt');
    await page().waitForTimeout(3000);
    const count = await ui.waitForDecorations(page(), 2_000).catch(() => 0);
    await ui.screenshot(page(), '06-readme-untouched', false);
    assert.equal(count, 0, `README.txt got ${String(count)} decorations`);
  });
});
