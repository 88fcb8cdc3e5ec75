import vscode = require('vscode');
import type { CompareReport } from '../../core/types';
import { CommandIds, ViewIds } from '../commandIds';
import { SLICE_MS } from '../index/slicing';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { exportToFile } from '../report/exportFile';
import { exportSliced, serialiseAtOnce } from '../report/exportSliced';
import type { ReportPanel } from '../report/reportPanel';
import type { ReportSummary } from '../report/reportMessages';
import type { ClaimGroupsView } from '../views/claimGroupsView';

export interface ComparisonResult {
  report: CompareReport;
  summary: ReportSummary;
}

/**
 * "Compare claims across workspace" (cancellable progress; a cancelled run shows what was read,
 * marked partial) and "Export Comparison…" (Markdown, JSON or CSV through a save dialog).
 */
export class CompareCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private last: ComparisonResult | undefined;
  private disposed = false;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly groupsView: ClaimGroupsView,
    private readonly panel: ReportPanel,
    /** Settles changes already seen (the file watcher's queue) before the scan reads the workspace. */
    private readonly beforeScan: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.disposables = [
      vscode.commands.registerCommand(CommandIds.compareWorkspace, () => this.compare()),
      vscode.commands.registerCommand(CommandIds.exportComparison, (target?: unknown) => this.export(target)),
    ];
  }

  /**
   * Indexes every dump, then shows the groups in the view and the report in a webview. Both phases
   * stream progress and leave the extension host responsive: the scan is cancellable (the result
   * is then partial, and consistent: exactly the files read are compared), and the groups are
   * built in short slices.
   */
  async compare(): Promise<ComparisonResult> {
    const { scan, report } = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Provenance Lens: comparing claims across the workspace', cancellable: true },
      async (progress, token) => {
        progress.report({ message: 'indexing the files changed just now…' });
        await this.beforeScan();
        const result = await this.index.scanAll(progress, token);
        progress.report({ message: `grouping the claims of ${this.index.indexedCount} files…` });
        const built = await this.index.reportSliced((steps) => {
          if (steps % 40 === 0) progress.report({ message: `grouping the claims of ${this.index.indexedCount} files (${Math.round((steps * SLICE_MS) / 1000)} s)…` });
        });
        return { scan: result, report: built };
      },
    );
    const summary: ReportSummary = { files: this.index.indexedCount, partial: scan.partial, visited: scan.visited, total: scan.total };
    if (this.disposed) return { report, summary }; // deactivated meanwhile: no UI left to update
    this.last = { report, summary };
    this.groupsView.setPartial(scan.partial ? { visited: scan.visited, total: scan.total } : undefined);
    this.panel.show(forPanel(report), summary);
    if (report.groups.length > PANEL_MAX_ITEMS || report.duplicates.length > PANEL_MAX_ITEMS) {
      void vscode.window.showInformationMessage(`Provenance Lens: the report shows the ${PANEL_MAX_ITEMS} largest of ${report.groups.length} groups; export the comparison for all of them.`);
    }
    void vscode.commands.executeCommand(`${ViewIds.claimGroups}.focus`);
    if (scan.partial) {
      void vscode.window.showWarningMessage(`Provenance Lens: comparison cancelled; showing a partial result (${scan.visited} of ${scan.total} files read).`);
    }
    return this.last;
  }

  /** Writes the last comparison (or the current index) where the user chooses. `target` is for tests. */
  async export(target?: unknown): Promise<vscode.Uri | undefined> {
    const report = this.last?.report ?? (await this.index.reportSliced());
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri =
      target instanceof vscode.Uri
        ? target
        : await vscode.window.showSaveDialog({
            title: 'Export Comparison',
            saveLabel: 'Export',
            defaultUri: folder ? vscode.Uri.joinPath(folder, 'provenance-comparison.md') : undefined,
            filters: { Markdown: ['md'], JSON: ['json'], CSV: ['csv'] },
          });
    if (!uri) return undefined;
    if (this.index.uriOf(this.index.keyOf(uri)) && !(target instanceof vscode.Uri)) {
      const ok = await vscode.window.showWarningMessage(`${this.index.keyOf(uri)} is one of the indexed article dumps. Overwrite it with the report?`, { modal: true }, 'Overwrite');
      if (ok !== 'Overwrite') return undefined;
    }
    // Built in slices (hundreds of megabytes at 100,000 files); the report is a snapshot, so files
    // indexed meanwhile do not change it. Deactivating meanwhile stops it.
    const stop = (): boolean => this.disposed;
    if (uri.scheme === 'file') {
      if (!(await exportToFile(report, uri.fsPath, stop))) return undefined; // streamed: bounded memory
    } else {
      const bytes = await exportSliced(report, uri.path, stop);
      if (!bytes) return undefined;
      await vscode.workspace.fs.writeFile(uri, bytes);
    }
    void vscode.window.showInformationMessage(`Provenance Lens: comparison exported to ${vscode.workspace.asRelativePath(uri)}.`);
    return uri;
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
  }
}

/** Groups (and duplicate pairs) sent to the report webview at most: one message, serialised at once. */
export const PANEL_MAX_ITEMS = 2000;

/** The report as the webview gets it: the largest groups first (the export keeps everything). */
export function forPanel(report: CompareReport): CompareReport {
  if (report.groups.length <= PANEL_MAX_ITEMS && report.duplicates.length <= PANEL_MAX_ITEMS) return report;
  return { ...report, groups: report.groups.slice(0, PANEL_MAX_ITEMS), duplicates: report.duplicates.slice(0, PANEL_MAX_ITEMS) };
}

/** Picks the format from the chosen file name (Markdown unless it ends in .json or .csv), in one call. */
export function serialise(report: CompareReport, path: string): string {
  return serialiseAtOnce(report, path);
}
