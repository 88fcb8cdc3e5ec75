/**
 * Drives the extension's own indexing path (WorkspaceIndex → scanWorkspace → BatchIndexer →
 * PoolAnalyzer workers → ClaimIndex, warm store in a temp folder) on a folder, outside VS Code,
 * through the working `vscode` stub. Measures what a user would feel in the extension host: wall
 * time, the longest main-thread slice of our own work, the event loop's longest stall (a 10 ms
 * timer), peak RSS; and checks that a scan cancelled part-way leaves a consistent index.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { CompareReport } from '../src/core/types';
import { checkExport } from './exportCheck';
import { traceStalls } from './stallTrace';
import { installWorkspaceStub, memoryMemento } from './vscodeStub';

type Mods = {
  ws: typeof import('../src/extension/index/workspaceIndex');
  slicing: typeof import('../src/extension/index/slicing');
  settings: typeof import('../src/extension/settings');
  marks: typeof import('../src/extension/detect/dumpMarks');
  docs: typeof import('../src/extension/documentAnalyses');
  activity: typeof import('../src/extension/activity');
  log: typeof import('../src/extension/log');
  analyzer: typeof import('../src/extension/index/analyzer');
  pool: typeof import('../src/extension/index/poolAnalyzer');
  store: typeof import('../src/extension/index/warmStore');
};

/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the stub is installed */
function load(): Mods {
  return {
    ws: require('../src/extension/index/workspaceIndex') as Mods['ws'],
    slicing: require('../src/extension/index/slicing') as Mods['slicing'],
    settings: require('../src/extension/settings') as Mods['settings'],
    marks: require('../src/extension/detect/dumpMarks') as Mods['marks'],
    docs: require('../src/extension/documentAnalyses') as Mods['docs'],
    activity: require('../src/extension/activity') as Mods['activity'],
    log: require('../src/extension/log') as Mods['log'],
    analyzer: require('../src/extension/index/analyzer') as Mods['analyzer'],
    pool: require('../src/extension/index/poolAnalyzer') as Mods['pool'],
    store: require('../src/extension/index/warmStore') as Mods['store'],
  };
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** The part of the stub the driver and the tests use directly. */
export interface StubApi {
  CancellationTokenSource: new () => { token: never; cancel(): void };
  Uri: { file(path: string): never };
}

export interface DriverOptions {
  /** Worker bundle (dist/worker.js); missing → the in-process analyzer, as in the extension. */
  workerFile: string;
  /** Share of the files after which the first scan is cancelled (0: no cancelled scan). */
  cancelAt: number;
  /** After the complete scan, reopen the index on the same store folder and scan again (warm). */
  warmRescan?: boolean;
}

/** Every member and duplicate of `report` is an indexed file, and the groups are well formed. */
export function reportConsistent(report: CompareReport, indexed: ReadonlySet<string>): boolean {
  const groupsOk = report.groups.every((g) => g.members.length >= 2 && g.members.every((m) => indexed.has(m.path)));
  return groupsOk && report.duplicates.every((d) => indexed.has(d.paths[0]) && indexed.has(d.paths[1]));
}

/**
 * An idle sibling process timing its own event loop meanwhile: on a shared machine the operating
 * system's scheduling delays every process, so this is the floor our figure should be read against.
 */
function idleBaseline(): { stop(): Promise<number> } {
  const code = "const{monitorEventLoopDelay}=require('node:perf_hooks');const h=monitorEventLoopDelay({resolution:10});h.enable();" +
    "process.stdin.on('data',()=>{});process.stdin.on('end',()=>{process.stdout.write(String(h.max/1e6));process.exit(0);});";
  const child = spawn(process.execPath, ['-e', code], { stdio: ['pipe', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return {
    stop: () => new Promise((resolve) => {
      child.on('close', () => resolve(+(Number(out) || 0).toFixed(1)));
      child.stdin.end();
    }),
  };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) total += statSync(join(dir, name)).size;
  return total;
}

/** The extension's index wiring (as in extension.ts) on `root`, through the working vscode stub. */
export function openIndex(root: string, workerFile: string, storeDir: string | undefined): {
  index: InstanceType<Mods['ws']['WorkspaceIndex']>; store: InstanceType<Mods['store']['WarmStore']>;
  analyzer: InstanceType<Mods['pool']['PoolAnalyzer']>; slicing: Mods['slicing']; vscode: StubApi; close: () => void;
} {
  const vscode = installWorkspaceStub(root) as unknown as StubApi;
  const m = load();
  const log = new m.log.LazyLog();
  const activity = new m.activity.Activity();
  const settings = new m.settings.Settings();
  const maxBytes = (): number => settings.current.maxFileBytes;
  const analyzer = new m.pool.PoolAnalyzer(workerFile, new m.analyzer.InProcessAnalyzer(maxBytes), log, maxBytes);
  const store = new m.store.WarmStore(storeDir, log);
  const marks = new m.marks.DumpMarks(memoryMemento(), settings);
  const documents = new m.docs.DocumentAnalyses(analyzer, activity, log);
  const index = new m.ws.WorkspaceIndex(settings, marks, documents, analyzer, store, activity, log);
  const close = (): void => {
    index.dispose();
    documents.dispose();
    analyzer.dispose();
    settings.dispose();
  };
  return { index, store, analyzer, slicing: m.slicing, vscode, close };
}

function sameReport(a: CompareReport, b: CompareReport): boolean {
  return a.groups.length === b.groups.length && a.groups.every((g, i) => g === b.groups[i]) && JSON.stringify(a.duplicates) === JSON.stringify(b.duplicates);
}

/** Runs a cancelled scan (optional), then a complete scan and the sliced report; returns the figures. */
export async function driveIndex(root: string, opts: DriverOptions): Promise<Record<string, unknown>> {
  const storeDir = mkdtempSync(join(tmpdir(), 'pl-warm-'));
  const { index, store, analyzer, slicing, vscode, close } = openIndex(root, opts.workerFile, storeDir);
  const m = { slicing };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const baseline = idleBaseline();
  // Attributes long stalls to the phase they happened in (a 100 ms watchdog; gaps over 1 s listed).
  let phase = 'cancelled scan';
  const stalls: Array<{ phase: string; ms: number }> = [];
  let tick = performance.now();
  const watchdog = setInterval(() => {
    const now = performance.now();
    if (now - tick > 1000 && stalls.length < 20) stalls.push({ phase, ms: Math.round(now - tick) });
    tick = now;
  }, 100);
  m.slicing.resetSliceStats();
  const trace = traceStalls(m.slicing.longSlices);
  trace.phase(phase);
  const t0 = performance.now();
  const out: Record<string, unknown> = {};

  if (opts.cancelAt > 0) {
    const cts = new vscode.CancellationTokenSource();
    let cancelledAt = 0;
    let total = 0;
    const progress = {
      report: (p: { message?: string }): void => {
        const hit = /^(\d+)\/(\d+) files$/.exec(p.message ?? '');
        if (!hit || cancelledAt) return;
        total = Number(hit[2]);
        if (Number(hit[1]) >= opts.cancelAt * total) {
          cancelledAt = performance.now();
          cts.cancel();
        }
      },
    };
    const scan = await index.scanAll(progress, cts.token);
    const stopMs = performance.now() - cancelledAt;
    const report = await index.reportSliced();
    const keys = new Set(index.indexedKeys());
    out.cancelled = {
      partial: scan.partial, visited: scan.visited, total: scan.total, indexed: index.indexedCount, stopAfterCancelMs: Math.round(stopMs),
      groups: report.groups.length, consistent: scan.partial && keys.size === scan.indexed && reportConsistent(report, keys),
      ms: Math.round(performance.now() - t0),
    };
  }

  phase = 'complete scan';
  trace.phase(phase);
  const t1 = performance.now();
  let progressReports = 0;
  const scan = await index.scanAll({ report: () => void progressReports++ });
  const scanMs = performance.now() - t1;
  phase = 'report';
  trace.phase(phase);
  const t2 = performance.now();
  let groupSteps = 0;
  const report = await index.reportSliced((s) => (groupSteps = s));
  const reportMs = performance.now() - t2;
  trace.phase('driver: consistency check');
  const keys = new Set(index.indexedKeys());
  phase = 'warm store save';
  trace.phase(phase);
  const t3 = performance.now();
  await store.save();
  const saveMs = performance.now() - t3;
  loop.disable();
  clearInterval(watchdog);
  out.stalls = trace.stop();
  const idleProcessMaxDelayMs = await baseline.stop();
  const wallMs = performance.now() - t0;
  const heap = process.memoryUsage();
  out.complete = {
    files: scan.total, indexed: scan.indexed, skipped: scan.skipped, errors: scan.errors, partial: scan.partial, progressReports,
    groups: report.groups.length, duplicates: report.duplicates.length, consistent: reportConsistent(report, keys),
    // The sliced report is the one-shot report (same group objects, same pairs in the same order).
    sameAsOneShot: sameReport(report, index.report()),
  };
  Object.assign(out, {
    wallMs: Math.round(wallMs), scanMs: Math.round(scanMs), reportMs: Math.round(reportMs), groupSlices: groupSteps + 1, warmSaveMs: Math.round(saveMs),
    longestSliceMs: +m.slicing.sliceStats.longestMs.toFixed(1), slices: m.slicing.sliceStats.yields, slicesOverTwiceBudget: m.slicing.sliceStats.overBudget, longestSingleFileApplyMs: +m.slicing.sliceStats.longestStepMs.toFixed(1),
    eventLoopMaxDelayMs: +(loop.max / 1e6).toFixed(1), eventLoopP99DelayMs: +(loop.percentile(99) / 1e6).toFixed(1), idleProcessMaxDelayMs, stallsOver1s: stalls,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), heapUsedMb: Math.round(heap.heapUsed / 1048576),
    warmStoreMb: +(folderBytes(storeDir) / 1048576).toFixed(1), warmStoreBytesPerFile: Math.round(folderBytes(storeDir) / Math.max(1, scan.indexed)),
    warmStoreEntries: store.size, workers: analyzer.usesWorkers, rssAfterColdMb: Math.round(process.memoryUsage().rss / 1048576),
  });
  if (process.env.EXPORT_CHECK !== '0') out.export = await checkExport(report);
  close();
  if (opts.warmRescan) out.warm = await warmRescan(root, opts.workerFile, storeDir, report);
  rmSync(storeDir, { recursive: true, force: true });
  return out;
}

/**
 * Reopens the index on the same store folder (a new window on an unchanged workspace) and scans
 * again: every file should be a warm hit (no analysis) and the groups the same.
 */
async function warmRescan(root: string, workerFile: string, storeDir: string, cold: CompareReport): Promise<Record<string, unknown>> {
  const { index, store, analyzer, slicing, close } = openIndex(root, workerFile, storeDir);
  slicing.resetSliceStats();
  const trace = traceStalls(slicing.longSlices);
  trace.phase('warm scan');
  const t0 = performance.now();
  const scan = await index.scanAll();
  const warmScanMs = performance.now() - t0;
  trace.phase('warm report');
  const report = await index.reportSliced();
  const heap = process.memoryUsage();
  const out = {
    stalls: trace.stop(),
    warmScanMs: Math.round(warmScanMs), indexed: scan.indexed, visited: scan.visited, total: scan.total, partial: scan.partial, skipped: scan.skipped, errors: scan.errors, reAnalysed: analyzer.analysesPerformed, chunkReads: store.chunkReads,
    sameGroups: report.groups.length === cold.groups.length && report.duplicates.length === cold.duplicates.length,
    groups: report.groups.length, longestSliceMs: +slicing.sliceStats.longestMs.toFixed(1), storeEntries: store.size,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rssMb: Math.round(heap.rss / 1048576), heapUsedMb: Math.round(heap.heapUsed / 1048576),
  };
  close();
  return out;
}
