import type * as vscode from 'vscode';
import { linkFeatures, type LinkFeatures } from '../../core/link';
import { contentHash } from '../../node/analysisCache';
import type { AnalysisJob, Analyzer, CancelToken, ManyResult } from './analyzer';
import { classifyWorkerError, type Problem, readWorkspaceText, statWorkspaceFile } from './fileReader';
import { noteStep, Slicer } from './slicing';
import type { Stamp, WarmStore } from './warmStore';

export { SLICE_MS, Slicer } from './slicing';

export type Outcome = 'indexed' | 'not-dump' | 'skipped' | 'error' | 'stale';

/** One file to index: its uri, its index key and the index generation it was queued under. */
export interface Entry {
  uri: vscode.Uri;
  key: string;
  gen: number;
}

/** Where the indexer delivers results (the workspace index, which owns the claim index). */
export interface IndexSink {
  maxBytes(): number;
  /** The content check alone (cached with the stamp, so a warm hit need not read the file). */
  contentIsDump(text: string): boolean;
  /** The user's marks and the file globs, then the content check's verdict, decide. */
  isDump(uri: vscode.Uri, contentIsDump: boolean): boolean;
  /** False when the file was re-queued or removed since `gen` (the result is stale). */
  isCurrent(entry: Entry): boolean;
  /** Indexes `features` (of content `hash`) under the entry's key; the linking may go on in `advance`. */
  put(entry: Entry, features: LinkFeatures, hash: string): void;
  /** Continues linking the file last `put` for about `budgetMs`; true when done (absent: `put` does it all). */
  advance?(budgetMs: number): boolean;
  /** True when the entry's key is indexed with the content of `hash` already (a rescan: nothing to re-link). */
  holds(entry: Entry, hash: string): boolean;
  /** The entry's file is unchanged and stays indexed as it is. */
  keep(entry: Entry): void;
  drop(entry: Entry): void;
  problem(entry: Entry, problem: Problem): void;
}

interface Pending {
  entry: Entry;
  stamp: { mtime: number; size: number };
}

/**
 * Indexes files on disk in batches: stat, then a warm hit reuses the cached link features (no
 * analysis): an unchanged stamp (mtime, size) is not even read, a changed one whose content hash
 * is known is read and hashed; misses go to the analyzer (paths for local files when `preferPaths`,
 * so workers read and decode them; text otherwise). Results reach the claim index in small slices.
 */
export class BatchIndexer {
  constructor(
    private readonly analyzer: Analyzer,
    private readonly store: WarmStore,
    private readonly sink: IndexSink,
  ) {}

  /** Indexes `entries`; the outcome of each visited file by key (unvisited ones are absent when cancelled). */
  async index(entries: readonly Entry[], token: CancelToken, preferPaths: boolean): Promise<Map<string, Outcome>> {
    const out = new Map<string, Outcome>();
    const slicer = new Slicer(undefined, 'batch.prepare');
    await slicer.wait(this.store.load());
    const stats = await slicer.wait(Promise.all(entries.map((e) => statWorkspaceFile(e.uri, this.sink.maxBytes()))));
    const jobs: AnalysisJob[] = [];
    const byJob = new Map<string, Pending>();
    for (let i = 0; i < entries.length && !token.isCancellationRequested; i++) {
      const entry = entries[i];
      const stat = stats[i];
      if (stat.kind !== 'stat') {
        out.set(entry.key, this.fail(entry, stat));
        continue;
      }
      const stamp = { mtime: stat.mtime, size: stat.size };
      const job = await this.warmOrJob(entry, stamp, preferPaths, out, slicer);
      if (job) {
        jobs.push(job);
        byJob.set(job.path, { entry, stamp });
      }
      await slicer.pause();
    }
    // Results are applied as each worker batch arrives, one batch after the other, in slices; the
    // pool schedules at most a few batches past the one being applied (back-pressure), so texts and
    // analyses never pile up.
    let applying = Promise.resolve();
    const consume = async (results: readonly ManyResult[]): Promise<void> => {
      slicer.label = 'batch.apply';
      slicer.begin();
      for (const r of results) {
        const pending = byJob.get(r.path);
        const t = performance.now();
        if (pending) this.applyResult(pending, r, out);
        await this.finishPut(slicer, t, 'upsert');
        await slicer.pause();
      }
      slicer.end();
    };
    const onResults = (results: ManyResult[]): Promise<void> => (applying = applying.then(() => consume(results)));
    // Only the text (for the dump check) and the link features come back: the store keeps features.
    await slicer.wait(this.analyzer.analyzeMany(jobs, onResults, token, { analysis: false }));
    await applying;
    return out;
  }

