/**
 * The extension's workspace index on a generated workspace, through the working vscode stub
 * (bench/vscodeStub.ts): scans stream progress, pause often, can be cancelled into a consistent
 * index, and the group build and report arrive in slices. Assertions are on structure (counts of
 * yields, progress reports, steps; generous bounds), never on tight timings.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { ClaimIndex } from '../../src/core/link/index';
import type { ClaimGroup } from '../../src/core/types';
import { generateCorpus } from '../../bench/generate';
import { openIndex, reportConsistent } from '../../bench/indexDriver';
import { installWorkspaceStub } from '../../bench/vscodeStub';

const N = 600;

function signature(groups: readonly ClaimGroup[]): string[] {
  return groups.map((g) => `${g.kind}:${g.members.map((m) => `${m.path}@${m.start}`).sort().join(',')}`).sort();
}

/** Counts event-loop turns while it runs (proof that our work yielded). */
function turnCounter(): { stop(): number } {
  let turns = 0;
  let live = true;
  const spin = (): void => {
    turns++;
    if (live) setImmediate(spin);
  };
  spin();
  return { stop: () => ((live = false), turns) };
}

describe('workspace index on a generated workspace: slices, progress, cancellation', function () {
  this.timeout(240_000);
  let root = '';
  let storeDir = '';
  let h: ReturnType<typeof openIndex>;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pl-ws-'));
    storeDir = mkdtempSync(join(tmpdir(), 'pl-store-'));
    generateCorpus(root, { files: N, seed: 5 });
    // No worker bundle here: the index falls back to in-process analysis, as the extension would.
    h = openIndex(root, join(root, 'no-worker.js'), storeDir);
  });
  after(() => {
    h.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(storeDir, { recursive: true, force: true });
  });

  it('a scan cancelled part-way is partial and consistent: the files read, grouped as a fresh index groups them', async () => {
    const cts = new h.vscode.CancellationTokenSource();
    const progress = {
      report: (p: { message?: string }): void => {
        const m = /^(\d+)\/(\d+) files$/.exec(p.message ?? '');
        if (m && Number(m[1]) >= 0.4 * N) cts.cancel();
      },
    };
    const scan = await h.index.scanAll(progress, cts.token);
    assert.equal(scan.partial, true);
    assert.ok(scan.visited >= 0.4 * N && scan.visited < N, `stopped part-way (${scan.visited}/${scan.total})`);
    assert.equal(h.index.indexedCount, scan.indexed, 'exactly the files read are indexed');
    const report = await h.index.reportSliced();
    const keys = new Set(h.index.indexedKeys());
    assert.ok(reportConsistent(report, keys), 'every group member and duplicate is an indexed file');
    const reference = new ClaimIndex();
    for (const key of keys) {
      const text = readFileSync(join(root, key), 'utf8');
      reference.upsert(key, text, analyzeText(text));
    }
    assert.ok(report.groups.length > 20, `groups formed (${report.groups.length})`);
    assert.deepEqual(signature(report.groups), signature(reference.groups()));
  });

  it('a complete scan streams progress, yields between short slices and keeps them near the budget', async () => {
    h.slicing.resetSliceStats();
    const counter = turnCounter();
    const reports: Array<{ message?: string; increment?: number }> = [];
    const scan = await h.index.scanAll({ report: (p: { message?: string; increment?: number }) => void reports.push(p) });
    const turns = counter.stop();
    assert.equal(scan.partial, false);
    assert.equal(scan.visited, N);
    const counts = reports.filter((r) => /^\d+\/\d+ files$/.test(r.message ?? ''));
    const { SCAN_BATCH } = require('../../src/extension/index/indexScan') as typeof import('../../src/extension/index/indexScan'); // eslint-disable-line @typescript-eslint/no-require-imports
    assert.ok(counts.length >= Math.ceil(N / SCAN_BATCH), `progress after every batch (${counts.length})`);
    const total = counts.reduce((s, r) => s + (r.increment ?? 0), 0);
    assert.ok(Math.abs(total - 100) < 1, `increments add up to 100 (${total})`);
    assert.ok(turns > counts.length, `the event loop ran between batches (${turns} turns)`);
    const stats = h.slicing.sliceStats;
    assert.ok(stats.yields > counts.length, `our work paused ${stats.yields} times`);
    assert.ok(stats.overBudget <= Math.max(3, 0.1 * stats.yields), `${stats.overBudget} of ${stats.yields} slices over twice the budget`);
    assert.ok(stats.longestMs < 40 * h.slicing.SLICE_MS, `longest slice ${stats.longestMs} ms`);
  });

  it('a rescan of unchanged files analyses nothing (warm) and stays consistent', async () => {
    const before = h.index.analysesPerformed;
    const scan = await h.index.scanAll();
    assert.equal(scan.visited, N);
    assert.equal(h.index.analysesPerformed, before);
    assert.ok(reportConsistent(await h.index.reportSliced(), new Set(h.index.indexedKeys())));
  });

  it('the report arrives in slices with progress; groups() afterwards is the same list, at once', async () => {
    h.index.claims.upsert('extra.txt', 'x', analyzeText('x')); // the groups must be built again
    const counter = turnCounter();
    let steps = 0;
    const groups = await h.index.groupsSliced((s) => (steps = s), 0);
    const turns = counter.stop();
    assert.ok(steps > 3, `a zero budget builds in many steps (${steps})`);
    assert.ok(turns >= steps, `the event loop ran between steps (${turns} turns, ${steps} steps)`);
    assert.equal(h.index.claims.groups(), groups);
    assert.deepEqual(signature(h.index.report().groups), signature(groups));
    h.index.claims.remove('extra.txt');
  });

  it('a file deleted between listing and reading is counted as an error; the rest is indexed', async () => {
    const sub = join(root, 'zz-faults');
    mkdirSync(sub);
    for (let i = 0; i < 100; i++) writeFileSync(join(sub, `note-${String(i).padStart(3, '0')}.txt`), `note ${i}\n`);
    const victim = join(sub, 'zz-victim.txt');
    writeFileSync(victim, readFileSync(join(root, readdirSync(root).filter((f) => f.endsWith('.txt'))[0]), 'utf8') + '\nvictim\n');
    let deleted = false;
    const progress = { report: (p: { message?: string }) => void (!deleted && /files$/.test(p.message ?? '') && ((deleted = true), rmSync(victim))) };
    try {
      const scan = await h.index.scanAll(progress);
      assert.equal(scan.partial, false);
      assert.equal(scan.errors, 1, JSON.stringify(scan));
      assert.ok(!h.index.indexedKeys().some((k) => k.includes('zz-victim')));
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  });
});

