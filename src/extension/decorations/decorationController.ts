import vscode = require('vscode');
import type { Activity } from '../activity';
import { DUMP_LANGUAGE } from '../commandIds';
import type { AnalyzedDocument, DocumentAnalyses } from '../documentAnalyses';
import type { Settings } from '../settings';
import { DECORATION_KINDS } from './decorationPlan';
import { createDecorationTypes } from './decorationStyles';
import { type AppliedDecorations, buildDecorations, documentLength, WINDOW_MIN_CHARS, windowDecorations } from './windowDecorations';

export type { AppliedDecorations } from './windowDecorations';

/** Pause after the last keystroke before a document is re-analysed and redrawn. */
export const DEBOUNCE_MS = 200;
/** Pause after the last scroll step before the new viewport of a large dump is analysed. */
export const SCROLL_DEBOUNCE_MS = 50;

/** What was last drawn on a document: the whole analysis, or a window of lines around a viewport. */
export interface AppliedState {
  version: number;
  full: boolean;
  /** Lines covered (0-based, inclusive): the whole document when `full`. */
  fromLine: number;
  toLine: number;
  decorations: AppliedDecorations;
}

/**
 * Draws quotes, numbers and boilerplate on the visible editors that show dumps. One debounce
 * timer for edits, immediate redraws when the visible editors change, analyses cached by
 * document version, stale results dropped, every kind set in one call (no flicker). A large dump
 * is first decorated around its viewport from a window analysis on this thread (a few ms), again
 * on each scroll, until the whole-file analysis from the worker replaces it.
 */
export class DecorationController implements vscode.Disposable {
  private readonly types = createDecorationTypes();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly applied = new Map<string, AppliedState>();
  private readonly dirty = new Set<string>();
  private readonly scrolled = new Set<vscode.TextEditor>();
  /** The window last drawn in each editor (decorations are per editor; the state above is per document). */
  private readonly windows = new WeakMap<vscode.TextEditor, AppliedState>();
  private timer: NodeJS.Timeout | undefined;
  private releaseTimer: (() => void) | undefined;
  private scrollTimer: NodeJS.Timeout | undefined;
  private releaseScroll: (() => void) | undefined;
  private fullGate: Promise<void> | undefined;
  private enabled = true;

  constructor(
    private readonly documents: DocumentAnalyses,
    private readonly settings: Settings,
    private readonly activity: Activity,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawVisible()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
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
    return this.applied.get(uri.toString())?.decorations;
  }

  /** The same with whether it was a window or the whole analysis, and the lines it covers. */
  appliedState(uri: vscode.Uri): AppliedState | undefined {
    return this.applied.get(uri.toString());
  }

  /**
   * Tests: holds whole-file decorations back (window decorations still draw) until the returned
   * function is called, so that the window path can be observed without racing the worker.
   */
  holdFullDecorations(): () => void {
    let release!: () => void;
    this.fullGate = new Promise<void>((r) => (release = r));
    const gate = this.fullGate;
    return () => {
      if (this.fullGate === gate) this.fullGate = undefined;
      release();
    };
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

  /** A large dump scrolled before its whole analysis is drawn: decorate the new viewport (debounced). */
  private onScroll(editor: vscode.TextEditor): void {
    if (!this.wantsWindow(editor)) return;
    this.scrolled.add(editor);
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    else this.releaseScroll = this.activity.hold();
    this.scrollTimer = setTimeout(() => {
      this.scrollTimer = undefined;
      const editors = [...this.scrolled];
      this.scrolled.clear();
      for (const e of editors) if (vscode.window.visibleTextEditors.includes(e) && this.wantsWindow(e) && !this.windowCovers(e)) this.drawWindow(e);
      this.releaseScroll?.();
    }, SCROLL_DEBOUNCE_MS);
  }

  /** True for a visible large dump whose current version has no whole-file decorations yet. */
  private wantsWindow(editor: vscode.TextEditor): boolean {
    const document = editor.document;
    if (!this.enabled || document.languageId !== DUMP_LANGUAGE || document.isClosed) return false;
    const state = this.applied.get(document.uri.toString());
    if (state?.full && state.version === document.version) return false;
    return documentLength(document) > WINDOW_MIN_CHARS;
  }

  /** True when the window drawn on this version still covers the viewport with half a screen to spare each side. */
  private windowCovers(editor: vscode.TextEditor): boolean {
    const state = this.windows.get(editor);
    const visible = editor.visibleRanges;
    if (!state || state.version !== editor.document.version || visible.length === 0) return false;
    const first = visible[0].start.line;
    const last = visible[visible.length - 1].end.line;
    const half = Math.ceil((last - first + 1) / 2);
    const top = Math.max(0, first - half);
    const bottom = Math.min(editor.document.lineCount - 1, last + half);
    return state.fromLine <= top && state.toLine >= bottom;
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
    let analyzed = this.documents.cached(document);
    if (!analyzed) {
      const pending = this.documents.analyze(document); // the worker starts before the window is analysed here
      if (this.wantsWindow(editor)) this.drawWindow(editor);
      analyzed = await pending;
      if (this.fullGate) await this.activity.run(() => this.fullGate ?? Promise.resolve());
    }
    // Drop stale results: the document changed, closed or left the language while we waited.
    if (!analyzed || document.version !== version || document.languageId !== DUMP_LANGUAGE || !this.enabled) return;
    if (!vscode.window.visibleTextEditors.includes(editor)) return;
    this.drawFull(editor, analyzed);
  }

  private drawFull(editor: vscode.TextEditor, analyzed: AnalyzedDocument): void {
    const decorations = buildDecorations(analyzed.analysis, this.settings.current.decorations, analyzed.text);
    this.apply(editor, { version: analyzed.version, full: true, fromLine: 0, toLine: editor.document.lineCount - 1, decorations });
    this.windows.delete(editor);
  }

  /** Decorates the lines around the viewport from a window analysis (synchronous, so never stale). */
  private drawWindow(editor: vscode.TextEditor): void {
    const { fromLine, toLine, decorations } = windowDecorations(editor, this.settings.current.decorations);
    const state: AppliedState = { version: editor.document.version, full: false, fromLine, toLine, decorations };
    this.apply(editor, state);
    this.windows.set(editor, state);
  }

  private apply(editor: vscode.TextEditor, state: AppliedState): void {
    for (const kind of DECORATION_KINDS) editor.setDecorations(this.types[kind], state.decorations[kind]);
    this.applied.set(editor.document.uri.toString(), state);
  }

  private clear(editor: vscode.TextEditor): void {
    this.windows.delete(editor);
    for (const kind of DECORATION_KINDS) editor.setDecorations(this.types[kind], []);
    this.applied.delete(editor.document.uri.toString());
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    this.releaseTimer?.();
    this.releaseScroll?.();
    for (const d of this.disposables) d.dispose();
    for (const t of Object.values(this.types)) t.dispose();
  }
}
