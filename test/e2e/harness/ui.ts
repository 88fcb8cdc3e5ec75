/**
 * What a person does in the VS Code workbench, as Playwright steps: open a file from the
 * explorer, hover a phrase, run a command from the palette, read what is on screen, screenshot.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { repoRoot } from '../../../scripts/vscode/codeServer';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Opens a workspace file by clicking its row in the Explorer (prefix match on the file name). */
export async function openFromExplorer(page: Page, namePrefix: string): Promise<void> {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${namePrefix}"]`).first();
  if (!(await row.isVisible())) await openViewContainer(page, 'Explorer');
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await row.click();
  await page.locator(`.tabs-container .tab[aria-label^="${namePrefix}"]`).first().waitFor({ timeout: 30_000 });
  await activeEditor(page).locator('.view-lines').waitFor({ timeout: 30_000 });
  await ensureRendered(page);
}

/**
 * Headless Chromium on a loaded machine sometimes leaves a freshly opened editor unpainted (one line
 * drawn, the view-lines box never settling). A resize makes Monaco lay the editor out again.
 */
export async function ensureRendered(page: Page): Promise<void> {
  const lines = activeEditor(page).locator('.view-lines .view-line');
  for (let attempt = 0; attempt < 3; attempt++) {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      if ((await lines.count()) > 1) return;
      await page.waitForTimeout(250);
    }
    const size = page.viewportSize();
    if (!size) return;
    await page.setViewportSize({ width: size.width - 20, height: size.height });
    await page.waitForTimeout(300);
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
  }
}

/** CSS for the text editor of the active editor group (the one a new file opens in). */
const ACTIVE_EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';

/** The text editor of the active editor group. */
export function activeEditor(page: Page): Locator {
  return page.locator(ACTIVE_EDITOR).first();
}

/** Waits until the extension has put text decorations (`ced-*` classes) into the active editor; returns their count. */
export async function waitForDecorations(page: Page, timeoutMs = 30_000): Promise<number> {
  const sel = `${ACTIVE_EDITOR} .view-lines [class*="ced-"], ${ACTIVE_EDITOR} .view-overlays [class*="ced-"]`;
  await page.locator(sel).first().waitFor({ state: 'attached', timeout: timeoutMs });
  return page.locator(sel).count();
}

