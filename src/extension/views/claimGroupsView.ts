import vscode = require('vscode');
import { formatClaimValue } from '../../core/link';
import type { ClaimGroup, GroupMember } from '../../core/types';
import { CommandIds, ViewIds } from '../commandIds';
import { clip } from '../hover/markdownText';
import type { WorkspaceIndex } from '../index/workspaceIndex';

export type GroupNode = { type: 'group'; group: ClaimGroup } | { type: 'member'; group: ClaimGroup; member: GroupMember };

/** Groups shown at once (largest first); a 100,000-file workspace may hold far more. */
export const MAX_SHOWN_GROUPS = 2000;
/** Members shown under one group. */
export const MAX_SHOWN_MEMBERS = 500;
/** Least time between two redraws while the index keeps changing (a scan). */
const REFRESH_MS = 1000;
/**
 * Past this many indexed files, the groups are not rebuilt while a scan runs (each rebuild sorts
 * every group, and the scan keeps changing them): the view keeps its list and says so until the end.
 */
export const LIVE_MAX_FILES = 5000;

/**
 * "Claim Groups": the same quote or quantity across files, agree/conflict shown by a coloured
 * icon; members open their file at the claim. Opening the view starts the lazy workspace index.
 */
export class ClaimGroupsView implements vscode.TreeDataProvider<GroupNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GroupNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<GroupNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private partialNote: string | undefined;
  private lastRefresh = 0;
  private lastRoots: GroupNode[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly index: WorkspaceIndex) {
    this.view = vscode.window.createTreeView(ViewIds.claimGroups, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      index.onDidChange(() => this.refreshSoon()),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) void index.ensureStarted();
      }),
    );
  }

  /** Redraws the tree from the index. */
  refresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.lastRefresh = Date.now();
    this.changed.fire(undefined);
  }

  /** Redraws at most once per REFRESH_MS (each redraw re-sorts every group). */
  private refreshSoon(): void {
    if (this.refreshTimer) return;
    const wait = this.lastRefresh + REFRESH_MS - Date.now();
    if (wait <= 0) this.refresh();
    else this.refreshTimer = setTimeout(() => this.refresh(), wait);
  }

  /** Notes above the tree that the last comparison was cancelled part-way (undefined clears the note). */
  setPartial(partial: { visited: number; total: number } | undefined): void {
    this.partialNote = partial && `Partial comparison: ${partial.visited} of ${partial.total} files were read before it was cancelled.`;
    this.refresh();
  }

  getTreeItem(node: GroupNode): vscode.TreeItem {
    return node.type === 'group' ? groupItem(node.group) : memberItem(node.group, node.member, this.index);
  }

  /** Top level: the largest groups, built in slices (never blocking the extension host). */
  async getChildren(node?: GroupNode): Promise<GroupNode[]> {
    if (!node) {
      if (!this.index.started) void this.index.ensureStarted();
      if (this.index.scanning && this.index.indexedCount > LIVE_MAX_FILES) {
        this.view.message = `Indexing the workspace (${this.index.indexedCount} files so far); the groups are updated when it ends.`;
        return this.lastRoots;
      }
      const groups = await this.index.groupsSliced();
      this.view.message = this.partialNote ?? (groups.length === 0 ? emptyMessage(this.index) : overflowMessage(groups.length));
      this.lastRoots = groups.slice(0, MAX_SHOWN_GROUPS).map((group) => ({ type: 'group', group }));
      return this.lastRoots;
    }
    if (node.type !== 'group') return [];
    return node.group.members.slice(0, MAX_SHOWN_MEMBERS).map((member) => ({ type: 'member', group: node.group, member }));
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

function emptyMessage(index: WorkspaceIndex): string {
  if (!index.lastResult) return 'Indexing the workspace…';
  return `No claim shared by two files among ${index.indexedCount} indexed dump(s).`;
}

function overflowMessage(total: number): string | undefined {
  if (total <= MAX_SHOWN_GROUPS) return undefined;
  return `Showing the ${MAX_SHOWN_GROUPS} largest of ${total} groups; export the comparison for all of them.`;
}

function groupItem(g: ClaimGroup): vscode.TreeItem {
  const item = new vscode.TreeItem(clip(oneLine(g.label), 80), vscode.TreeItemCollapsibleState.Collapsed);
  const files = new Set(g.members.map((m) => m.path)).size;
  item.id = `group:${g.id}`;
  item.description = `${files} files · ${g.kind === 'number' ? valuesOf(g) : speakersOf(g)}`;
  item.tooltip = `${g.kind === 'number' ? 'Quantity' : 'Quote'} (${g.status === 'agree' ? 'agree' : 'conflict'}): ${clip(oneLine(g.label), 300)}`;
  item.iconPath =
    g.status === 'agree'
      ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('provenanceLens.agreeForeground'))
      : new vscode.ThemeIcon('warning', new vscode.ThemeColor('provenanceLens.conflictForeground'));
  item.contextValue = `claimGroup.${g.kind}.${g.status}`;
  return item;
}

function memberItem(g: ClaimGroup, m: GroupMember, index: WorkspaceIndex): vscode.TreeItem {
  const item = new vscode.TreeItem(m.path, vscode.TreeItemCollapsibleState.None);
  item.id = `group:${g.id}:${m.path}:${m.start}`;
  const value = m.value === undefined ? '' : formatClaimValue(m.value, m.qualifier);
  item.description = [value, m.speaker ? `— ${oneLine(m.speaker)}` : ''].filter(Boolean).join(' ');
  item.tooltip = clip(oneLine(m.text), 500);
  item.iconPath = new vscode.ThemeIcon(g.kind === 'number' ? 'symbol-number' : 'quote');
  const uri = index.uriOf(m.path);
  if (uri) {
    item.resourceUri = uri;
    item.command = { command: CommandIds.openLocation, title: 'Open', arguments: [{ uri: uri.toString(), start: m.start, end: m.end }] };
  }
  return item;
}

function valuesOf(g: ClaimGroup): string {
  const values = new Set(g.members.filter((m) => m.value !== undefined).map((m) => formatClaimValue(m.value!, m.qualifier)));
  return [...values].join(' / ');
}

function speakersOf(g: ClaimGroup): string {
  const speakers = new Set(g.members.map((m) => (m.speaker ? oneLine(m.speaker) : 'unattributed')));
  return clip([...speakers].join(', '), 120);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
