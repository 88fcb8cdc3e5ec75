import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { LazyLog } from '../log';
import type { Settings } from '../settings';
import { InProcessAnalyzer } from './analyzer';
import { PoolAnalyzer } from './poolAnalyzer';
import { WarmStore } from './warmStore';

/**
 * Builds the analyzer (worker pool `dist/worker.js`, in-process fallback) and the warm store (in
 * the workspace storage folder, or the global one without a workspace; never beside the dumps).
 * Nothing starts here: the pool and the store load on first use.
 */
export function createIndexServices(context: vscode.ExtensionContext, settings: Settings, log: LazyLog): { analyzer: PoolAnalyzer; store: WarmStore } {
  const maxBytes = (): number => settings.current.maxFileBytes;
  const workerFile = path.join(__dirname, 'worker.js');
  const analyzer = new PoolAnalyzer(workerFile, new InProcessAnalyzer(maxBytes), log, maxBytes);
  const storage = context.storageUri ?? context.globalStorageUri;
  const store = new WarmStore(storage.scheme === 'file' ? path.join(storage.fsPath, 'index') : undefined, log);
  return { analyzer, store };
}
