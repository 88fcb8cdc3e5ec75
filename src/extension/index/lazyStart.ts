import vscode = require('vscode');
import { DUMP_LANGUAGE } from '../commandIds';
import type { WorkspaceIndex } from './workspaceIndex';

/** Idle time after a dump is shown before the workspace index starts on its own. */
export const IDLE_START_MS = 3000;

/**
 * Starts the workspace index a little after the first dump is shown (never at activation);
 * hovers, views and the compare command start it earlier when they need it.
 */
export class LazyIndexStart implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly index: WorkspaceIndex) {
    this.listeners = [
      vscode.window.onDidChangeVisibleTextEditors(() => this.check()),
      vscode.workspace.onDidOpenTextDocument(() => this.check()),
    ];
    this.check();
  }

  private check(): void {
    if (this.timer || this.index.started) return;
    if (!vscode.window.visibleTextEditors.some((e) => e.document.languageId === DUMP_LANGUAGE)) return;
    this.timer = setTimeout(() => {
      if (!this.index.started) void this.index.ensureStarted();
    }, IDLE_START_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const l of this.listeners) l.dispose();
  }
}
