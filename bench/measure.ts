/**
 * One benchmark measurement in a fresh process (so peak RSS belongs to it alone). `npm run bench`
 * runs it bundled (bench/.data/build/measure.js, what the extension ships: tsx's module transform
 * slows cross-module calls); under tsx it measures the same thing, a little slower.
 *   tsx bench/measure.ts cold DIR       → cold analyse (worker pool, both cores) + link of every .txt in DIR
 *   tsx bench/measure.ts incremental DIR → median of one-file edits re-analysed and re-linked
 *   tsx bench/measure.ts decorate        → viewport-window and whole-file decorations of a 2 MB dump
 *   tsx bench/measure.ts adversarial     → 100 KB vs 1 MB hostile lines (linear-time check)
 *   tsx bench/measure.ts extension DIR   → the extension's WorkspaceIndex on DIR (vscode stub): slices, stalls, cancel, warm rescan (WARM_RESCAN=0: none)
 * Prints one JSON object on stdout.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { AnalysisPool, type PartialResult } from '../src/node/analysisPool';
import { collectTxtFiles } from '../src/node/files';
import { ClaimIndex, linkFeatures } from '../src/core/link';
import { analyzeText } from '../src/core/analyze';
import { makeDoc } from '../src/core/document';
import { analyzeWindow } from '../src/core/window';
import { type DecorationToggles, layoutDecorations } from '../src/extension/decorations/decorationPlan';
import { ForwardPositions } from '../src/extension/decorations/positions';
import { fakeContext, installVscodeStub } from './vscodeStub';
import { driveIndex } from './indexDriver';

/** The repository root: the nearest folder above this script with a package.json (run from bench/ or bundled into bench/.data/build/). */
function findRoot(from: string): string {
  for (let d = from; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) return join(from, '..');
  }
}
const ROOT = findRoot(__dirname);
const WORKER = join(ROOT, 'dist', 'worker.js');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Longest a main-thread slice may run before yielding to the event loop while indexing. */
const SLICE_MS = 20;
const MB = 1024 * 1024;
const WORKER_HEAP_MB = Number(process.env.WORKER_HEAP_MB) || 128;
const yieldToLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Samples the process's memory every 100 ms; `peaks` holds the largest values seen (MB). */
function memorySampler(): { stop(): Record<string, number> } {
  const peaks = { rss: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  const sample = (): void => {
    const m = process.memoryUsage();
    peaks.rss = Math.max(peaks.rss, m.rss / MB);
    peaks.heapUsed = Math.max(peaks.heapUsed, m.heapUsed / MB);
    peaks.external = Math.max(peaks.external, m.external / MB);
    peaks.arrayBuffers = Math.max(peaks.arrayBuffers, m.arrayBuffers / MB);
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return Object.fromEntries(Object.entries(peaks).map(([k, v]) => [k, Math.round(v)]));
    },
  };
}

/**
 * Cold index: workers analyse and compute link features (no texts, no analyses sent back); the
 * main thread feeds `upsertFeatures` in slices of at most SLICE_MS, and the pool schedules no more
 * than a few batches past what was consumed (back-pressure), so results never pile up.
 */