  private applyResult(pending: Pending, r: ManyResult, out: Map<string, Outcome>): void {
    if (!r.ok) {
      out.set(pending.entry.key, this.fail(pending.entry, classifyWorkerError(r.error)));
      return;
    }
    const { text, analysis } = r;
    const features = r.features ?? (analysis && linkFeatures(text, analysis));
    if (!features) {
      out.set(pending.entry.key, this.fail(pending.entry, { kind: 'error', reason: 'analysis failed: no result' }));
      return;
    }
    const dump = this.sink.contentIsDump(text);
    this.store.remember(pending.entry.uri.toString(), { ...pending.stamp, hash: r.contentHash, dump }, features);
    out.set(pending.entry.key, this.apply(pending.entry, dump, features, r.contentHash));
  }

  /** Applies a warm hit at once (returns undefined) or returns the analysis job for a miss. */
  private async warmOrJob(entry: Entry, stamp: { mtime: number; size: number }, preferPaths: boolean, out: Map<string, Outcome>, slicer: Slicer): Promise<AnalysisJob | undefined> {
    const storeKey = entry.uri.toString();
    const stamped = this.store.byStamp(storeKey, stamp.mtime, stamp.size);
    if (stamped?.dump !== undefined && this.sink.holds(entry, stamped.hash)) {
      out.set(entry.key, this.apply(entry, stamped.dump, undefined, stamped.hash)); // unchanged and indexed: kept as it is
      return undefined;
    }
    const known = stamped?.dump !== undefined ? await slicer.wait(this.store.features(stamped.hash)) : undefined;
    if (stamped?.dump !== undefined && known) {
      const t = performance.now();
      out.set(entry.key, this.apply(entry, stamped.dump, known, stamped.hash)); // unchanged: not even read
      await this.finishPut(slicer, t, 'upsert.warm');
      return undefined;
    }
    if (!stamped && preferPaths && entry.uri.scheme === 'file') return { path: entry.uri.fsPath };
    const read = await slicer.wait(readWorkspaceText(entry.uri, this.sink.maxBytes()));
    if (read.kind !== 'text') {
      out.set(entry.key, this.fail(entry, read));
      return undefined;
    }
    const hash = contentHash(read.text);
    const features = await slicer.wait(this.store.features(hash));
    if (!features) return { path: storeKey, text: read.text };
    const dump = this.sink.contentIsDump(read.text);
    this.store.setStamp(storeKey, { ...stamp, hash, dump } satisfies Stamp);
    out.set(entry.key, this.apply(entry, dump, features, hash));
    await this.finishPut(slicer, performance.now(), 'upsert.warm');
    return undefined;
  }

  /**
   * Lets the sink finish linking the file just put, within the slice's budget, pausing in between
   * (a file with very many copies links for longer than a slice); each stretch is noted as a step.
   */
  private async finishPut(slicer: Slicer, start: number, label: string): Promise<void> {
    let t = start;
    while (this.sink.advance && !this.sink.advance(slicer.remainingMs)) {
      noteStep(performance.now() - t, label);
      await slicer.pause();
      t = performance.now();
    }
    noteStep(performance.now() - t, label);
  }

  /** Applies a result; `features` undefined: the key already holds content `hash` (kept, not re-linked). */
  private apply(entry: Entry, contentIsDump: boolean, features: LinkFeatures | undefined, hash: string): Outcome {
    if (!this.sink.isCurrent(entry)) return 'stale';
    if (!this.sink.isDump(entry.uri, contentIsDump)) {
      this.sink.drop(entry);
      return 'not-dump';
    }
    if (!features || this.sink.holds(entry, hash)) this.sink.keep(entry);
    else this.sink.put(entry, features, hash);
    return 'indexed';
  }

  private fail(entry: Entry, problem: Problem): Outcome {
    if (!this.sink.isCurrent(entry)) return 'stale';
    this.sink.problem(entry, problem);
    return problem.kind;
  }
}
