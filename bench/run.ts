/**
 * `npm run bench [-- --json] [--full] [--corpus DIR] [--runs N]`
 *
 * Generates seeded corpora of 1,000 and 10,000 dumps (100,000 with --full), or measures a real folder
 * with --corpus, and prints medians: cold analyse + link time, MB/s, peak RSS, incremental update,
 * activation, decoration of a 2 MB dump, hostile 1 MB lines, and ripgrep over the same files as the
 * reference for raw text scanning. Every measurement runs in a fresh process, bundled by esbuild into bench/.data/build (BENCH_TSX=1: under tsx). With --full, the
 * extension's own indexing path (WorkspaceIndex with the vscode stub, bench/indexDriver.ts) is also
 * measured at 10,000 and 100,000 files: wall time, longest main-thread slice, event-loop stalls,
 * peak RSS, and a scan cancelled part-way checked for consistency.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generate';

const ROOT = join(__dirname, '..');
const DATA = join(ROOT, 'bench', '.data');
/**
 * Generated corpora live outside the repository (up to 100,000 files): a tree that big beside the
 * sources slows every tool that walks the project (`vsce ls` took over a minute). BENCH_DATA overrides.
 */
const CORPORA = process.env.BENCH_DATA || join(homedir(), '.cache', 'provenance-lens', 'bench');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Args {
  json: boolean;
  full: boolean;
  corpus: string | null;
  runs: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { json: false, full: false, corpus: null, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--json') a.json = true;
    else if (x === '--full') a.full = true;
    else if (x === '--corpus') a.corpus = argv[++i] ?? null;
    else if (x === '--runs') a.runs = Math.max(1, Number(argv[++i]) || 3);
    else throw new Error(`unknown option ${x}`);
  }
  return a;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The bundled measure script (built by `buildMeasure`), or null to run bench/measure.ts under tsx (BENCH_TSX=1). */
let measureJs: string | null = null;

/**
 * Bundles bench/measure.ts into bench/.data/build (git-ignored) so the measurements run the code
 * as the extension ships it (one esbuild bundle), not through tsx's per-module transform.
 */
function buildMeasure(): void {
  if (process.env.BENCH_TSX === '1') return;
  const out = join(DATA, 'build', 'measure.js');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), [
    join(ROOT, 'bench', 'measure.ts'), '--bundle', '--platform=node', '--format=cjs', '--target=node20',
    '--external:vscode', '--external:@types/vscode', '--log-level=error', `--outfile=${out}`,
  ], { stdio: 'inherit' });
  measureJs = out;
}

