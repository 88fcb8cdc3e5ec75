import vscode = require('vscode');
import { CommandIds, DUMP_LANGUAGE } from '../commandIds';
import type { DocumentAnalyses } from '../documentAnalyses';

/** Claim counts of the active dump (quotes / numbers); a click opens the Provenance panel. */
export class ClaimStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('provenanceLens.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly documents: DocumentAnalyses) {
    this.item.name = 'Provenance Lens claim counts';
    this.item.command = CommandIds.showPanel;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      documents.onDidAnalyze((a) => {
        if (a.document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** The text shown, for tests ("" when hidden). */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const hit = doc && doc.languageId === DUMP_LANGUAGE ? this.documents.cached(doc) : undefined;
    if (!doc || doc.languageId !== DUMP_LANGUAGE) {
      this.visible = false;
      this.item.hide();
      return;
    }
    if (!hit) {
      void this.documents.analyze(doc);
      return;
    }
    const { quotes, numbers } = hit.analysis;
    const attributed = quotes.filter((q) => q.speaker && !q.fragment).length;
    this.item.text = `$(quote) ${quotes.length}  $(symbol-number) ${numbers.length}`;
    this.item.tooltip = `Provenance Lens: ${quotes.length} quotes (${attributed} attributed), ${numbers.length} numeric claims. Click to open the panel.`;
    this.item.accessibilityInformation = { label: `${quotes.length} quotes, ${numbers.length} numeric claims` };
    this.visible = true;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
