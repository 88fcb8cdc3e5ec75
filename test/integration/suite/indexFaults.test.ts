import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, getApi, makeTempFolder, removeFolder, sampleDump, setSetting, waitFor, writeFile } from './helpers';

/** Progress sink that runs `onBatch` after the first finished batch ("N/M files"). */
function afterFirstBatch(onBatch: () => void): vscode.Progress<{ message?: string }> {
  let done = false;
  return {
    report: (p) => {
      if (done || !p.message || !/^\d+\/\d+ files$/.test(p.message)) return;
      done = true;
      onBatch();
    },
  };
}

suite('Provenance Lens: index at scale and under faults', () => {
  let folder: vscode.Uri | undefined;
  setup(async () => {
    folder = await makeTempFolder('faults');
  });
  teardown(async () => {
    await setSetting('maxFileSizeMB', undefined);
    await setSetting('files.include', undefined);
    await closeAll();
    await removeFolder(folder, await getApi());
  });

  test('a scan cancelled after its first batch is partial and leaves a consistent index', async () => {
    const api = await getApi();
    for (let i = 0; i < 150; i++) await writeFile(folder!, `note-${String(i).padStart(3, '0')}.txt`, `note ${i}\n`);
    await api.index.scanAll();
    const cts = new vscode.CancellationTokenSource();
    const result = await api.index.scanAll(afterFirstBatch(() => cts.cancel()), cts.token);
    assert.equal(result.partial, true);
    assert.ok(result.visited > 0 && result.visited < result.total, `visited ${result.visited} of ${result.total}`);
    for (const key of api.index.indexedKeys()) assert.ok(api.index.uriOf(key), `${key} has no uri`);
    assert.ok(api.index.indexedKeys().filter((k) => /00[0-4]_/.test(k)).length === 5, 'the seeds stay indexed');
    assert.doesNotThrow(() => api.index.report());
    const full = await api.index.scanAll();
    assert.equal(full.partial, false);
    assert.equal(full.visited, full.total);
    cts.dispose();
  });

  test('a file deleted between listing and reading is an error; the rest is indexed', async () => {
    const api = await getApi();
    for (let i = 0; i < 100; i++) await writeFile(folder!, `note-${String(i).padStart(3, '0')}.txt`, `note ${i}\n`);
    const victim = await writeFile(folder!, 'zz-victim.txt', sampleDump(`victim-${Date.now()}`));
    const result = await api.index.scanAll(afterFirstBatch(() => fs.unlinkSync(victim.fsPath)));
    assert.equal(result.partial, false);
    assert.equal(result.visited, result.total);
    // The reader fails on the missing file (an error naming it), unless the file watcher saw the deletion
    // first: then the file is dropped as removed. Either way it is gone from the index, nothing throws.
    assert.ok(result.errors <= 1, JSON.stringify(result));
    if (result.errors === 1) assert.ok(api.index.report().errors.some((e) => e.path.includes('zz-victim')), JSON.stringify(api.index.report().errors));
    assert.equal(api.index.indexedKeys().filter((k) => /00[0-4]_/.test(k)).length, 5);
    assert.ok(!api.index.indexedKeys().some((k) => k.includes('zz-victim')));
  });

  test('an invalid glob setting gives one clear warning and the valid globs still work', async () => {
    const api = await getApi();
    await setSetting('files.include', ['**/*.txt', 'bad[glob']);
    await waitFor(() => api.index.settings.current.invalidGlobs.length === 1, 'the invalid glob to be noticed');
    assert.match(api.index.settings.lastWarning ?? '', /"bad\[glob" \(unclosed "\["/);
    const result = await api.index.scanAll();
    assert.equal(result.partial, false);
    assert.equal(api.index.indexedKeys().filter((k) => /00[0-4]_/.test(k)).length, 5);
  });

  test('binary and over-size .txt files are reported as skipped, never silently dropped', async () => {
    const api = await getApi();
    await setSetting('maxFileSizeMB', 0.1);
    await waitFor(() => api.index.settings.current.maxFileBytes < 200_000, 'the size limit to apply');
    await writeFile(folder!, 'binary.txt', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    await writeFile(folder!, 'huge.txt', sampleDump('huge') + 'x'.repeat(150_000));
    const result = await api.index.scanAll();
    assert.ok(result.skipped >= 2, JSON.stringify(result));
    const skipped = api.index.skippedFiles();
    assert.ok(skipped.some((p) => p.path.endsWith('binary.txt') && /skipped: binary file/.test(p.message)), JSON.stringify(skipped));
    assert.ok(skipped.some((p) => p.path.endsWith('huge.txt') && /skipped: larger than the 0\.10 MB limit/.test(p.message)), JSON.stringify(skipped));
    const errors = api.index.report().errors.map((e) => e.path);
    assert.ok(errors.some((p) => p.endsWith('binary.txt')) && errors.some((p) => p.endsWith('huge.txt')));
  });

  test('a second index reuses the cached analyses of unchanged files', async () => {
    const api = await getApi();
    const stamp = Date.now();
    for (const n of ['a', 'b', 'c']) await writeFile(folder!, `${n}.txt`, sampleDump(`${n}-${stamp}`));
    const before = api.index.analysesPerformed;
    await api.index.scanAll();
    const first = api.index.analysesPerformed - before;
    assert.ok(first >= 3, `the new files were analysed (${first})`);
    assert.ok(api.index.indexedKeys().filter((k) => k.includes('pl-tmp-faults')).length === 3);
    const second = api.index.analysesPerformed;
    await api.index.scanAll();
    assert.equal(api.index.analysesPerformed - second, 0, 'nothing re-analysed on the second index');
    assert.equal(api.usesWorkers(), true, 'the scan ran on worker threads');
  });

  test('a renamed dump keeps the index consistent, without re-analysis', async () => {
    const api = await getApi();
    const a = await writeFile(folder!, 'before.txt', sampleDump(`rename-${Date.now()}`, 'Nous ne céderons pas sur les salaires des enseignants'));
    await writeFile(folder!, 'twin.txt', sampleDump(`twin-${Date.now()}`, 'Nous ne céderons pas sur les salaires des enseignants'));
    await api.index.scanAll();
    const oldKey = api.index.keyOf(a);
    assert.ok(api.index.indexedKeys().includes(oldKey));
    const count = api.index.analysesPerformed;
    const b = vscode.Uri.joinPath(folder!, 'after.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(a, b);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const newKey = api.index.keyOf(b);
    await waitFor(() => api.index.indexedKeys().includes(newKey) && !api.index.indexedKeys().includes(oldKey), 'the index to follow the rename');
    await api.whenIdle();
    assert.equal(api.index.analysesPerformed, count, 'the renamed file reused its analysis');
    const paths = api.index.claims.groups().flatMap((g) => g.members.map((m) => m.path));
    assert.ok(!paths.includes(oldKey), 'no group still names the old path');
    assert.ok(paths.includes(newKey), 'the renamed file is still linked to its twin');
  });

  test('a dump switched back to Plain Text leaves the cross-file index', async () => {
    const api = await getApi();
    const uri = await writeFile(folder!, 'switch.txt', sampleDump(`switch-${Date.now()}`));
    await api.index.scanAll();
    const key = api.index.keyOf(uri);
    assert.ok(api.index.indexedKeys().includes(key));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId === 'article-dump', 'the dump language');
    await api.whenIdle();
    await vscode.languages.setTextDocumentLanguage(vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!, 'plaintext');
    await waitFor(() => !api.index.indexedKeys().includes(key), 'the file to leave the index');
    await api.whenIdle();
    await api.index.scanAll();
    assert.ok(!api.index.indexedKeys().includes(key), 'a rescan respects the switch');
  });
});
