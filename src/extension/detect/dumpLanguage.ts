import vscode = require('vscode');
import { DUMP_SAMPLE_CHARS } from '../../core/dumpDetect';
import type { Activity } from '../activity';
import { DUMP_LANGUAGE } from '../commandIds';
import type { DumpMarks } from './dumpMarks';

/** Schemes whose documents are never article dumps (output panes, diffs of git objects, settings). */
const SKIPPED_SCHEMES = new Set(['output', 'debug', 'git', 'vscode', 'vscode-settings', 'vscode-userdata', 'comment']);

/**
 * Switches plain-text documents that look like article dumps to the `article-dump` language,
 * and back when the user unmarks them. A user who changes the language of a recognised dump back
 * to Plain Text is respected for the rest of the session.
 */
export class DumpLanguageController implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly userReverted = new Set<string>();
  private closingDump: string | undefined;

  constructor(
    private readonly marks: DumpMarks,
    private readonly activity: Activity,
  ) {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      marks.onDidChange((uri) => this.onMarkChanged(uri)),
    );
    for (const doc of vscode.workspace.textDocuments) this.consider(doc);
  }

  /** Samples the head and tail of an open document for the content check, without copying the whole text. */
  static sample(doc: vscode.TextDocument): string {
    const end = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    if (end <= DUMP_SAMPLE_CHARS * 2) return doc.getText();
    const head = doc.getText(new vscode.Range(doc.positionAt(0), doc.positionAt(DUMP_SAMPLE_CHARS)));
    const tail = doc.getText(new vscode.Range(doc.positionAt(end - DUMP_SAMPLE_CHARS), doc.positionAt(end)));
    return `${head}\n${tail}`;
  }

  private onClose(doc: vscode.TextDocument): void {
    // A language change arrives as close + open of the same uri in one synchronous burst.
    if (doc.languageId !== DUMP_LANGUAGE) return;
    const key = doc.uri.toString();
    this.closingDump = key;
    queueMicrotask(() => {
      if (this.closingDump === key) this.closingDump = undefined;
    });
  }

  private onOpen(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.closingDump === key && doc.languageId !== DUMP_LANGUAGE && this.marks.get(doc.uri) !== 'dump') {
      this.userReverted.add(key);
      this.closingDump = undefined;
      this.marks.noteReverted(doc.uri);
      return;
    }
    this.consider(doc);
  }

  private consider(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'plaintext' || SKIPPED_SCHEMES.has(doc.uri.scheme)) return;
    if (this.userReverted.has(doc.uri.toString()) && this.marks.get(doc.uri) !== 'dump') return;
    if (!this.marks.isDump(doc.uri, DumpLanguageController.sample(doc))) return;
    void this.setLanguage(doc, DUMP_LANGUAGE);
  }

  private onMarkChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!doc) return;
    const mark = this.marks.get(uri);
    if (mark === 'dump' && doc.languageId !== DUMP_LANGUAGE) void this.setLanguage(doc, DUMP_LANGUAGE);
    if (mark === 'plain' && doc.languageId === DUMP_LANGUAGE) void this.setLanguage(doc, 'plaintext');
    if (mark === 'dump') this.userReverted.delete(key);
  }

  private async setLanguage(doc: vscode.TextDocument, languageId: string): Promise<void> {
    await this.activity.run(async () => {
      try {
        await vscode.languages.setTextDocumentLanguage(doc, languageId);
      } catch {
        // The document was closed meanwhile; nothing to switch.
      }
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