async function cold(dir: string): Promise<object> {
  const t0 = performance.now();
  const { files } = await collectTxtFiles([dir]);
  // Worker old generations capped (V8 otherwise grows them lazily to ~2× live); a file too big for it comes back as an error.
  const pool = new AnalysisPool({ workerFile: WORKER, maxBytes: 50 * 1024 * 1024, linkFeatures: true, maxWorkerHeapMb: WORKER_HEAP_MB });
  const index = new ClaimIndex();
  const memory = memorySampler();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let bytes = 0;
  let errors = 0;
  let longestSliceMs = 0;
  let longestUpsertMs = 0;
  let linkMs = 0;
  let maxQueued = 0;
  const queue: Array<{ results: PartialResult[]; done: () => void }> = [];
  let wake: (() => void) | undefined;
  let finished = false;
  // One consumer: takes results in arrival order, yields to the event loop every SLICE_MS.
  const drain = async (): Promise<void> => {
    let s = performance.now();
    const endSlice = async (): Promise<void> => {
      const e = performance.now() - s;
      linkMs += e;
      longestSliceMs = Math.max(longestSliceMs, e);
      await yieldToLoop();
      s = performance.now();
    };
    for (;;) {
      const item = queue.shift();
      if (!item) {
        if (finished) return;
        await endSlice();
        if (queue.length === 0 && !finished) await new Promise<void>((r) => (wake = r));
        s = performance.now();
        continue;
      }
      for (const r of item.results) {
        if (!r.ok) errors++;
        else {
          bytes += r.bytes;
          if (r.features) {
            const u = performance.now();
            index.upsertFeatures(r.path, r.features);
            longestUpsertMs = Math.max(longestUpsertMs, performance.now() - u);
          }
        }
        if (performance.now() - s >= SLICE_MS) await endSlice();
      }
      item.done();
    }
  };
  const draining = drain();
  await pool.run(files.map((path) => ({ path })), (results) => new Promise<void>((done) => {
    queue.push({ results, done });
    maxQueued = Math.max(maxQueued, queue.length);
    wake?.();
    wake = undefined;
  }), undefined, { text: false, analysis: false });
  finished = true;
  wake?.();
  await draining;
  const analysedMs = performance.now() - t0;
  const stats = pool.stats;
  pool.dispose(); // the workers' heaps are released before groups() builds its own
  // The final group build as the extension runs it: `buildGroupsStep` in SLICE_MS slices with yields.
  const s = performance.now();
  let groupsMs = 0;
  let longestGroupSliceMs = 0;
  for (let done = false; !done;) {
    const g = performance.now();
    done = index.buildGroupsStep(SLICE_MS);
    const e = performance.now() - g;
    groupsMs += e;
    longestGroupSliceMs = Math.max(longestGroupSliceMs, e);
    if (!done) await yieldToLoop();
  }
  const groupsWallMs = performance.now() - s;
  const groups = index.groups().length;
  const d = performance.now();
  const duplicates = index.duplicates().length;
  const duplicatesMs = performance.now() - d;
  linkMs += groupsMs + duplicatesMs;
  const coldMs = performance.now() - t0;
  loop.disable();
  const mem = memory.stop();
  return {
    files: files.length, bytes, errors, groups, duplicates, coldMs, analysedMs, linkMs, groupsMs, linkStats: index.stats(),
    peakRssMb: peakRssMb(), threads: pool.size,
    // Longest slice of the indexing loop, without and with the final groups() call.
    // A slice never starts another file after SLICE_MS, so one slow upsertFeatures call sets the floor.
    longestSliceMs, longestMainThreadMs: Math.max(longestSliceMs, longestGroupSliceMs, duplicatesMs), longestUpsertMs,
    longestGroupSliceMs, groupsWallMs, duplicatesMs,
    // Longest event-loop stall seen by a 5 ms timer (includes deserialising worker messages).
    eventLoopMaxDelayMs: loop.max / 1e6,
    memoryPeaksMb: mem, workerHeapPeakMb: Math.round(stats.workerHeapPeakBytes / MB), maxQueuedBatches: maxQueued,
  };
}

async function incremental(dir: string): Promise<object> {
  const { files } = await collectTxtFiles([dir]);
  const index = new ClaimIndex();
  const texts = new Map<string, string>();
  const pool = new AnalysisPool({ workerFile: WORKER, linkFeatures: true });
  await pool.run(files.map((path) => ({ path })), (results) => {
    for (const r of results) if (r.ok) {
      texts.set(r.path, r.text);
      if (r.features) index.upsertFeatures(r.path, r.features);
      else index.upsert(r.path, r.text, r.analysis);
    }
  });
  pool.dispose();
  index.groups();
  // The extension runs the deferred link tests in idle slices after a scan (WorkspaceIndex.settleWhenIdle);
  // edits are measured in that state. settleMs: that idle work, in total.
  const s0 = performance.now();
  while (!index.settleStep(SLICE_MS)) { /* idle slices, back to back here */ }
  const settleMs = performance.now() - s0;
  const times: number[] = [];
  const linkTimes: number[] = [];
  for (let i = 0; i < 101; i++) {
    const path = files[(i * 7919) % files.length];
    const text = texts.get(path)! + `\nSelon la police, ${1000 + i} manifestants ont défilé, a déclaré « un témoin ».\n`;
    const t = performance.now();
    const analysis = analyzeText(text);
    const features = linkFeatures(text, analysis);
    const l = performance.now();
    index.upsertFeatures(path, features);
    index.groupsForFile(path);
    const e = performance.now();
    times.push(e - t);
    linkTimes.push(e - l);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const linkSorted = [...linkTimes].sort((a, b) => a - b);
  return {
    files: files.length, incrementalMs: median(times), incrementalP90Ms: sorted[90],
    linkOnlyMs: median(linkTimes), linkOnlyP90Ms: linkSorted[90], linkOnlyMaxMs: linkSorted[linkSorted.length - 1], settleMs,
  };
}

function bigDump(targetBytes: number): string {
  const dir = join(ROOT, 'test', 'fixtures', 'seeds');
  const seeds = ['000_34ade1b63f6a146b.txt', '001_b8ef23abcf924c8b.txt', '002_2dd743014220e732.txt', '003_577cc49d466dc7a4.txt', '004_b88d5b1187baf40b.txt']
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  let out = '';
  for (let i = 0; Buffer.byteLength(out) < targetBytes; i++) out += seeds[i % seeds.length] + '\n';
  return out;
}

const ALL_DECORATIONS: DecorationToggles = { quotes: true, numbers: true, boilerplate: true, speakerNames: true };

/** What the decoration controller draws from an analysis: ranges per kind, one forward walk over the text. */
function layout(a: Parameters<typeof layoutDecorations>[0], text: string, base = 0, baseLine = 0): Record<string, string[]> {
  return layoutDecorations(a, ALL_DECORATIONS, new ForwardPositions(text, base, baseLine), (s, e, after) => `${s.line}:${s.character}-${e.line}:${e.character}${after ?? ''}`);
}

/**
 * What the user waits for when a large dump is opened or scrolled (windowDecorations.ts): a
 * 60-line viewport plus one screen above and below, analysed from a slice with 32,000 characters
 * of context (read as `getText(range)` would), mapped to positions.
 */
function decorateViewport(text: string, doc: ReturnType<typeof makeDoc>, firstVisible: number): Record<string, string[]> {
  const fromLine = Math.max(0, firstVisible - 60);
  const toLine = Math.min(doc.lines.length - 1, firstVisible + 119);
  const start = doc.lines[fromLine].start;
  const end = doc.lines[toLine].end;
  const sliceFromLine = doc.lineAt(Math.max(0, start - 40_001));
  const base = doc.lines[sliceFromLine].start;
  const slice = text.slice(base, doc.lines[doc.lineAt(Math.min(text.length, end + 4_001))].end);
  const w = analyzeWindow(slice, start - base, end - base, { offset: base, firstLine: sliceFromLine });
  return layout(w.analysis, slice, base, sliceFromLine);
}

function decorate(): object {
  const text = bigDump(2 * 1024 * 1024);
  const doc = makeDoc(text);
  const viewports = [0, Math.floor(doc.lines.length / 2), doc.lines.length - 60];
  const windowTimes: number[] = [];
  const times: number[] = [];
  let ranges = 0;
  let last: Record<string, string[]> = {};
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const a = analyzeText(text);
    last = layout(a, text);
    times.push(performance.now() - t);
    for (const v of viewports) {
      const w = performance.now();
      decorateViewport(text, doc, v);
      windowTimes.push(performance.now() - w);
    }
  }
  ranges = Object.values(last).reduce((n, r) => n + r.length, 0);
  // Agreement: the drawn ranges of each viewport's window against the full analysis's on the same lines.
  let windowRanges = 0;
  let windowDiffs = 0;
  for (const v of viewports) {
    const inLines = (r: string): boolean => {
      const line = Number(r.slice(0, r.indexOf(':')));
      return line >= Math.max(0, v - 60) && line <= v + 119;
    };
    const full = new Set(Object.entries(last).flatMap(([k, rs]) => rs.filter(inLines).map((r) => `${k} ${r}`)));
    const win = new Set(Object.entries(decorateViewport(text, doc, v)).flatMap(([k, rs]) => rs.filter(inLines).map((r) => `${k} ${r}`)));
    windowRanges += full.size;
    for (const r of full) if (!win.has(r)) windowDiffs++;
    for (const r of win) if (!full.has(r)) windowDiffs++;
  }
  return { dumpMb: Buffer.byteLength(text) / 1048576, decorationMs: median(windowTimes), fullDecorationMs: median(times), ranges, windowRanges, windowDiffs };
}

