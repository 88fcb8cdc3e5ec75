import * as vscode from 'vscode';
import { formatClaimValue } from '../../core/link';
import type { ClaimGroup, GroupMember } from '../../core/types';
import { CommandIds, ViewIds } from '../commandIds';
import { clip } from '../hover/markdownText';
import type { WorkspaceIndex } from '../index/workspaceIndex';

export type GroupNode = { type: 'group'; group: ClaimGroup } | { type: 'member'; group: ClaimGroup; member: GroupMember };

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

  constructor(private readonly index: WorkspaceIndex) {
    this.view = vscode.window.createTreeView(ViewIds.claimGroups, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      index.onDidChange(() => this.refresh()),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) void index.ensureStarted();
      }),
    );
  }

  /** Redraws the tree from the index. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Notes above the tree that the last comparison was cancelled part-way (undefined clears the note). */
  setPartial(partial: { visited: number; total: number } | undefined): void {
    this.partialNote = partial && `Partial comparison: ${partial.visited} of ${partial.total} files were read before it was cancelled.`;
    this.refresh();
  }

  getTreeItem(node: GroupNode): vscode.TreeItem {
    return node.type === 'group' ? groupItem(node.group) : memberItem(node.group, node.member, this.index);
  }

  getChildren(node?: GroupNode): GroupNode[] {
    if (!node) {
      if (!this.index.started) void this.index.ensureStarted();
      const groups = this.index.claims.groups();
      this.view.message = this.partialNote ?? (groups.length === 0 ? emptyMessage(this.index) : undefined);
      return groups.map((group) => ({ type: 'group', group }));
    }
    return node.type === 'group' ? node.group.members.map((member) => ({ type: 'member', group: node.group, member })) : [];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

function emptyMessage(index: WorkspaceIndex): string {
  if (!index.lastResult) return 'Indexing the workspace…';
  return `No claim shared by two files among ${index.indexedKeys().length} indexed dump(s).`;
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
