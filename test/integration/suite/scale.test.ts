import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { generateCorpus } from '../../../bench/generate';
import type { ComparisonResult } from '../../../src/extension/commands/compareCommands';
import type { CompareReport } from '../../../src/core/types';
import { getApi, makeTempFolder, removeFolder } from './helpers';

const FILES = 400;

function consistent(report: CompareReport, keys: ReadonlySet<string>): boolean {
  return report.groups.every((g) => g.members.every((m) => keys.has(m.path))) && report.duplicates.every((d) => keys.has(d.paths[0]) && keys.has(d.paths[1]));
}

suite('Provenance Lens: a large generated workspace', () => {
  let folder: vscode.Uri | undefined;

  suiteSetup(async () => {
    folder = await makeTempFolder('scale');
    generateCorpus(folder.fsPath, { files: FILES, seed: 9 });
  });
  suiteTeardown(async () => removeFolder(folder, await getApi()));

  test('a scan cancelled part-way is partial, and what it indexed is compared consistently', async () => {
    const api = await getApi();
    const cts = new vscode.CancellationTokenSource();
    let reports = 0;
    const progress = {
      report: (p: { message?: string }): void => {
        reports++;
        const m = /^(\d+)\/(\d+) files$/.exec(p.message ?? '');
        if (m && Number(m[1]) >= 0.4 * Number(m[2])) cts.cancel();
      },
    };
    const scan = await api.index.scanAll(progress, cts.token);
    cts.dispose();
    assert.equal(scan.partial, true);
    assert.ok(scan.visited < scan.total && scan.total >= FILES, `${scan.visited}/${scan.total}`);
    assert.ok(reports >= 2, 'progress was streamed');
    const report = await api.index.reportSliced();
    assert.ok(consistent(report, new Set(api.index.indexedKeys())), 'every member is an indexed file');
  });

  test('the compare command reads every file, groups them in slices and the view lists a bounded number', async () => {
    const api = await getApi();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const result = await vscode.commands.executeCommand<ComparisonResult>('provenanceLens.compareWorkspace');
    loop.disable();
    console.log(`    [scale] ${result.summary.files} files, ${result.report.groups.length} groups; extension-host event-loop stall max ${(loop.max / 1e6).toFixed(0)} ms`);
    assert.equal(result.summary.partial, false);
    assert.ok(result.summary.files >= FILES, `indexed ${result.summary.files} of ${FILES} (visited ${result.summary.visited}/${result.summary.total})`);
    assert.ok(result.report.groups.length > 50, `groups formed (${result.report.groups.length})`);
    assert.ok(consistent(result.report, new Set(api.index.indexedKeys())));
    const roots = await api.claimGroups.getChildren();
    assert.ok(roots.length > 0 && roots.length <= 2000, `${roots.length} groups shown`);
  });
});
