import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, getApi, hoverAt, offsetOf, openDump, workspaceFile } from './helpers';

suite('Provenance Lens: hovers', () => {
  suiteTeardown(closeAll);

  test('the Vedant Patel quote names the speaker and links the other file that carries it', async () => {
    const api = await getApi();
    const { doc } = await openDump('000_', api);
    await api.index.ensureStarted();
    await api.whenIdle();
    const { text, markdown } = await hoverAt(doc, offsetOf(doc, 'Je peux confirmer que plus de 10 000') + 3);
    assert.match(text, /Vedant Patel/);
    assert.match(text, /Also in 1 file\b/);
    const other = vscode.workspace.asRelativePath(await workspaceFile('001_'));
    const link = /\]\(command:provenanceLens\.openLocation\?([^)\s]+)\)/.exec(text);
    assert.ok(link, `no openLocation command link in: ${text}`);
    const args = JSON.parse(decodeURIComponent(link[1])) as Array<{ uri: string; start: number; end: number }>;
    assert.ok(args[0].uri.endsWith(other.split('/').pop()!), `link opens ${args[0].uri}, expected ${other}`);
    for (const md of markdown) {
      assert.notEqual(md.isTrusted, true, 'hovers must never be fully trusted');
      assert.notEqual(md.supportHtml, true);
    }
  });

  test('the hover link opens 001 at the same quote', async () => {
    const api = await getApi();
    const { doc } = await openDump('000_', api);
    await api.index.ensureStarted();
    const { text } = await hoverAt(doc, offsetOf(doc, 'Je peux confirmer que plus de 10 000') + 3);
    const link = /\]\(command:provenanceLens\.openLocation\?([^)\s]+)\)/.exec(text);
    assert.ok(link);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    await vscode.commands.executeCommand('provenanceLens.openLocation', ...args);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.includes('001_'), 'the active editor is 001');
    assert.match(editor.document.getText(editor.selection), /Je peux confirmer/);
  });

  test('a number hover gives value, qualifier, what is counted and the other files marked agree/conflict', async () => {
    const api = await getApi();
    const { doc } = await openDump('000_', api);
    await api.index.ensureStarted();
    await api.whenIdle();
    const { text } = await hoverAt(doc, offsetOf(doc, '10 000 soldats') + 1);
    assert.match(text, /Numeric claim/);
    assert.match(text, /Qualifier: more than/);
    assert.match(text, /soldats/);
    assert.match(text, /conflicts|agrees/);
  });
});
