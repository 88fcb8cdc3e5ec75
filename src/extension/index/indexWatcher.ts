import vscode = require('vscode');
import type { Activity } from '../activity';
import type { Settings } from '../settings';
import type { WorkspaceIndex } from './workspaceIndex';

/** Quiet time before a changed file is re-read (editors often write a file in several steps). */
const CHANGE_DELAY_MS = 300;
/** Changed files indexed together (as a scan batch). */
const WATCH_BATCH = 64;

/**
 * Keeps the workspace index current without re-indexing everything: file creations, changes and
 * deletions on disk under the include globs, and renames/deletions made in VS Code (a renamed file
 * keeps its cached analysis). Open documents are left to the editor (their text wins over the disk).
 */
export class IndexWatcher implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, { uri: vscode.Uri; timer: NodeJS.Timeout; release: () => void }>();
  private readonly listeners: vscode.Disposable[];
  /** Files whose quiet time has passed, waiting for the running flush. */
  private readonly due: Array<{ uri: vscode.Uri; release: () => void }> = [];
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly settings: Settings,
    private readonly activity: Activity,
  ) {
    this.watch();
    this.listeners = [
      settings.onDidChange(() => {
        this.watch();
        if (index.started) void index.scanAll();
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) {
          this.cancel(f.oldUri);
          void activity.run(() => index.rename(f.oldUri, f.newUri));
        }
      }),
      vscode.workspace.onDidDeleteFiles((e) => {
        for (const uri of e.files) this.remove(uri);
      }),
    ];
  }

  /**
   * Resolves once the changes seen so far are indexed (no file waiting for its quiet time or for a
   * batch), or after `timeoutMs` when changes keep coming: a comparison started right after a burst
   * of new files then reads them as indexed instead of racing the watcher for them.
   */
  async drained(timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.pending.size > 0 || this.due.length > 0 || this.flushing) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const glob of this.settings.current.includeGlobs) {
      const w = vscode.workspace.createFileSystemWatcher(glob);
      this.watchers.push(
        w,
        w.onDidCreate((uri) => this.schedule(uri)),
        w.onDidChange((uri) => this.schedule(uri)),
        w.onDidDelete((uri) => this.remove(uri)),
      );
    }
  }

  private remove(uri: vscode.Uri): void {
    this.cancel(uri);
    void this.activity.run(() => this.index.remove(uri));
  }

  private cancel(uri: vscode.Uri): void {
    const p = this.pending.get(uri.toString());
    if (!p) return;
    clearTimeout(p.timer);
    p.release();
    this.pending.delete(uri.toString());
  }

  private schedule(uri: vscode.Uri): void {
    if (!this.index.started) return; // nothing indexed yet: the first scan will read it
    const key = uri.toString();
    const previous = this.pending.get(key);
    if (previous) {
      clearTimeout(previous.timer);
      previous.release();
    }
    const release = this.activity.hold();
    const timer = setTimeout(() => {
      this.pending.delete(key);
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
      if (open) return release();
      this.due.push({ uri, release });
      this.flushing ??= this.flush().finally(() => (this.flushing = undefined));
    }, CHANGE_DELAY_MS);
    this.pending.set(key, { uri, timer, release });
  }

  /**
   * Indexes the files whose quiet time has passed, WATCH_BATCH at a time: a burst of thousands of
   * changes (a folder unpacked, a branch checked out) becomes a few batches, not one analysis
   * request and one apply per file all at once.
   */
  private async flush(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve)); // let the timers of the same burst join
    while (this.due.length > 0) {
      const batch = this.due.splice(0, WATCH_BATCH);
      try {
        await this.index.indexFiles(batch.map((d) => d.uri));
      } finally {
        for (const d of batch) d.release();
      }
    }
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.release();
    }
    this.pending.clear();
    for (const d of this.due.splice(0)) d.release();
    for (const l of this.listeners) l.dispose();
  }
}
