import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ComparisonResult } from '../../../src/extension/commands/compareCommands';
import { closeAll, getApi } from './helpers';

suite('Provenance Lens: compare claims across workspace', () => {
  suiteTeardown(closeAll);

  test('indexes the five seeds (not README.txt) and finds the 10 000 / 11 000 / 12 000 soldiers conflict', async () => {
    const api = await getApi();
    const result = await vscode.commands.executeCommand<ComparisonResult>('provenanceLens.compareWorkspace');
    assert.ok(result, 'the command returns its result');
    assert.equal(result.summary.partial, false);
    const keys = api.index.indexedKeys();
    assert.equal(keys.filter((k) => /^00[0-4]_/.test(path.basename(k))).length, 5, `indexed: ${keys.join(', ')}`);
    assert.ok(!keys.some((k) => /README/i.test(k)), 'README.txt must not be indexed');
    const soldiers = result.report.groups.find((g) => {
      const values = new Set(g.members.map((m) => m.value));
      return g.kind === 'number' && values.has(10000) && values.has(11000) && values.has(12000);
    });
    assert.ok(soldiers, `no group holds 10 000, 11 000 and 12 000: ${result.report.groups.map((g) => g.label).join(' | ')}`);
    assert.equal(soldiers.status, 'conflict');
    assert.ok(new Set(soldiers.members.map((m) => m.path)).size >= 3);
  });

  test('exports the comparison as Markdown, JSON and CSV', async () => {
    await getApi();
    await vscode.commands.executeCommand('provenanceLens.compareWorkspace');
    const dir = vscode.Uri.file(path.join(os.tmpdir(), `pl-export-${process.pid}-${Date.now()}`));
    for (const [ext, check] of [
      ['md', (t: string) => /11[\s\u202f]?000|11000/.test(t)],
      ['json', (t: string) => (JSON.parse(t) as { version: number }).version === 1],
      ['csv', (t: string) => t.split('\n').length > 2],
    ] as const) {
      const target = vscode.Uri.joinPath(dir, `comparison.${ext}`);
      const written = await vscode.commands.executeCommand<vscode.Uri>('provenanceLens.exportComparison', target);
      assert.equal(written?.toString(), target.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.ok(check(text), `unexpected ${ext} export: ${text.slice(0, 200)}`);
    }
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });
});

suite('Provenance Lens: cancelled comparison', () => {
  test('a scan cancelled before it starts resolves as partial, without throwing', async () => {
    const api = await getApi();
    const cts = new vscode.CancellationTokenSource();
    cts.cancel();
    const result = await api.index.scanAll(undefined, cts.token);
    assert.equal(result.partial, true);
    assert.ok(result.visited <= result.total);
    cts.dispose();
    const full = await api.index.scanAll();
    assert.equal(full.partial, false);
  });
});
