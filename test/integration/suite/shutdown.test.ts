import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Activity } from '../../../src/extension/activity';
import { DumpMarks } from '../../../src/extension/detect/dumpMarks';
import { DocumentAnalyses } from '../../../src/extension/documentAnalyses';
import { InProcessAnalyzer } from '../../../src/extension/index/analyzer';
import { PoolAnalyzer } from '../../../src/extension/index/poolAnalyzer';
import { WarmStore } from '../../../src/extension/index/warmStore';
import { WorkspaceIndex } from '../../../src/extension/index/workspaceIndex';
import { LazyLog } from '../../../src/extension/log';
import { Settings } from '../../../src/extension/settings';
import { EXTENSION_ID, getApi, makeTempFolder, removeFolder, writeFile } from './helpers';

/** A workspace-state stand-in: these services must not share the running extension's marks. */
class MemoryState implements vscode.Memento {
  private readonly data = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.data.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return (this.data.has(key) ? this.data.get(key) : fallback) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    this.data.set(key, value);
    return Promise.resolve();
  }
}

suite('Provenance Lens: shutdown during a comparison', () => {
  test('disposing the index and the worker pool mid-scan resolves partial, with no unhandled rejection', async () => {
    const api = await getApi();
    const folder = await makeTempFolder('shutdown');
    for (let i = 0; i < 100; i++) await writeFile(folder, `n-${i}.txt`, `note ${i}\n`);
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown): void => {
      rejections.push(reason);
    };
    process.on('unhandledRejection', onRejection);
    const log = new LazyLog();
    const settings = new Settings();
    const workerFile = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'worker.js');
    const analyzer = new PoolAnalyzer(workerFile, new InProcessAnalyzer(), log, () => settings.current.maxFileBytes);
    const activity = new Activity();
    const documents = new DocumentAnalyses(analyzer, activity, log);
    const index = new WorkspaceIndex(settings, new DumpMarks(new MemoryState(), settings), documents, analyzer, new WarmStore(undefined, log), activity, log);
    let disposed = false;
    let indexedAtDisposal = -1;
    const scan = index.scanAll({
      report: (p) => {
        if (disposed || !p.message?.endsWith(' files')) return; // after the first batch
        disposed = true;
        indexedAtDisposal = index.indexedKeys().length;
        for (const d of [index, documents, analyzer, settings, log]) d.dispose();
      },
    });
    const result = await scan;
    await new Promise((r) => setTimeout(r, 200));
    process.off('unhandledRejection', onRejection);
    await removeFolder(folder, api);
    assert.equal(disposed, true);
    assert.equal(result.partial, true);
    assert.deepEqual(rejections, []);
    assert.equal(index.indexedKeys().length, indexedAtDisposal, 'nothing indexed after disposal');
  });
});
