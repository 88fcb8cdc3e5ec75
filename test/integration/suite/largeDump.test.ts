import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyzeText } from '../../../src/core/analyze';
import { DECORATION_KINDS, planDecorations } from '../../../src/extension/decorations/decorationPlan';
import type { ProvenanceLensApi } from '../../../src/extension/testApi';
import { closeAll, DUMP_LANGUAGE, getApi, makeTempFolder, openDocument, removeFolder, waitFor, workspaceFile, writeFile } from './helpers';

const ALL = { quotes: true, numbers: true, boilerplate: true, speakerNames: true };
const QUOTE_KINDS = new Set(['attributedQuote', 'unattributedQuote', 'fragment']);

/** About 2 MB: the five seed dumps of the test workspace repeated (written to a temp folder, never committed). */
async function bigDumpText(): Promise<string> {
  const seeds: string[] = [];
  for (const prefix of ['000_', '001_', '002_', '003_', '004_']) seeds.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(await workspaceFile(prefix))));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 2_000_000; i++) {
    parts.push(seeds[i % seeds.length]);
    size += seeds[i % seeds.length].length + 1;
  }
  return parts.join('\n');
}

/** Drawn ranges per kind, as "kind line:char-line:char" strings, restricted to lines [from, to]. */
function drawn(api: ProvenanceLensApi, uri: vscode.Uri, from: number, to: number, quotesAsOne = false): string[] {
  const out: string[] = [];
  const ranges = api.decorationRanges(uri);
  for (const kind of DECORATION_KINDS) {
    for (const r of ranges[kind]) {
      if (r.start.line < from || r.start.line > to) continue;
      const k = quotesAsOne && QUOTE_KINDS.has(kind) ? 'quote' : kind;
      out.push(`${k} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);
    }
  }
  return out.sort();
}

function covers(state: ReturnType<ProvenanceLensApi['decorationState']>, editor: vscode.TextEditor): boolean {
  const v = editor.visibleRanges;
  return !!state && !state.full && v.length > 0 && state.fromLine <= v[0].start.line && state.toLine >= v[v.length - 1].end.line;
}

suite('Provenance Lens: large dumps are decorated viewport first', () => {
  let folder: vscode.Uri | undefined;
  let api: ProvenanceLensApi | undefined;

  suiteTeardown(async () => {
    await closeAll();
    await removeFolder(folder, api);
  });

  test('a 2 MB dump: the viewport is decorated from a window, scrolling decorates the new viewport, the whole analysis then replaces it', async function () {
    this.timeout(120_000);
    api = await getApi();
    const t0 = Date.now();
    const phase = (label: string): void => console.log(`      [large dump] ${label} after ${Date.now() - t0} ms`); // diagnostics only
    folder = await makeTempFolder('large');
    const uri = await writeFile(folder, 'big-dump.txt', await bigDumpText());
    phase('2 MB dump written');
    const release = api.holdFullDecorations(); // deterministic: the worker's whole-file result waits until we look
    let windowLines: string[] = [];
    let windowSpan = { from: 0, to: -1 };
    let editor: vscode.TextEditor;
    let doc: vscode.TextDocument;
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      doc = await waitFor(() => {
        const d = openDocument(uri);
        return d && d.languageId === DUMP_LANGUAGE ? d : undefined;
      }, 'the big dump to become a dump');
      phase('opened as a dump');
      assert.ok(doc.getText().length > 256 * 1024);
      editor = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document === doc), 'an editor on the big dump');
      const top = await waitFor(() => (covers(api!.decorationState(uri), editor) ? api!.decorationState(uri) : undefined), 'window decorations on the viewport', 20_000);
      phase('window decorations on the first viewport');
      assert.equal(top.full, false, 'drawn from a window while the whole analysis is held');
      assert.ok(top.toLine < doc.lineCount / 10, `the window is small (${top.fromLine}-${top.toLine} of ${doc.lineCount} lines)`);
      const first = drawn(api, uri, 0, doc.lineCount);
      assert.ok(first.length > 0, 'the visible lines carry decorations');
      assert.ok(first.some((r) => r.startsWith('boilerplate')) && first.some((r) => r.startsWith('number')), first.slice(0, 5).join(', '));
      assert.ok(drawn(api, uri, top.toLine + 1, doc.lineCount).length === 0, 'nothing is drawn past the window');

      const middle = Math.floor(doc.lineCount / 2);
      editor.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.AtTop);
      const scrolled = await waitFor(() => {
        const s = api!.decorationState(uri);
        return covers(s, editor) && s!.fromLine > top.toLine ? s : undefined;
      }, 'window decorations on the scrolled viewport', 20_000);
      phase('window decorations on the scrolled viewport');
      windowSpan = { from: scrolled.fromLine, to: scrolled.toLine };
      windowLines = drawn(api, uri, scrolled.fromLine, scrolled.toLine, true);
      assert.ok(windowLines.some((r) => r.startsWith('quote')), 'quotes are drawn in the middle of the dump');
      assert.equal(drawn(api, uri, 0, scrolled.fromLine - 1).length, 0, 'the first window was replaced');
    } finally {
      release();
    }
    const final = await waitFor(() => (api!.decorationState(uri)?.full ? api!.decorationState(uri) : undefined), 'whole-file decorations', 60_000);
    phase('whole-file decorations');
    await api.whenIdle();
    phase('idle');
    assert.equal(final.version, doc.version);
    // The final decorations are exactly those of the whole-file analysis…
    const plan = planDecorations(analyzeText(doc.getText()), ALL);
    phase('reference analysis in the test');
    const ranges = api.decorationRanges(uri);
    for (const kind of DECORATION_KINDS) {
      assert.equal(ranges[kind].length, plan[kind].length, `${kind} count`);
      const want = plan[kind].map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
      assert.ok(want.every((r, i) => r.isEqual(ranges[kind][i])), `${kind} ranges equal the whole analysis`);
    }
    // …and on the scrolled window's lines the window drew the same spans.
    // (quote kinds merged: a speaker found from the window's context may differ in rare cases, the spans do not)
    assert.deepEqual(windowLines, drawn(api, uri, windowSpan.from, windowSpan.to, true), 'the window drew what the whole analysis draws on those lines');
  });
});
