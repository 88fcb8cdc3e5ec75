import * as vscode from 'vscode';
import type { Activity } from '../activity';
import { DUMP_LANGUAGE } from '../commandIds';
import type { DocumentAnalyses } from '../documentAnalyses';
import { toRange } from '../ranges';
import type { Settings } from '../settings';
import { DECORATION_KINDS, type DecorationKind, planDecorations } from './decorationPlan';
import { createDecorationTypes } from './decorationStyles';

/** Pause after the last keystroke before a document is re-analysed and redrawn. */
export const DEBOUNCE_MS = 200;

export type AppliedDecorations = Record<DecorationKind, vscode.DecorationOptions[]>;

/**
 * Draws quotes, numbers and boilerplate on the visible editors that show dumps. One debounce
 * timer for edits, immediate redraws when the visible editors change, analyses cached by
 * document version, stale results dropped, every kind set in one call (no flicker).
 */
export class DecorationController implements vscode.Disposable {
  private readonly types = createDecorationTypes();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly applied = new Map<string, AppliedDecorations>();
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private releaseTimer: (() => void) | undefined;
  private enabled = true;

  constructor(
    private readonly documents: DocumentAnalyses,
    private readonly settings: Settings,
    private readonly activity: Activity,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawVisible()),
      vscode.workspace.onDidOpenTextDocument((d) => this.redrawDocument(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.applied.delete(d.uri.toString())),
      settings.onDidChange(() => this.redrawVisible()),
    );
    this.redrawVisible();
  }

  /** Turns all decorations off or back on (the "Toggle Decorations" command). */
  toggle(): boolean {
    this.enabled = !this.enabled;
    this.redrawVisible();
    return this.enabled;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** What was last drawn on a document (VS Code does not expose decorations; tests read this). */
  appliedTo(uri: vscode.Uri): AppliedDecorations | undefined {
    return this.applied.get(uri.toString());
  }

  private onEdit(document: vscode.TextDocument): void {
    if (!vscode.window.visibleTextEditors.some((e) => e.document === document)) return;
    this.dirty.add(document.uri.toString());
    if (this.timer) clearTimeout(this.timer);
    else this.releaseTimer = this.activity.hold();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const keys = new Set(this.dirty);
      this.dirty.clear();
      for (const editor of vscode.window.visibleTextEditors) if (keys.has(editor.document.uri.toString())) void this.draw(editor);
      this.releaseTimer?.();
    }, DEBOUNCE_MS);
  }

  private redrawVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.draw(editor);
  }

  private redrawDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) void this.draw(editor);
  }

  private async draw(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    if (document.languageId !== DUMP_LANGUAGE || !this.enabled) {
      if (this.applied.has(document.uri.toString()) || !this.enabled) this.clear(editor);
      return;
    }
    const version = document.version;
    const analyzed = this.documents.cached(document) ?? (await this.documents.analyze(document));
    // Drop stale results: the document changed, closed or left the language while we waited.
    if (!analyzed || document.version !== version || document.languageId !== DUMP_LANGUAGE || !this.enabled) return;
    if (!vscode.window.visibleTextEditors.includes(editor)) return;
    const plan = planDecorations(analyzed.analysis, this.settings.current.decorations);
    const applied = {} as AppliedDecorations;
    for (const kind of DECORATION_KINDS) {
      applied[kind] = plan[kind].map((span) => ({
        range: toRange(document, span.start, span.end),
        renderOptions: span.after === undefined ? undefined : { after: { contentText: span.after } },
      }));
      editor.setDecorations(this.types[kind], applied[kind]);
    }
    this.applied.set(document.uri.toString(), applied);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const kind of DECORATION_KINDS) editor.setDecorations(this.types[kind], []);
    this.applied.delete(editor.document.uri.toString());
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.releaseTimer?.();
    for (const d of this.disposables) d.dispose();
    for (const t of Object.values(this.types)) t.dispose();
  }
}
