import vscode = require('vscode');
import { formatClaimValue } from '../../core/link';
import type { FileAnalysis } from '../../core/types';
import { CommandIds, DUMP_LANGUAGE, type LocationArgs, ViewIds } from '../commandIds';
import type { DocumentAnalyses } from '../documentAnalyses';
import { clip } from '../hover/markdownText';

type Category = 'quotes' | 'numbers' | 'boilerplate';

export type FileClaimNode =
  | { type: 'category'; category: Category; count: number }
  | { type: 'claim'; category: Category; label: string; description: string; tooltip: string; location: LocationArgs };

const CATEGORY_LABEL: Record<Category, string> = { quotes: 'Quotes', numbers: 'Numbers', boilerplate: 'Boilerplate' };
const CATEGORY_ICON: Record<Category, string> = { quotes: 'quote', numbers: 'symbol-number', boilerplate: 'circle-slash' };

/** "Claims in this File": the active dump's quotes, numbers and boilerplate; a click selects the span. */
export class FileClaimsView implements vscode.TreeDataProvider<FileClaimNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FileClaimNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private current: { uri: vscode.Uri; text: string; analysis: FileAnalysis } | undefined;
  readonly view: vscode.TreeView<FileClaimNode>;

  constructor(private readonly documents: DocumentAnalyses) {
    this.view = vscode.window.createTreeView(ViewIds.fileClaims, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      documents.onDidAnalyze((a) => {
        if (a.document === vscode.window.activeTextEditor?.document) this.refresh();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d === vscode.window.activeTextEditor?.document) this.refresh();
      }),
    );
  }

  /** Re-reads the active editor's analysis and redraws the tree. */
  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== DUMP_LANGUAGE) {
      this.current = undefined;
      this.view.message = 'Open an article dump to see its claims.';
      this.changed.fire(undefined);
      return;
    }
    const hit = this.documents.cached(doc);
    this.current = hit ? { uri: doc.uri, text: hit.text, analysis: hit.analysis } : undefined;
    this.view.message = undefined;
    if (!hit) void this.documents.analyze(doc); // onDidAnalyze refreshes again
    this.changed.fire(undefined);
  }

  getTreeItem(node: FileClaimNode): vscode.TreeItem {
    if (node.type === 'category') {
      const item = new vscode.TreeItem(CATEGORY_LABEL[node.category], node.count > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(CATEGORY_ICON[node.category]);
      item.id = `category:${node.category}`;
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.command = { command: CommandIds.openLocation, title: 'Reveal', arguments: [node.location] };
    return item;
  }

  getChildren(node?: FileClaimNode): FileClaimNode[] {
    const cur = this.current;
    if (!cur) return [];
    if (!node) {
      const a = cur.analysis;
      return [
        { type: 'category', category: 'quotes', count: a.quotes.length },
        { type: 'category', category: 'numbers', count: a.numbers.length },
        { type: 'category', category: 'boilerplate', count: a.boilerplate.length },
      ];
    }
    return node.type === 'category' ? claimNodes(cur.uri, cur.text, cur.analysis, node.category) : [];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

/** The leaf nodes of one category (labels are plain text: tree items do not render Markdown). */
export function claimNodes(uri: vscode.Uri, text: string, a: FileAnalysis, category: Category): FileClaimNode[] {
  const loc = (start: number, end: number): LocationArgs => ({ uri: uri.toString(), start, end });
  if (category === 'quotes') {
    return a.quotes.map((q) => ({
      type: 'claim', category, label: clip(oneLine(q.text), 80),
      description: q.speaker ? `— ${oneLine(q.speaker)}` : q.fragment ? 'fragment' : 'unattributed',
      tooltip: clip(oneLine(q.text), 500), location: loc(q.start, q.end),
    }));
  }
  if (category === 'numbers') {
    return a.numbers.map((n) => ({
      type: 'claim', category, label: clip(oneLine(n.text), 80),
      description: formatClaimValue(n.value, n.qualifier, n.percent) + (n.unit ? ` ${oneLine(n.unit)}` : ''),
      tooltip: n.source ? `Source: ${oneLine(n.source)}` : clip(oneLine(n.text), 500), location: loc(n.start, n.end),
    }));
  }
  return a.boilerplate.map((b) => ({
    type: 'claim', category, label: clip(oneLine(text.slice(b.start, Math.min(b.end, b.start + 200))), 80) || `Line ${b.line}`, description: `line ${b.line} · ${b.reason}`, tooltip: b.reason, location: loc(b.start, b.end),
  }));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