describe('index parts at scale', () => {
before(() => installWorkspaceStub(tmpdir()));

describe('sortSliced', () => {
  it('sorts like Array.prototype.sort (stable) while pausing', async () => {
    const { Slicer, sortSliced, sliceStats, resetSliceStats } = require('../../src/extension/index/slicing') as typeof import('../../src/extension/index/slicing'); // eslint-disable-line @typescript-eslint/no-require-imports
    resetSliceStats();
    const items = Array.from({ length: 10_000 }, (_, i) => ({ k: (i * 7919) % 101, i }));
    const order = (a: { k: number }, b: { k: number }): number => a.k - b.k;
    const sorted = await sortSliced(items, order, new Slicer(0));
    assert.deepEqual(sorted, [...items].sort(order));
    assert.ok(sliceStats.yields > 5, `paused ${sliceStats.yields} times`);
  });
});

describe('report panel at scale', () => {
  it('gets at most PANEL_MAX_ITEMS groups and duplicate pairs, largest first; a small report is untouched', () => {
    const mod = require('../../src/extension/commands/compareCommands') as typeof import('../../src/extension/commands/compareCommands'); // eslint-disable-line @typescript-eslint/no-require-imports
    const groups = Array.from({ length: mod.PANEL_MAX_ITEMS + 10 }, (_, i) => ({ id: `g${i}` })) as unknown as ClaimGroup[];
    const big = { version: 1 as const, groups, duplicates: [], errors: [] };
    const shown = mod.forPanel(big);
    assert.equal(shown.groups.length, mod.PANEL_MAX_ITEMS);
    assert.equal(shown.groups[0], groups[0]);
    const small = { ...big, groups: groups.slice(0, 3) };
    assert.equal(mod.forPanel(small), small);
  });
});

describe('Claim Groups view at scale', () => {
  it('shows at most MAX_SHOWN_GROUPS groups and MAX_SHOWN_MEMBERS members, and says how many there are', async () => {
    const mod = require('../../src/extension/views/claimGroupsView') as typeof import('../../src/extension/views/claimGroupsView'); // eslint-disable-line @typescript-eslint/no-require-imports
    const member = { path: 'a.txt', start: 0, end: 1, text: 'x' };
    const many = Array.from({ length: mod.MAX_SHOWN_GROUPS + 500 }, (_, i) => ({
      id: `g${i}`, kind: 'quote', status: 'agree', label: `g${i}`, members: Array.from({ length: i === 0 ? 2000 : 2 }, () => member),
    })) as unknown as ClaimGroup[];
    const index = { started: true, lastResult: {}, indexedCount: 9, onDidChange: () => ({ dispose: () => undefined }), ensureStarted: () => Promise.resolve(), groupsSliced: () => Promise.resolve(many) };
    const view = new mod.ClaimGroupsView(index as never);
    const roots = await view.getChildren();
    assert.equal(roots.length, mod.MAX_SHOWN_GROUPS);
    assert.match(String(view.view.message), new RegExp(`${mod.MAX_SHOWN_GROUPS} largest of ${many.length}`));
    assert.equal((await view.getChildren(roots[0])).length, mod.MAX_SHOWN_MEMBERS);
    let built = 0;
    const scanning = { ...index, scanning: true, indexedCount: mod.LIVE_MAX_FILES + 1, groupsSliced: () => ((built++), Promise.resolve(many)) };
    const busy = new mod.ClaimGroupsView(scanning as never);
    assert.deepEqual(await busy.getChildren(), [], 'a large index is not regrouped while its scan runs');
    assert.equal(built, 0);
    assert.match(String(busy.view.message), /updated when it ends/);
    busy.dispose();
    view.dispose();
  });
});
});
