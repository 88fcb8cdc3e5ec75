import vscode = require('vscode');
import type { SettingsSnapshot } from '../settings';
import type { Outcome } from './batchIndexer';
import { Slicer, sortSliced } from './slicing';

export interface ScanResult {
  /** Candidate files found by the include globs (plus files marked as dumps). */
  total: number;
  /** Candidates visited before the scan ended. */
  visited: number;
  /** Files indexed as dumps. */
  indexed: number;
  /** Files skipped by design (over-size, binary). */
  skipped: number;
  /** Files that could not be read (deleted, renamed, unreadable) or analysed. */
  errors: number;
  /** True when the scan was cancelled before visiting every candidate. */
  partial: boolean;
  elapsedMs: number;
}

export interface ScanContext {
  settings: SettingsSnapshot;
  markedDumps(): vscode.Uri[];
  matchesFiles(uri: vscode.Uri): boolean;
  /** Indexes one batch; the outcome per key of each file visited. */
  indexBatch(uris: readonly vscode.Uri[], token: vscode.CancellationToken): Promise<Map<string, Outcome>>;
  keyOf(uri: vscode.Uri): string;
  /** After a complete scan: forgets indexed files (and cache stamps) not among `seen`, in slices. */
  forgetUnseen(seen: ReadonlySet<string>, seenUris: ReadonlySet<string>, slicer: Slicer): Promise<void>;
  warn(message: string): void;
}

/** Files per batch: progress and cancellation are checked between batches (results stream within one). */
export const SCAN_BATCH = 64;

/**
 * Visits every candidate file in batches, reporting progress after each one; the extension host
 * stays responsive (the batch indexer yields every few milliseconds). A cancelled scan stops
 * between batches and is marked partial: files not reached keep their previous index entries.
 * A complete scan also forgets indexed files that no longer exist.
 */
export async function scanWorkspace(
  ctx: ScanContext,
  token: vscode.CancellationToken,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
): Promise<ScanResult> {
  const started = performance.now();
  progress?.report({ message: 'listing files…' });
  const candidates = await findCandidates(ctx, token);
  const result: ScanResult = { total: candidates.length, visited: 0, indexed: 0, skipped: 0, errors: 0, partial: false, elapsedMs: 0 };
  const seen = new Set<string>();
  const seenUris = new Set<string>();
  for (let i = 0; i < candidates.length && !token.isCancellationRequested; i += SCAN_BATCH) {
    const batch = candidates.slice(i, i + SCAN_BATCH);
    const outcomes = await ctx.indexBatch(batch, token);
    for (const uri of batch) {
      const key = ctx.keyOf(uri);
      const outcome = outcomes.get(key);
      if (outcome === undefined) continue;
      seen.add(key);
      seenUris.add(uri.toString());
      result.visited++;
      if (outcome === 'indexed') result.indexed++;
      else if (outcome === 'skipped') result.skipped++;
      else if (outcome === 'error') result.errors++;
    }
    progress?.report({ message: `${result.visited}/${result.total} files`, increment: (100 * batch.length) / Math.max(1, result.total) });
  }
  result.partial = result.visited < result.total || token.isCancellationRequested;
  if (!result.partial) await ctx.forgetUnseen(seen, seenUris, new Slicer(undefined, 'scan.forgetUnseen'));
  result.elapsedMs = Math.round(performance.now() - started);
  return result;
}

/**
 * Every candidate once, in path order. A workspace may hold 100,000 files: the filtering and the
 * sort run in slices (`findFiles` itself runs outside the extension host).
 */
async function findCandidates(ctx: ScanContext, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const byKey = new Map<string, vscode.Uri>();
  const slicer = new Slicer(undefined, 'scan.list');
  for (const glob of ctx.settings.includeGlobs) {
    if (token.isCancellationRequested) break;
    let found: vscode.Uri[] = [];
    try {
      found = await slicer.wait(Promise.resolve(vscode.workspace.findFiles(glob, undefined, undefined, token)));
    } catch (err) {
      ctx.warn(`could not search for "${glob}": ${err instanceof Error ? err.message : String(err)}`);
    }
    for (let i = 0; i < found.length; i++) {
      if (ctx.matchesFiles(found[i])) byKey.set(found[i].toString(), found[i]);
      if ((i & 255) === 255) await slicer.pause();
    }
  }
  for (const uri of ctx.markedDumps()) byKey.set(uri.toString(), uri);
  const keyed: Array<{ uri: vscode.Uri; path: string }> = [];
  for (const uri of byKey.values()) {
    keyed.push({ uri, path: uri.path });
    if ((keyed.length & 4095) === 0) await slicer.pause();
  }
  const sorted = await sortSliced(keyed, (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0), slicer);
  const out: vscode.Uri[] = [];
  for (const k of sorted) {
    out.push(k.uri);
    if ((out.length & 4095) === 0) await slicer.pause();
  }
  slicer.end();
  return out;
}