function measure<T>(...args: string[]): T {
  const out = measureJs
    ? execFileSync(process.execPath, [measureJs, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : execFileSync(TSX, [join(ROOT, 'bench', 'measure.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

function corpusFor(n: number): string {
  const dir = join(CORPORA, `gen-${n}-seed7`);
  if (!existsSync(join(dir, '.complete'))) {
    generateCorpus(dir, { files: n, seed: 7 });
    execFileSync('touch', [join(dir, '.complete')]);
  }
  return dir;
}

function megabytes(dir: string): number {
  let total = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) total += statSync(p).size;
    }
  };
  walk(dir);
  return total / 1048576;
}

/** ripgrep over the same files, the reference for raw scanning speed; null when rg is missing. */
function ripgrepMs(dir: string, runs: number): number | null {
  if (spawnSync('rg', ['--version']).status !== 0) return null;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync('rg', ['-c', '--no-messages', '-g', '*.txt', '[«»“”"]|[0-9]', dir], { stdio: 'ignore' });
    times.push(performance.now() - t);
  }
  return median(times);
}

interface Cold {
  files: number;
  coldMs: number;
  analysedMs: number;
  linkMs: number;
  groupsMs: number;
  longestGroupSliceMs: number;
  duplicatesMs: number;
  peakRssMb: number;
  groups: number;
  duplicates: number;
  errors: number;
  longestMainThreadMs: number;
  longestSliceMs: number;
  longestUpsertMs: number;
  eventLoopMaxDelayMs: number;
  workerHeapPeakMb: number;
  threads: number;
}

/** What `measure.ts extension DIR` prints (see bench/indexDriver.ts). */
interface ExtensionIndex {
  cancelled?: { visited: number; total: number; consistent: boolean; stopAfterCancelMs: number };
  complete: { files: number; indexed: number; groups: number; duplicates: number; consistent: boolean; progressReports: number };
  wallMs: number;
  scanMs: number;
  reportMs: number;
  groupSlices: number;
  longestSliceMs: number;
  longestSingleFileApplyMs: number;
  slices: number;
  slicesOverTwiceBudget: number;
  eventLoopMaxDelayMs: number;
  eventLoopP99DelayMs: number;
  idleProcessMaxDelayMs: number;
  peakRssMb: number;
  heapUsedMb: number;
  warmStoreMb: number;
}

function coldMedian(dir: string, runs: number): Cold {
  const rs = Array.from({ length: runs }, () => measure<Cold>('cold', dir));
  const m = median(rs.map((r) => r.coldMs));
  const pick = rs.find((r) => r.coldMs === m) ?? rs[0];
  return { ...pick, coldMs: m, peakRssMb: Math.max(...rs.map((r) => r.peakRssMb)) };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  execFileSync('node', [join(ROOT, 'esbuild.config.mjs'), '--production'], { stdio: 'ignore' });
  buildMeasure();
  const sizes = args.corpus ? [] : args.full ? [1000, 10_000, 100_000] : [1000, 10_000];
  const rows: Array<{ label: string; dir: string }> = args.corpus
    ? [{ label: args.corpus, dir: args.corpus }]
    : sizes.map((n) => ({ label: `${n} generated`, dir: corpusFor(n) }));

  const results = rows.map(({ label, dir }) => {
    const mb = megabytes(dir);
    const c = coldMedian(dir, args.runs);
    const rg = ripgrepMs(dir, args.runs);
    return { label, dir, megabytes: mb, ...c, mbPerSec: mb / (c.coldMs / 1000), rgMs: rg, ratioToRg: rg ? c.coldMs / rg : null };
  });
  const big = results[results.length - 1];
  const inc = measure<{ incrementalMs: number; incrementalP90Ms: number; linkOnlyMs: number; linkOnlyP90Ms: number; linkOnlyMaxMs: number }>('incremental', big.dir);
  const deco = measure<{ decorationMs: number; fullDecorationMs: number; dumpMb: number }>('decorate');
  const adv = measure<Record<string, { ms1m: number; ratio: number }>>('adversarial');
  const act = { activationMs: median(Array.from({ length: Math.max(3, args.runs) }, () => measure<{ activationMs: number }>('activation').activationMs)) };
  const growth = results.length >= 2 ? results[1].coldMs / results[0].coldMs : null;
  // One run each (100,000 files take minutes): the extension's own path, not the bare engine.
  const extensionIndex = args.full ? results.filter((r) => r.files >= 10_000).map((r) => ({ label: r.label, ...measure<ExtensionIndex>('extension', r.dir) })) : [];

  const summary = {
    files: big.files,
    megabytes: +big.megabytes.toFixed(2),
    coldMs: Math.round(big.coldMs),
    mbPerSec: +big.mbPerSec.toFixed(1),
    peakRssMb: Math.round(big.peakRssMb),
    incrementalMs: +inc.incrementalMs.toFixed(2),
    incrementalP90Ms: +inc.incrementalP90Ms.toFixed(2),
    incrementalLinkOnlyMs: +inc.linkOnlyMs.toFixed(2),
    incrementalLinkOnlyP90Ms: +inc.linkOnlyP90Ms.toFixed(2),
    incrementalLinkOnlyMaxMs: +inc.linkOnlyMaxMs.toFixed(2),
    activationMs: +act.activationMs.toFixed(2),
    decorationMs2Mb: Math.round(deco.decorationMs),
    fullDecorationMs2Mb: Math.round(deco.fullDecorationMs),
    longestMainThreadMs: +big.longestMainThreadMs.toFixed(1),
    longestSliceMs: +big.longestSliceMs.toFixed(1),
    longestUpsertMs: +big.longestUpsertMs.toFixed(1),
    groupsMs: Math.round(big.groupsMs),
    longestGroupSliceMs: +big.longestGroupSliceMs.toFixed(1),
    duplicatesMs: Math.round(big.duplicatesMs),
    eventLoopMaxDelayMs: +big.eventLoopMaxDelayMs.toFixed(1),
    workerHeapPeakMb: big.workerHeapPeakMb,
    rgMs: big.rgMs === null ? null : Math.round(big.rgMs),
    ratioToRg: big.ratioToRg === null ? null : +big.ratioToRg.toFixed(1),
    growth10kOver1k: growth === null ? null : +growth.toFixed(2),
    adversarial1MbWorstMs: Math.round(Math.max(...Object.values(adv).map((x) => x.ms1m))),
    adversarialWorstGrowth: +Math.max(...Object.values(adv).map((x) => x.ratio)).toFixed(1),
    threads: big.threads,
    runs: args.runs,
    sizes: results.map((r) => ({ label: r.label, files: r.files, megabytes: +r.megabytes.toFixed(2), coldMs: Math.round(r.coldMs), analysedMs: Math.round(r.analysedMs), linkMs: Math.round(r.linkMs), groupsMs: Math.round(r.groupsMs), peakRssMb: Math.round(r.peakRssMb), groups: r.groups, duplicates: r.duplicates, rgMs: r.rgMs && Math.round(r.rgMs) })),
    adversarial: adv,
    extensionIndex,
  };
  if (args.json) {
    process.stdout.write(JSON.stringify(summary) + '\n');
    return;
  }
  const line = (k: string, v: unknown): void => void process.stdout.write(`${k.padEnd(40)} ${String(v)}\n`);
  for (const r of summary.sizes) line(`cold analyse+link, ${r.label}`, `${r.coldMs} ms (${r.megabytes} MB, ${r.groups} groups, ${r.duplicates} duplicate pairs, peak RSS ${r.peakRssMb} MB, rg ${r.rgMs ?? 'n/a'} ms)`);
  for (const r of summary.sizes) line(`  of which main-thread linking, ${r.label}`, `${r.linkMs} ms (final group build ${r.groupsMs} ms in slices; workers done at ${r.analysedMs} ms)`);
  line('throughput (largest)', `${summary.mbPerSec} MB/s on ${summary.threads} threads`);
  line('time(10k) / time(1k)', summary.growth10kOver1k ?? 'n/a');
  line('ours / ripgrep', summary.ratioToRg ?? 'n/a (rg not installed)');
  line('incremental update (median, p90)', `${summary.incrementalMs} ms, ${summary.incrementalP90Ms} ms (analyse + features + link)`);
  line('  of which upsertFeatures+groupsForFile', `${summary.incrementalLinkOnlyMs} ms median, ${summary.incrementalLinkOnlyP90Ms} ms p90, ${summary.incrementalLinkOnlyMaxMs} ms max`);
  line('longest main-thread slice while indexing', `${summary.longestSliceMs} ms (slowest single upsertFeatures ${summary.longestUpsertMs} ms)`);
  line('  including the sliced group build', `${summary.longestMainThreadMs} ms (longest group slice ${summary.longestGroupSliceMs} ms, duplicates() ${summary.duplicatesMs} ms)`);
  line('  longest event-loop stall (5 ms timer)', `${summary.eventLoopMaxDelayMs} ms; worker heap peak ${summary.workerHeapPeakMb} MB`);
  line('activation', `${summary.activationMs} ms`);
  line(`decorations, ${deco.dumpMb.toFixed(1)} MB dump`, `${summary.decorationMs2Mb} ms visible window (whole file ${summary.fullDecorationMs2Mb} ms)`);
  for (const [k, v] of Object.entries(adv)) line(`hostile 1 MB line: ${k}`, `${v.ms1m.toFixed(1)} ms (×${v.ratio.toFixed(1)} vs 100 KB)`);
  for (const e of extensionIndex) {
    line(`extension index, ${e.label}`, `${e.wallMs} ms wall (scan ${e.scanMs} ms, report ${e.reportMs} ms in ${e.groupSlices} slices), peak RSS ${e.peakRssMb} MB, heap ${e.heapUsedMb} MB, warm store ${e.warmStoreMb} MB`);
    line('  longest main-thread slice', `${e.longestSliceMs} ms (one file applied: ${e.longestSingleFileApplyMs} ms; ${e.slicesOverTwiceBudget} of ${e.slices} slices over 2× budget)`);
    line('  event-loop stall (10 ms timer)', `max ${e.eventLoopMaxDelayMs} ms, p99 ${e.eventLoopP99DelayMs} ms (idle process meanwhile: max ${e.idleProcessMaxDelayMs} ms)`);
    if (e.cancelled) line('  cancelled scan', `${e.cancelled.visited}/${e.cancelled.total} files, stopped ${e.cancelled.stopAfterCancelMs} ms after cancel, consistent: ${e.cancelled.consistent}`);
    line('  complete scan', `${e.complete.indexed}/${e.complete.files} indexed, ${e.complete.groups} groups, ${e.complete.progressReports} progress reports, consistent: ${e.complete.consistent}`);
  }
}

main();
