import type { LazyLog } from '../log';
import * as vscode from 'vscode';
import { ClaimIndex } from '../../core/link';
import type { CompareReport, FileError } from '../../core/types';
import type { Activity } from '../activity';
import { DUMP_LANGUAGE } from '../commandIds';
import type { DocumentAnalyses } from '../documentAnalyses';
import { DumpLanguageController } from '../detect/dumpLanguage';
import type { DumpMarks } from '../detect/dumpMarks';
import type { Settings } from '../settings';
import type { Analyzer } from './analyzer';
import { readWorkspaceText } from './fileReader';
import { scanWorkspace, type ScanResult } from './indexScan';

export type { ScanResult } from './indexScan';
export type FileOutcome = 'indexed' | 'not-dump' | 'skipped' | 'stale';

/**
 * The workspace's dumps and their cross-file claim groups. Fed by lazy scans, by open documents
 * (their editor text wins over the disk) and by a file watcher. Never writes to the files.
 */
export class WorkspaceIndex implements vscode.Disposable {
  readonly claims = new ClaimIndex();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly problems = new Map<string, FileError>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private scan: { promise: Promise<ScanResult>; cts: vscode.CancellationTokenSource } | undefined;
  private lastScan: ScanResult | undefined;
  private changeTimer: NodeJS.Timeout | undefined;
  private releaseChange: (() => void) | undefined;
  private warnedProblems = '';
  /** Fires (coalesced) whenever files or groups change. */
  readonly onDidChange = this.changed.event;

  constructor(
    readonly settings: Settings,
    private readonly marks: DumpMarks,
    private readonly documents: DocumentAnalyses,
    private readonly analyzer: Analyzer,
    private readonly activity: Activity,
    private readonly log: LazyLog,
  ) {
    this.disposables.push(
      documents.onDidAnalyze(({ document, text, analysis }) => {
        if (document.languageId !== DUMP_LANGUAGE || this.marks.get(document.uri) === 'plain') return;
        this.put(document.uri, text, analysis);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.started && this.uris.has(this.keyOf(d.uri))) void this.indexFile(d.uri);
      }),
      marks.onDidChange((uri) => void this.indexFile(uri)),
    );
  }

  /** True once a scan has been asked for (lazily, by a hover, a view, a command or idle time). */
  get started(): boolean {
    return this.scan !== undefined;
  }

  /** The last finished scan, if any. */
  get lastResult(): ScanResult | undefined {
    return this.lastScan;
  }

  /** Starts the background scan once; later calls return the same promise. */
  ensureStarted(): Promise<ScanResult> {
    return this.scan?.promise ?? this.scanAll();
  }

  /** Runs a fresh scan of every dump (cancelling a running one); a cancelled scan resolves as partial. */
  scanAll(progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<ScanResult> {
    this.scan?.cts.cancel();
    const cts = new vscode.CancellationTokenSource();
    const link = token?.onCancellationRequested(() => cts.cancel());
    const promise = this.activity.run(async () => {
      try {
        const result = await scanWorkspace(this.scanContext(), cts.token, progress);
        this.lastScan = result;
        this.warnAboutProblems();
        this.fireChanged();
        return result;
      } finally {
        link?.dispose();
      }
    });
    this.scan = { promise, cts };
    return promise;
  }

  /** Indexes (or un-indexes) one file from its open document or from disk. */
  async indexFile(uri: vscode.Uri): Promise<FileOutcome> {
    const key = this.keyOf(uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      const mark = this.marks.get(uri);
      const dump = mark ? mark === 'dump' : open.languageId === DUMP_LANGUAGE || this.marks.isDump(uri, DumpLanguageController.sample(open));
      if (!dump) return this.drop(key, 'not-dump');
      const done = await this.documents.analyze(open);
      if (!done) return 'stale';
      this.put(uri, done.text, done.analysis);
      return 'indexed';
    }
    const read = await readWorkspaceText(uri, this.settings.current.maxFileBytes);
    if (read.kind !== 'text') {
      this.drop(key, 'skipped');
      this.problems.set(key, { path: key, message: read.kind === 'skipped' ? `skipped: ${read.reason}` : `unreadable: ${read.reason}` });
      return 'skipped';
    }
    if (!this.marks.isDump(uri, read.text)) return this.drop(key, 'not-dump');
    try {
      this.put(uri, read.text, await this.analyzer.analyze(read.text));
      return 'indexed';
    } catch (err) {
      this.problems.set(key, { path: key, message: `analysis failed: ${String(err)}` });
      return this.drop(key, 'skipped');
    }
  }

  /** Forgets one file (deleted, or no longer a dump). */
  remove(uri: vscode.Uri): void {
    const key = this.keyOf(uri);
    this.problems.delete(key);
    this.drop(key, 'not-dump');
  }

  /** The comparison of everything indexed so far, skipped files listed as errors. */
  report(): CompareReport {
    return this.claims.report([...this.problems.values()].sort((a, b) => (a.path < b.path ? -1 : 1)));
  }

  /** The stable key (workspace-relative path) under which a file's claims are indexed. */
  keyOf(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri);
  }

  uriOf(key: string): vscode.Uri | undefined {
    return this.uris.get(key);
  }

  /** Keys of the files currently indexed. */
  indexedKeys(): string[] {
    return [...this.uris.keys()].sort();
  }

  /** Files skipped or unreadable, with the reason. */
  skippedFiles(): FileError[] {
    return [...this.problems.values()];
  }

  private put(uri: vscode.Uri, text: string, analysis: Parameters<ClaimIndex['upsert']>[2]): void {
    const key = this.keyOf(uri);
    this.claims.upsert(key, text, analysis);
    this.uris.set(key, uri);
    this.problems.delete(key);
    this.fireChanged();
  }

  private drop(key: string, outcome: FileOutcome): FileOutcome {
    if (this.uris.delete(key)) {
      this.claims.remove(key);
      this.fireChanged();
    }
    return outcome;
  }

  private scanContext(): Parameters<typeof scanWorkspace>[0] {
    return {
      settings: this.settings.current,
      markedDumps: () => this.marks.markedDumps(),
      matchesFiles: (uri) => this.settings.matchesFiles(this.keyOf(uri)),
      indexFile: (uri) => this.indexFile(uri),
      keyOf: (uri) => this.keyOf(uri),
      indexedKeys: () => this.indexedKeys(),
      forget: (key) => {
        this.problems.delete(key);
        this.drop(key, 'not-dump');
      },
      isOpenDump: (key) => vscode.workspace.textDocuments.some((d) => d.languageId === DUMP_LANGUAGE && this.keyOf(d.uri) === key),
    };
  }

  /** Skipped files are never silent: logged, and announced once per distinct set. */
  private warnAboutProblems(): void {
    const problems = this.skippedFiles();
    for (const p of problems) this.log.warn(`${p.path}: ${p.message}`);
    const signature = problems.map((p) => p.path).sort().join('\n');
    if (problems.length === 0 || signature === this.warnedProblems) return;
    this.warnedProblems = signature;
    const first = problems[0];
    const more = problems.length > 1 ? ` and ${problems.length - 1} more` : '';
    void vscode.window
      .showWarningMessage(`Provenance Lens did not index ${first.path} (${first.message})${more}.`, 'Show Details')
      .then((choice) => {
        if (choice) this.log.show(true);
      });
  }

  private fireChanged(): void {
    if (this.changeTimer) return;
    this.releaseChange = this.activity.hold();
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changed.fire();
      this.releaseChange?.();
    }, 50);
  }

  dispose(): void {
    this.scan?.cts.cancel();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.releaseChange?.();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
