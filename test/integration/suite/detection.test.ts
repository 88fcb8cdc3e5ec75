import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, DUMP_LANGUAGE, getApi, openDocument, waitFor, workspaceFile } from './helpers';

suite('Provenance Lens: recognising dumps', () => {
  suiteTeardown(closeAll);

  test('the five seed dumps switch to article-dump when opened', async () => {
    const api = await getApi();
    for (const prefix of ['000_', '001_', '002_', '003_', '004_']) {
      const uri = await workspaceFile(prefix);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      const doc = await waitFor(() => {
        const d = openDocument(uri);
        return d?.languageId === DUMP_LANGUAGE ? d : undefined;
      }, `${prefix} to become ${DUMP_LANGUAGE}`);
      assert.equal(doc.languageId, DUMP_LANGUAGE);
    }
    await api.whenIdle();
  });

  test('README.txt stays plain text', async () => {
    const api = await getApi();
    const uri = await workspaceFile('README');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await api.whenIdle();
    assert.equal(openDocument(uri)?.languageId, 'plaintext');
  });

  test('Mark and Unmark switch README.txt and back without touching the file', async () => {
    const api = await getApi();
    const uri = await workspaceFile('README');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('provenanceLens.markAsDump', uri);
    await waitFor(() => openDocument(uri)?.languageId === DUMP_LANGUAGE, 'README to be marked as a dump');
    await vscode.commands.executeCommand('provenanceLens.unmarkAsDump', uri);
    await waitFor(() => openDocument(uri)?.languageId === 'plaintext', 'README to be unmarked');
    await api.whenIdle();
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(after, before, 'marking must never write into the file');
    assert.equal(openDocument(uri)?.isDirty, false);
    assert.ok(!api.index.indexedKeys().some((k) => k.includes('README')), 'an unmarked file leaves the index');
  });
});
