import vscode = require('vscode');
import { detectDump } from '../../core/dumpDetect';
import type { Settings } from '../settings';

export type Mark = 'dump' | 'plain';

const STATE_KEY = 'provenanceLens.marks';

/**
 * The user's explicit "Mark/Unmark as Article Dump" choices, kept in workspaceState (never
 * written into the files), and the one decision "is this file a dump?" shared by the language
 * switcher and the workspace index.
 */
export class DumpMarks implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly reverted = new Set<string>();
  /** Fires with the uri whose mark changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly settings: Settings,
  ) {}

  get(uri: vscode.Uri): Mark | undefined {
    return this.all()[uri.toString()];
  }

  async set(uri: vscode.Uri, mark: Mark): Promise<void> {
    this.reverted.delete(uri.toString());
    await this.state.update(STATE_KEY, { ...this.all(), [uri.toString()]: mark });
    this.changed.fire(uri);
  }

  /** The user switched a recognised dump back to another language: not a dump for this session. */
  noteReverted(uri: vscode.Uri): void {
    if (this.reverted.has(uri.toString())) return;
    this.reverted.add(uri.toString());
    this.changed.fire(uri);
  }

  /** True when the user switched this file away from article-dump this session (and has not marked it). */
  isReverted(uri: vscode.Uri): boolean {
    return this.reverted.has(uri.toString()) && this.get(uri) !== 'dump';
  }

  /** Files the user marked as dumps (they count even when the include globs do not match them). */
  markedDumps(): vscode.Uri[] {
    return Object.entries(this.all())
      .filter(([, mark]) => mark === 'dump')
      .map(([uri]) => vscode.Uri.parse(uri));
  }

  /** The user's mark wins; otherwise the include/exclude globs and the content check decide. */
  isDump(uri: vscode.Uri, sample: string): boolean {
    const mark = this.get(uri);
    if (mark) return mark === 'dump';
    if (this.reverted.has(uri.toString())) return false;
    if (!this.settings.matchesFiles(vscode.workspace.asRelativePath(uri, false))) return false;
    return detectDump(sample).isDump;
  }

  private all(): Record<string, Mark> {
    const value = this.state.get<unknown>(STATE_KEY);
    return value && typeof value === 'object' ? (value as Record<string, Mark>) : {};
  }

  dispose(): void {
    this.changed.dispose();
  }
}
