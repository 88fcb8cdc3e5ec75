import * as vscode from 'vscode';
import type { SettingsSnapshot } from '../settings';

export interface ScanResult {
  /** Candidate files found by the include globs (plus files marked as dumps). */
  total: number;
  /** Candidates visited before the scan ended. */
  visited: number;
  /** Files indexed as dumps. */
  indexed: number;
  skipped: number;
  /** True when the scan was cancelled before visiting every candidate. */
  partial: boolean;
  elapsedMs: number;
}

export interface ScanContext {
  settings: SettingsSnapshot;
  markedDumps(): vscode.Uri[];
  matchesFiles(uri: vscode.Uri): boolean;
  indexFile(uri: vscode.Uri): Promise<'indexed' | 'not-dump' | 'skipped' | 'stale'>;
  keyOf(uri: vscode.Uri): string;
  indexedKeys(): string[];
  forget(key: string): void;
  isOpenDump(key: string): boolean;
}

/** Longest stretch of work between two yields to the event loop. */
const SLICE_MS = 25;

/**
 * Visits every candidate file, yielding to the event loop between files so that the extension
 * host stays responsive. A complete scan also forgets indexed files that no longer exist.
 */
export async function scanWorkspace(
  ctx: ScanContext,
  token: vscode.CancellationToken,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
): Promise<ScanResult> {
  const started = performance.now();
  const candidates = await findCandidates(ctx, token);
  const result: ScanResult = { total: candidates.length, visited: 0, indexed: 0, skipped: 0, partial: false, elapsedMs: 0 };
  const seen = new Set<string>();
  let sliceStart = performance.now();
  for (const uri of candidates) {
    if (token.isCancellationRequested) break;
    const outcome = await ctx.indexFile(uri);
    seen.add(ctx.keyOf(uri));
    result.visited++;
    if (outcome === 'indexed') result.indexed++;
    if (outcome === 'skipped') result.skipped++;
    progress?.report({ message: `${result.visited}/${result.total} files`, increment: 100 / Math.max(1, result.total) });
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  result.partial = result.visited < result.total || token.isCancellationRequested;
  if (!result.partial) {
    for (const key of ctx.indexedKeys()) if (!seen.has(key) && !ctx.isOpenDump(key)) ctx.forget(key);
  }
  result.elapsedMs = Math.round(performance.now() - started);
  return result;
}

async function findCandidates(ctx: ScanContext, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const byKey = new Map<string, vscode.Uri>();
  for (const glob of ctx.settings.includeGlobs) {
    const found = await vscode.workspace.findFiles(glob, undefined, undefined, token);
    for (const uri of found) if (ctx.matchesFiles(uri)) byKey.set(uri.toString(), uri);
  }
  for (const uri of ctx.markedDumps()) byKey.set(uri.toString(), uri);
  return [...byKey.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