function adversarial(): object {
  const shapes: Record<string, (n: number) => string> = {
    quoteMarks: (n) => '«“"'.repeat(n / 3),
    digitsAndSeparators: (n) => '1 000.000,'.repeat(n / 10),
    cuesAndQuotes: (n) => '« x », a déclaré selon '.repeat(n / 24),
    qualifiers: (n) => 'plus de quelque jusqu’à '.repeat(n / 24),
    noSpaces: (n) => 'x'.repeat(n),
  };
  const out: Record<string, { ms100k: number; ms1m: number; ratio: number }> = {};
  for (const [name, make] of Object.entries(shapes)) {
    const time = (n: number): number => {
      const text = make(n);
      const ts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        analyzeText(text);
        ts.push(performance.now() - t);
      }
      return median(ts);
    };
    const a = time(100_000);
    const b = time(1_000_000);
    out[name] = { ms100k: a, ms1m: b, ratio: b / Math.max(a, 0.01) };
  }
  return out;
}

async function activation(): Promise<object> {
  installVscodeStub();
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ext = require(join(ROOT, 'dist', 'extension.js')) as { activate(ctx: unknown): unknown };
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  await Promise.resolve(ext.activate(fakeContext('/tmp')));
  const activateMs = performance.now() - t1;
  // Module load (the bundle is parsed once per window) plus the first activate() call.
  return { activationMs: loadMs + activateMs, loadMs, activateMs };
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  let result: object;
  if (mode === 'cold' && dir) result = await cold(dir);
  else if (mode === 'incremental' && dir) result = await incremental(dir);
  else if (mode === 'decorate') result = decorate();
  else if (mode === 'adversarial') result = adversarial();
  else if (mode === 'activation') result = await activation();
  // The extension's own indexing path (WorkspaceIndex, workers, warm store) with a cancelled scan first.
  else if (mode === 'extension' && dir) result = await driveIndex(dir, { workerFile: WORKER, cancelAt: Number(process.env.CANCEL_AT ?? 0.25), warmRescan: process.env.WARM_RESCAN !== '0' });
  else throw new Error('usage: measure.ts cold|incremental DIR | decorate | adversarial');
  process.stdout.write(JSON.stringify(result) + '\n');
  if (dir) statSync(dir);
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
