import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, getApi } from './helpers';

suite('Provenance Lens: activation and manifest', () => {
  test('activates and returns the test API', async () => {
    const api = await getApi();
    assert.equal(typeof api.decorationRanges, 'function');
    assert.ok(api.index, 'test API exposes the workspace index');
  });

  test('every command contributed in package.json is registered', async () => {
    await getApi();
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const manifest = ext?.packageJSON as { contributes: { commands: Array<{ command: string; title: string; category?: string }> } };
    const contributed = manifest.contributes.commands.map((c) => c.command);
    assert.ok(contributed.length >= 6, `only ${contributed.length} commands contributed`);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    const compare = manifest.contributes.commands.find((c) => c.command === 'provenanceLens.compareWorkspace');
    assert.equal(compare?.title, 'Compare claims across workspace');
    assert.equal(compare?.category, 'Provenance Lens');
  });

  test('the article-dump language is known to VS Code', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('article-dump'));
  });

  test('activation is cheap (no scan, lazy services)', async function () {
    const api = await getApi();
    if (this.test) this.test.title += ` [activate() took ${api.activationMs.toFixed(1)} ms]`;
    assert.ok(api.activationMs < 100, `activate() took ${api.activationMs} ms`);
  });

  test('the workspace index has not scanned anything at activation (lazy)', async () => {
    const api = await getApi();
    // Other suites may start it later; at this point only activation has happened.
    assert.equal(api.index.lastResult, undefined);
  });
});
