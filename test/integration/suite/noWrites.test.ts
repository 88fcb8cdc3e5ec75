import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, getApi, workspaceFile } from './helpers';

interface Snapshot {
  mtime: number;
  size: number;
  text: string;
}

/** mtime, size and content of every file at the top of the workspace (the seed dumps and README). */
async function snapshot(): Promise<Map<string, Snapshot>> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const out = new Map<string, Snapshot>();
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    if (type !== vscode.FileType.File) continue;
    const uri = vscode.Uri.joinPath(folder, name);
    const stat = await vscode.workspace.fs.stat(uri);
    out.set(name, { mtime: stat.mtime, size: stat.size, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
  }
  return out;
}

suite('Provenance Lens: never writes to the user\'s files', () => {
  suiteTeardown(closeAll);

  test('every command leaves the workspace dumps byte-for-byte unchanged', async () => {
    const api = await getApi();
    const before = await snapshot();
    assert.ok(before.size >= 6, 'the seeds and README are there');
    const dump = await workspaceFile('000_');
    const readme = await workspaceFile('README');
    const exportDir = vscode.Uri.file(path.join(os.tmpdir(), `pl-nowrite-${process.pid}-${Date.now()}`));
    const ext = vscode.extensions.getExtension('provenance-lens.provenance-lens')!;
    const contributed = (ext.packageJSON as { contributes: { commands: Array<{ command: string }> } }).contributes.commands.map((c) => c.command);
    const args: Record<string, unknown[]> = {
      'provenanceLens.markAsDump': [readme],
      'provenanceLens.unmarkAsDump': [readme],
      'provenanceLens.exportComparison': [vscode.Uri.joinPath(exportDir, 'report.csv')],
      'provenanceLens.openLocation': [{ uri: dump.toString(), start: 0, end: 5 }],
    };
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(dump));
    for (const command of contributed) await vscode.commands.executeCommand(command, ...(args[command] ?? []));
    await vscode.commands.executeCommand('provenanceLens.toggleDecorations'); // back on
    await vscode.commands.executeCommand('provenanceLens.markAsDump', readme);
    await vscode.commands.executeCommand('provenanceLens.unmarkAsDump', readme);
    await api.whenIdle();
    await vscode.workspace.fs.delete(exportDir, { recursive: true, useTrash: false });
    const after = await snapshot();
    for (const [name, b] of before) {
      const a = after.get(name);
      assert.ok(a, `${name} disappeared`);
      assert.equal(a.mtime, b.mtime, `${name} was written (mtime changed)`);
      assert.equal(a.text, b.text, `${name} content changed`);
    }
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'no file was added beside the dumps');
    assert.ok(vscode.workspace.textDocuments.every((d) => !d.isDirty || d.isUntitled), 'no document left dirty');
  });
});
