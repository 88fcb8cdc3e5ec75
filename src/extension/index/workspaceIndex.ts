import vscode = require('vscode');
import { ClaimIndex, type LinkFeatures } from '../../core/link';
import { detectDump } from '../../core/dumpDetect';
import type { ClaimGroup, CompareReport, DuplicatePair, FileError } from '../../core/types';
import type { Activity } from '../activity';
import { DUMP_LANGUAGE } from '../commandIds';
import type { DocumentAnalyses } from '../documentAnalyses';
import { DumpLanguageController } from '../detect/dumpLanguage';
import type { DumpMarks } from '../detect/dumpMarks';
import type { LazyLog } from '../log';
import type { Settings } from '../settings';
import type { Analyzer } from './analyzer';
import { BatchIndexer, type Entry, type IndexSink, type Outcome } from './batchIndexer';
import { IndexProblems } from './indexProblems';
import { scanWorkspace, type ScanContext, type ScanResult } from './indexScan';
import { noteSlice, SLICE_MS, Slicer, yieldToLoop } from './slicing';
import type { WarmStore } from './warmStore';

export type { ScanResult } from './indexScan';
export type FileOutcome = Outcome;

/**
 * The workspace's dumps and their cross-file claim groups. Fed by lazy scans (batched, off-thread
 * analysis, warm cache), by open documents (their editor text wins over the disk) and by the
 * file watcher. Every result carries the generation it was queued under, so a stale one (the file
 * changed, was removed or unmarked meanwhile) is dropped. Never writes to the files.
 */
export class WorkspaceIndex implements vscode.Disposable {
  readonly claims = new ClaimIndex();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly gens = new Map<string, number>();
  /** Content hash of each file indexed from disk (a rescan keeps an unchanged file instead of re-linking it). */
  private readonly hashes = new Map<string, string>();
  private readonly problems: IndexProblems;
  private readonly batches: BatchIndexer;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private scan: { promise: Promise<ScanResult>; cts: vscode.CancellationTokenSource } | undefined;
  private lastScan: ScanResult | undefined;
  private changeTimer: NodeJS.Timeout | undefined;
  private releaseChange: (() => void) | undefined;
  private disposed = false;
  private scansRunning = 0;
  /** A `settleWhenIdle` loop is running. */
  private settling = false;
  /** Bumped whenever the claim index changes (a sliced report restarts on a change). */
  private revision = 0;
  /** Fires (coalesced) whenever files or groups change. */
  readonly onDidChange = this.changed.event;