/** Moves the cursor to the first match of `text` with the Find widget, then closes it. */
export async function revealText(page: Page, text: string): Promise<void> {
  await ensureRendered(page);
  const lines = activeEditor(page).locator('.view-lines');
  try {
    await lines.click({ position: { x: 5, y: 5 }, timeout: 10_000 });
  } catch {
    await ensureRendered(page);
    await lines.click({ position: { x: 5, y: 5 }, force: true }); // the box still moving: click where it is
  }
  await page.keyboard.press(`${MOD}+KeyF`);
  const input = page.locator('.find-widget textarea, .find-widget input').first();
  await input.waitFor({ timeout: 10_000 });
  await input.fill(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft'); // caret at the match, no selection highlight
}

/** Opens a view container (activity bar icon) whose title starts with `title`; never toggles it closed. */
export async function openViewContainer(page: Page, title: string): Promise<void> {
  const item = page.locator('.activitybar li.action-item').filter({ has: page.locator(`a[aria-label^="${title}"]`) }).first();
  try {
    await item.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error(`no "${title}" icon in the activity bar: is the view container contributed?`);
  }
  const active = (await item.getAttribute('class'))?.split(/\s+/).includes('checked') ?? false;
  if (!active) await item.click();
  await page.mouse.move(700, 5); // away from the icon: its tooltip would cover the side bar
}

interface Box { x: number; y: number; width: number; height: number }

/**
 * In-page source (a string: the tsconfig has no DOM types, and tsx's `__name` helper does not exist
 * in the page). Monaco renders spaces as U+00A0 and splits a line into spans, so each view line's
 * text nodes are joined, the non-breaking spaces undone, then a DOM Range gives the screen box.
 */
const TEXT_BOX_JS = `(needle) => {
  const lines = document.querySelectorAll('${ACTIVE_EDITOR} .view-lines .view-line');
  for (const line of Array.from(lines)) {
    const nodes = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const joined = nodes.map((n) => n.data).join('').replace(/\\u00a0/g, ' ');
    const at = joined.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    const ends = [at, at + needle.length];
    for (let k = 0; k < 2; k++) {
      let rest = ends[k];
      let node = nodes[nodes.length - 1];
      let off = node.data.length;
      for (const n of nodes) {
        if (rest <= n.data.length) { node = n; off = rest; break; }
        rest -= n.data.length;
      }
      if (k === 0) range.setStart(node, off); else range.setEnd(node, off);
    }
    const b = Array.from(range.getClientRects()).find((r) => r.width > 0);
    if (b) return { x: b.x, y: b.y, width: b.width, height: b.height };
  }
  return null;
}`;

/** Screen box of the first on-screen occurrence of `text` in the active editor, or undefined. */
export async function textBox(page: Page, text: string): Promise<Box | undefined> {
  const box = await page.evaluate<Box | null>(`(${TEXT_BOX_JS})(${JSON.stringify(text)})`);
  return box ?? undefined;
}

/** Hovers `word` (a short phrase on one visual line) and returns the hover widget's text. */
export async function hoverAndRead(page: Page, word: string, timeoutMs = 15_000): Promise<string> {
  const box = await textBox(page, word);
  if (!box) throw new Error(`"${word}" is not visible in the active editor`);
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).last();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    try {
      await hover.waitFor({ state: 'visible', timeout: 3_000 });
      await page.waitForTimeout(500); // let every hover provider answer
      // A provider still working shows "Loading..." (a busy machine, the index still building): wait for it.
      let text = (await hover.innerText()).trim();
      while (/^Loading/.test(text) && Date.now() < deadline) {
        await page.waitForTimeout(250);
        text = (await hover.innerText()).trim();
      }
      return text;
    } catch {
      await page.mouse.move(5, 5);
    }
  }
  throw new Error(`no hover appeared over "${word}" within ${String(timeoutMs)} ms`);
}

/** Runs a command by its palette title (F1, type, Enter). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const item = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await item.waitFor({ state: 'visible', timeout: 15_000 });
  await item.click();
}

/** Titles offered by the palette for `query` (to tell "command missing" from "command broken"). */
export async function paletteTitles(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.fill(`>${query}`);
  await page.waitForTimeout(800);
  const titles = await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
  await page.keyboard.press('Escape');
  return titles.map((t) => t.split('\n')[0] ?? '');
}

/** Text of the side bar's first view (or whole side bar), waiting until `probe` accepts it. */
export async function sideBarText(page: Page, probe: (text: string) => boolean, timeoutMs: number, firstViewOnly = false): Promise<string> {
  const bar = page.locator(firstViewOnly ? '.part.sidebar .pane-body' : '.part.sidebar').first();
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await bar.innerText().catch(() => '');
    if (probe(text)) return text;
    await page.waitForTimeout(500);
  }
  return text;
}

/** All text the page shows, including webviews (iframes), for assertions on what a person reads. */
export async function visibleText(page: Page): Promise<string> {
  const parts: string[] = [];
  for (const frame of page.frames()) {
    try {
      parts.push(await frame.locator('body').innerText({ timeout: 2_000 }));
    } catch {
      // detached or cross-origin frame still loading: skip
    }
  }
  return parts.join('\n');
}

/** Text with digit-group separators removed ("10 000", "10.000", "10,000" -> "10000"). */
export function normaliseNumbers(text: string): string {
  return text.replace(/(\d)[\s\u00a0\u202f.,'](?=\d{3}\b)/g, '$1');
}

/**
 * Saves a screenshot to test-results/screenshots/ and, with PL_UPDATE_DOCS=1 and `forDocs`,
 * to docs/screenshots/ (the README's pictures).
 */
export async function screenshot(page: Page, name: string, forDocs = true): Promise<string> {
  const file = path.join(repoRoot, 'test-results', 'screenshots', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  if (forDocs && process.env.PL_UPDATE_DOCS === '1') {
    const doc = path.join(repoRoot, 'docs', 'screenshots', `${name}.png`);
    fs.mkdirSync(path.dirname(doc), { recursive: true });
    fs.copyFileSync(file, doc);
  }
  return file;
}