  constructor(
    readonly settings: Settings,
    private readonly marks: DumpMarks,
    private readonly documents: DocumentAnalyses,
    private readonly analyzer: Analyzer,
    private readonly store: WarmStore,
    private readonly activity: Activity,
    private readonly log: LazyLog,
  ) {
    this.problems = new IndexProblems(log);
    this.batches = new BatchIndexer(analyzer, store, this.sink());
    this.disposables.push(
      documents.onDidAnalyze(({ document, text, analysis }) => {
        if (document.languageId !== DUMP_LANGUAGE || !this.isOpenDump(document)) return;
        const key = this.keyOf(document.uri);
        this.bump(key);
        this.putText(document.uri, key, text, analysis);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.started && this.uris.has(this.keyOf(d.uri))) void this.indexFile(d.uri);
      }),
      marks.onDidChange((uri) => void this.indexFile(uri)),
    );
  }

  /** True while a scan runs. */
  get scanning(): boolean {
    return this.scansRunning > 0;
  }

  /** True once a scan has been asked for (lazily, by a hover, a view, a command or idle time). */
  get started(): boolean {
    return this.scan !== undefined;
  }

  /** The last finished scan, if any. */
  get lastResult(): ScanResult | undefined {
    return this.lastScan;
  }

  /** Analyses performed so far (in workers or in-process); a warm index adds none for unchanged files. */
  get analysesPerformed(): number {
    return this.analyzer.analysesPerformed;
  }

  /** Starts the background scan once; later calls return the same promise. */
  ensureStarted(): Promise<ScanResult> {
    return this.scan?.promise ?? this.scanAll();
  }

  /** Runs a fresh scan of every dump (cancelling a running one); a cancelled scan resolves as partial. */
  scanAll(progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<ScanResult> {
    this.scan?.cts.cancel();
    const cts = new vscode.CancellationTokenSource();
    if (this.disposed) cts.cancel();
    const link = token?.onCancellationRequested(() => cts.cancel());
    const promise = this.activity.run(async () => {
      this.scansRunning++;
      try {
        const result = await scanWorkspace(this.scanContext(), cts.token, progress);
        if (this.disposed) return { ...result, partial: true };
        this.lastScan = result;
        this.problems.announce();
        this.fireChanged();
        void this.settleWhenIdle();
        return result;
      } finally {
        this.scansRunning--;
        link?.dispose();
      }
    });
    this.scan = { promise, cts };
    return promise;
  }

  /**
   * After a scan, runs the link tests the index deferred (see `ClaimIndex.settleStep`) in short
   * slices, so a later edit does not pay for a component's backlog in one go. One loop at a time.
   */
  private async settleWhenIdle(): Promise<void> {
    if (this.settling) return;
    this.settling = true;
    try {
      for (;;) {
        const t = performance.now();
        const done = this.claims.settleStep(SLICE_MS / 2);
        noteSlice(performance.now() - t, SLICE_MS, 'index.settle');
        if (done || this.disposed) return;
        await yieldToLoop();
      }
    } finally {
      this.settling = false;
    }
  }

  /** Indexes (or un-indexes) one file from its open document or from disk. */
  async indexFile(uri: vscode.Uri): Promise<FileOutcome> {
    const key = this.keyOf(uri);
    const outcomes = await this.indexBatch([uri], { isCancellationRequested: false }, false);
    return outcomes.get(key) ?? 'stale';
  }

  /** Indexes (or un-indexes) several files in one batch (the file watcher's bursts). */
  async indexFiles(uris: readonly vscode.Uri[]): Promise<void> {
    await this.indexBatch(uris, { isCancellationRequested: false }, false);
  }

  /**
   * Forgets one file at once, or every file under a folder (deleted, or no longer a dump) in slices:
   * the folder's files are marked stale at once (results in flight for them are dropped), then
   * leave the claim index a few at a time. Resolves when they are all gone.
   */
  async remove(uri: vscode.Uri): Promise<void> {
    const key = this.keyOf(uri);
    // An indexed file has no children: O(1), so a watcher deleting 100,000 files is not O(n²).
    if (this.uris.get(key)?.toString() === uri.toString()) return this.removeKey(key, uri);
    const gone = this.under(uri).map(([k, u]) => ({ k, u, gen: this.bump(k) }));
    const slicer = new Slicer(undefined, 'remove.folder');
    for (const { k, u, gen } of gone) {
      // Indexed again meanwhile (a new file at that path): that newer entry stays.
      if (this.gens.get(k) === gen) this.removeKey(k, u);
      await slicer.pause();
    }
    slicer.end();
  }

  private removeKey(key: string, uri: vscode.Uri): void {
    this.bump(key);
    this.problems.delete(key);
    this.store.forget(uri.toString());
    this.drop(key);
  }

  /** A renamed (or moved) file or folder: old keys leave, the new uris are indexed, reusing their analyses. */
  async rename(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const from = oldUri.toString();
    const moved = this.under(oldUri).map(([, u]) => u);
    const targets = moved.map((u) => vscode.Uri.parse(newUri.toString() + u.toString().slice(from.length), true));
    moved.forEach((u, i) => this.store.move(u.toString(), targets[i].toString()));
    await this.remove(oldUri);
    if (targets.length === 0 && this.started && this.settings.matchesFiles(this.keyOf(newUri))) targets.push(newUri);
    if (targets.length > 0) await this.indexBatch(targets, { isCancellationRequested: false }, false);
  }

  /** The comparison of everything indexed so far, skipped and unreadable files listed as errors. */
  report(): CompareReport {
    return this.claims.report(this.problems.list());
  }

  /**
   * Builds and sorts the groups in slices of SLICE_MS, yielding to the event loop between them
   * (seconds of work at 100,000 files), then returns them; `report()` and `claims.groups()` are
   * cheap afterwards. `onStep` is told how many slices have run (for progress messages).
   */
  async groupsSliced(onStep?: (steps: number) => void, budgetMs = SLICE_MS): Promise<ClaimGroup[]> {
    return (await this.groupsWithRevision(onStep, budgetMs)).groups;
  }

  /** `groupsSliced`, with the index revision the groups belong to (read in the same turn). */
  private async groupsWithRevision(onStep: ((steps: number) => void) | undefined, budgetMs: number): Promise<{ groups: ClaimGroup[]; revision: number }> {
    for (let steps = 1; ; steps++) {
      const t = performance.now();
      const done = this.claims.buildGroupsStep(budgetMs);
      noteSlice(performance.now() - t, budgetMs, 'groups.step');
      if (done) break;
      onStep?.(steps);
      await yieldToLoop();
    }
    return { groups: this.claims.groups(), revision: this.revision }; // ready: returned at once
  }

  /**
   * `report()` without blocking: the groups, then the duplicate pairs, built in slices. A file
   * indexed or removed meanwhile restarts the pairs (the groups resume from what is built), so the
   * report is always one state of the index, the one it ends in.
   */
  async reportSliced(onStep?: (steps: number, phase: 'groups' | 'pairs') => void, budgetMs = SLICE_MS): Promise<CompareReport> {
    for (;;) {
      let steps = 0;
      const { groups, revision } = await this.groupsWithRevision((s) => onStep?.((steps = s), 'groups'), budgetMs);
      const duplicates = await this.duplicatesSliced(revision, budgetMs, () => onStep?.(++steps, 'pairs'));
      if (duplicates && revision === this.revision) return { version: 1, groups, duplicates, errors: this.problems.list() };
    }
  }

  /** `claims.duplicates()` in slices; undefined as soon as the index changes (from `revision`). */
  private async duplicatesSliced(revision: number, budgetMs: number, onStep: () => void): Promise<DuplicatePair[] | undefined> {
    const steps = this.claims.duplicatesInSteps();
    for (;;) {
      const t = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - t < budgetMs) step = steps.next();
      noteSlice(performance.now() - t, budgetMs, 'report.duplicates');
      if (step.done) return step.value;
      onStep();
      await yieldToLoop();
      if (revision !== this.revision) return undefined;
    }
  }

  /** The stable key (workspace-relative path) under which a file's claims are indexed. */
  keyOf(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri);
  }

  uriOf(key: string): vscode.Uri | undefined {
    return this.uris.get(key);
  }

  /** Number of files currently indexed (without listing them). */
  get indexedCount(): number {
    return this.uris.size;
  }

  /** Keys of the files currently indexed. */
  indexedKeys(): string[] {
    return [...this.uris.keys()].sort();
  }

  /** Files skipped or unreadable, with the reason. */
  skippedFiles(): FileError[] {
    return this.problems.list();
  }

  private async indexBatch(uris: readonly vscode.Uri[], token: { isCancellationRequested: boolean }, preferPaths: boolean): Promise<Map<string, Outcome>> {
    const out = new Map<string, Outcome>();
    if (this.disposed) return out;
    const onDisk: Entry[] = [];
    for (const uri of uris) {
      const key = this.keyOf(uri);
      const entry: Entry = { uri, key, gen: this.bump(key) };
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) out.set(key, await this.indexOpen(open, entry));
      else onDisk.push(entry);
    }
    for (const [k, o] of await this.batches.index(onDisk, token, preferPaths)) out.set(k, o);
    return out;
  }

  private async indexOpen(doc: vscode.TextDocument, entry: Entry): Promise<Outcome> {
    if (!this.isOpenDump(doc)) return this.dropEntry(entry);
    const done = await this.documents.analyze(doc);
    if (!done || !this.isCurrent(entry)) return 'stale';
    if (!this.isOpenDump(doc)) return this.dropEntry(entry);
    this.putText(doc.uri, entry.key, done.text, done.analysis);
    return 'indexed';
  }

  private isOpenDump(doc: vscode.TextDocument): boolean {
    const mark = this.marks.get(doc.uri);
    if (mark) return mark === 'dump';
    if (this.marks.isReverted(doc.uri)) return false;
    return doc.languageId === DUMP_LANGUAGE || this.marks.isDump(doc.uri, DumpLanguageController.sample(doc));
  }

  private dropEntry(entry: Entry): Outcome {
    if (this.isCurrent(entry)) this.drop(entry.key);
    return 'not-dump';
  }

  private bump(key: string): number {
    const gen = (this.gens.get(key) ?? 0) + 1;
    this.gens.set(key, gen);
    return gen;
  }

  private isCurrent(entry: Entry): boolean {
    return !this.disposed && this.gens.get(entry.key) === entry.gen;
  }

  /** Indexed files (key, uri) at `uri` or below it (a folder); the exact key even when not indexed. */
  private under(uri: vscode.Uri): Array<[string, vscode.Uri]> {
    const exact = uri.toString();
    const prefix = exact.endsWith('/') ? exact : `${exact}/`;
    const hits = [...this.uris].filter(([, u]) => u.toString() === exact || u.toString().startsWith(prefix));
    const key = this.keyOf(uri);
    return this.uris.has(key) ? hits : [...hits, [key, uri]];
  }

  private putText(uri: vscode.Uri, key: string, text: string, analysis: Parameters<ClaimIndex['upsert']>[2]): void {
    if (this.disposed) return;
    this.claims.upsert(key, text, analysis);
    this.hashes.delete(key); // the editor's text: the disk's may differ
    this.revision++;
    this.track(uri, key);
  }

  /** Starts linking the file (continued by the sink's `advance`, in the indexer's slices). */
  private putFeatures(entry: Entry, features: LinkFeatures, hash: string): void {
    this.claims.beginUpsert(entry.key, features);
    this.hashes.set(entry.key, hash);
    this.revision++;
    this.track(entry.uri, entry.key);
  }

  private track(uri: vscode.Uri, key: string): void {
    this.uris.set(key, uri);
    this.problems.delete(key);
    this.fireChanged();
  }

  private drop(key: string): void {
    this.hashes.delete(key);
    if (this.uris.delete(key)) {
      this.claims.remove(key);
      this.revision++;
      this.fireChanged();
    }
  }

  private sink(): IndexSink {
    return {
      maxBytes: () => this.settings.current.maxFileBytes,
      contentIsDump: (text) => detectDump(text).isDump,
      isDump: (uri, contentIsDump) => this.isDumpGiven(uri, contentIsDump),
      isCurrent: (entry) => this.isCurrent(entry),
      put: (entry, features, hash) => this.putFeatures(entry, features, hash),
      advance: (budgetMs) => this.claims.upsertStep(budgetMs),
      holds: (entry, hash) => this.uris.has(entry.key) && this.hashes.get(entry.key) === hash,
      keep: (entry) => {
        this.uris.set(entry.key, entry.uri);
        this.problems.delete(entry.key);
      },
      drop: (entry) => this.drop(entry.key),
      problem: (entry, problem) => {
        this.drop(entry.key);
        this.problems.set(entry.key, problem);
      },
    };
  }

  /** DumpMarks.isDump with the content check already done (the user's mark wins, then the globs). */
  private isDumpGiven(uri: vscode.Uri, contentIsDump: boolean): boolean {
    const mark = this.marks.get(uri);
    if (mark) return mark === 'dump';
    if (this.marks.isReverted(uri)) return false;
    return this.settings.matchesFiles(vscode.workspace.asRelativePath(uri, false)) && contentIsDump;
  }

  private scanContext(): ScanContext {
    return {
      settings: this.settings.current,
      markedDumps: () => this.marks.markedDumps(),
      matchesFiles: (uri) => this.settings.matchesFiles(this.keyOf(uri)),
      indexBatch: (uris, token) => this.indexBatch(uris, token, true),
      keyOf: (uri) => this.keyOf(uri),
      forgetUnseen: (seen, seenUris, slicer) => this.forgetUnseen(seen, seenUris, slicer),
      warn: (message) => this.log.warn(message),
    };
  }

  /** After a complete scan: forgets files not seen (unless open as dumps), in slices. */
  private async forgetUnseen(seen: ReadonlySet<string>, seenUris: ReadonlySet<string>, slicer: Slicer): Promise<void> {
    const open = new Set(vscode.workspace.textDocuments.filter((d) => d.languageId === DUMP_LANGUAGE).map((d) => this.keyOf(d.uri)));
    const gone = [...this.uris].filter(([key]) => !seen.has(key) && !open.has(key));
    for (const [key, uri] of gone) {
      if (this.uris.get(key) === uri) this.removeKey(key, uri);
      await slicer.pause();
    }
    for (const p of this.problems.list()) if (!seen.has(p.path)) this.problems.delete(p.path);
    await this.store.retainOnly(seenUris);
  }

  private fireChanged(): void {
    if (this.changeTimer || this.disposed) return;
    this.releaseChange = this.activity.hold();
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changed.fire();
      this.releaseChange?.();
    }, 50);
  }

  dispose(): void {
    this.disposed = true;
    this.scan?.cts.cancel();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.releaseChange?.();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
