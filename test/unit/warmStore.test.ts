/**
 * The warm store keeps link features (not analyses) for every file, in chunk files read back on
 * demand: a reopened workspace analyses nothing it has seen, a changed file is analysed again,
 * and a damaged or foreign store file is ignored with a log line.
 */
import * as assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { linkFeatures } from '../../src/core/link';
import type { ClaimGroup } from '../../src/core/types';
import { generateCorpus } from '../../bench/generate';
import { openIndex } from '../../bench/indexDriver';
import { installWorkspaceStub } from '../../bench/vscodeStub';

const N = 300;

function signature(groups: readonly ClaimGroup[]): string[] {
  return groups.map((g) => `${g.kind}:${g.members.map((m) => `${m.path}@${m.start}`).sort().join(',')}`).sort();
}

function chunkFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith('features-'));
}

/**
 * The stub answers for the root it was installed with when the extension modules were first
 * loaded (perhaps by another test file): each open here loads them afresh against its own root,
 * and the modules loaded before are put back afterwards.
 */
const saved = new Map<string, NodeJS.Module | undefined>();
function isExtensionModule(id: string): boolean {
  return id.includes('/src/extension/');
}
function saveExtensionModules(): void {
  for (const id of Object.keys(require.cache)) if (isExtensionModule(id)) saved.set(id, require.cache[id]);
}
function freshExtensionModules(): void {
  for (const id of Object.keys(require.cache)) if (isExtensionModule(id)) delete require.cache[id];
}
function restoreExtensionModules(): void {
  freshExtensionModules();
  for (const [id, mod] of saved) if (mod) require.cache[id] = mod;
  saved.clear();
}

/** Opens the index on `root` with `storeDir`, scans it completely, saves the store; returns the figures. */
async function scanOnce(root: string, storeDir: string): Promise<{ analysed: number; groups: string[]; indexed: number; chunksInMemory: number }> {
  freshExtensionModules();
  const h = openIndex(root, join(root, 'no-worker.js'), storeDir);
  try {
    const scan = await h.index.scanAll();
    assert.equal(scan.partial, false);
    const groups = signature(await h.index.groupsSliced());
    await h.store.save();
    return { analysed: h.index.analysesPerformed, groups, indexed: scan.indexed, chunksInMemory: h.store.size.chunksInMemory };
  } finally {
    h.close();
  }
}

describe('warm store: link features by content hash, in chunk files', function () {
  this.timeout(240_000);
  let root = '';
  let storeDir = '';
  let cold: Awaited<ReturnType<typeof scanOnce>>;

  before(async () => {
    saveExtensionModules();
    root = mkdtempSync(join(tmpdir(), 'pl-warm-ws-'));
    storeDir = mkdtempSync(join(tmpdir(), 'pl-warm-store-'));
    generateCorpus(root, { files: N, seed: 11 });
    writeFileSync(join(root, 'zz-notes.txt'), 'shopping list\n- eggs\n- milk\n'); // not a dump: its verdict is cached too
    writeFileSync(join(storeDir, 'analyses.v8'), 'old one-blob format');
    writeFileSync(join(storeDir, 'warm-00.v8'), 'old shard format');
    cold = await scanOnce(root, storeDir);
  });
  after(() => {
    restoreExtensionModules();
    rmSync(root, { recursive: true, force: true });
    rmSync(storeDir, { recursive: true, force: true });
  });

  it('a reopened workspace analyses none of its unchanged files and yields the same groups', async () => {
    assert.ok(cold.indexed > 0.9 * N && cold.indexed <= N, `indexed ${cold.indexed}`);
    assert.ok(cold.analysed >= cold.indexed, 'the first scan analysed every dump');
    assert.ok(cold.groups.length > 10, `groups formed (${cold.groups.length})`);
    assert.ok(!existsSync(join(storeDir, 'analyses.v8')) && !existsSync(join(storeDir, 'warm-00.v8')), 'old-format files removed on save');
    assert.ok(chunkFiles(storeDir).length >= 2, 'features spread over chunk files');
    const warm = await scanOnce(root, storeDir);
    assert.equal(warm.analysed, 0, 'nothing analysed again');
    assert.equal(warm.indexed, cold.indexed, 'the same files are dumps (the non-dump stays out)');
    assert.deepEqual(warm.groups, cold.groups);
    assert.ok(warm.chunksInMemory <= 8, `chunks kept in memory: ${warm.chunksInMemory}`);
  });

  it('a changed file is analysed again, and only that one', async () => {
    const file = readdirSync(root).filter((f) => f.endsWith('.txt')).sort()[7];
    appendFileSync(join(root, file), '\n« Nous ne céderons rien », a déclaré Paul Martin, maire de Namur.\n');
    const warm = await scanOnce(root, storeDir);
    assert.equal(warm.analysed, 1);
    const again = await scanOnce(root, storeDir);
    assert.equal(again.analysed, 0, 'its new features were stored');
  });

  it('a corrupted chunk file is ignored with a log line: its files are analysed again, the groups unchanged', async () => {
    const before = await scanOnce(root, storeDir);
    const victim = chunkFiles(storeDir).sort()[0];
    writeFileSync(join(storeDir, victim), 'not a chunk');
    const after = await scanOnce(root, storeDir);
    assert.ok(after.analysed > 0 && after.analysed < after.indexed, `re-analysed ${after.analysed} of ${after.indexed}`);
    assert.deepEqual(after.groups, before.groups);
    assert.equal((await scanOnce(root, storeDir)).analysed, 0, 'stored again');
  });
});

describe('warm store, directly', () => {
  before(() => installWorkspaceStub(tmpdir()));

  function features(i: number): ReturnType<typeof linkFeatures> {
    const text = `Titre ${i}\n\n« Nous resterons ${i} jours », a déclaré Marie Dupont. Plus de ${i} soldats.\n`;
    return linkFeatures(text, analyzeText(text));
  }

  it('reads back features by stamp and hash, logs (does not throw on) a corrupt stamp shard or chunk, ignores another engine', async () => {
    const { WarmStore, CHUNK_SIZE } = require('../../src/extension/index/warmStore') as typeof import('../../src/extension/index/warmStore'); // eslint-disable-line @typescript-eslint/no-require-imports
    const dir = mkdtempSync(join(tmpdir(), 'pl-warm-direct-'));
    const warnings: string[] = [];
    const log = { warn: (m: string) => void warnings.push(m) } as never;
    try {
      const store = new WarmStore(dir, log);
      await store.load();
      const n = CHUNK_SIZE + 10;
      for (let i = 0; i < n; i++) store.remember(`file:///w/${i}.txt`, { mtime: i, size: i, hash: `h${i}` }, features(i));
      await store.save();
      assert.equal(chunkFiles(dir).length, 2);
      const again = new WarmStore(dir, log);
      await again.load();
      assert.deepEqual(again.size, { stamps: n, features: n, chunksInMemory: 0 });
      assert.equal(again.byStamp('file:///w/3.txt', 3, 3)?.hash, 'h3');
      assert.equal(again.byStamp('file:///w/3.txt', 3, 4), undefined, 'another size: read it again');
      const f = await again.features('h3');
      assert.deepEqual(f?.fps, features(3).fps);
      assert.equal(f?.quotes.length, features(3).quotes.length);
      // Damage: a stamp shard and the first chunk.
      const shard = readdirSync(dir).find((name) => name.startsWith('stamps-'))!;
      writeFileSync(join(dir, shard), Buffer.from([0xff, 0x0d, 0x6f]));
      writeFileSync(join(dir, chunkFiles(dir).sort()[0]), readFileSync(join(dir, shard)));
      const damaged = new WarmStore(dir, log);
      await damaged.load();
      assert.ok(damaged.size.stamps < n && damaged.size.stamps > 0, 'the other shards still load');
      const hashes = Array.from({ length: n }, (_, i) => `h${i}`);
      const found = (await Promise.all(hashes.map((h) => damaged.features(h)))).filter(Boolean).length;
      assert.ok(found < n - CHUNK_SIZE / 2, `features of the damaged chunk are gone (${found} found)`);
      assert.ok(warnings.some((w) => /stamps-.*unreadable/.test(w)), warnings.join('\n'));
      assert.ok(warnings.some((w) => /features-.*unreadable/.test(w)), warnings.join('\n'));
      // Another engine build: the meta file says so, nothing is read.
      writeFileSync(join(dir, 'warm-meta.v8'), (await import('node:v8')).serialize({ engine: 'other', format: 2, nextChunk: 9 }));
      const foreign = new WarmStore(dir, log);
      await foreign.load();
      assert.equal(foreign.size.stamps, 0);
      await foreign.save();
      assert.equal(chunkFiles(dir).length, 0, 'chunk files of another engine removed on the first save');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('warm store compaction', () => {
  before(() => installWorkspaceStub(tmpdir()));

  it('picks mostly-dead chunks and small leftovers, least used first, only when the rewrite gains something', () => {
    const { chunksToCompact } = require('../../src/extension/index/storeFiles') as typeof import('../../src/extension/index/storeFiles'); // eslint-disable-line @typescript-eslint/no-require-imports
    const on = (sizes: Record<number, number>) => (c: number) => sizes[c];
    // chunk 0: 256 written, 40 used (mostly dead); 1: full and used; 2: a leftover of 5; 3: not on disk yet
    const used = new Map([[0, 40], [1, 256], [2, 5], [3, 3]]);
    assert.deepEqual(chunksToCompact(used, on({ 0: 256, 1: 256, 2: 5 }), 256, 8), [2, 0]);
    assert.deepEqual(chunksToCompact(new Map([[0, 40]]), on({ 0: 256 }), 256, 8), [0], 'one mostly-dead chunk sheds its dead entries');
    assert.deepEqual(chunksToCompact(new Map([[2, 5]]), on({ 2: 5 }), 256, 8), [], 'a single small chunk that is all used stays');
    assert.deepEqual(chunksToCompact(new Map([[0, 250], [1, 200]]), on({ 0: 256, 1: 256 }), 256, 8), [], 'well-used chunks stay');
    const many = new Map(Array.from({ length: 20 }, (_, i) => [i, 1] as [number, number]));
    assert.equal(chunksToCompact(many, () => 1, 256, 8).length, 8, 'at most maxChunks a save');
    assert.deepEqual(chunksToCompact(new Map([[0, 60], [1, 60], [2, 60], [3, 60], [4, 60]]), () => 256, 256, 8), [0, 1, 2, 3], 'at most one chunk of entries');
  });

  it('folds sparse chunks into one: old files deleted, every used entry still readable after reopening', async () => {
    const { WarmStore, CHUNK_SIZE } = require('../../src/extension/index/warmStore') as typeof import('../../src/extension/index/warmStore'); // eslint-disable-line @typescript-eslint/no-require-imports
    const dir = mkdtempSync(join(tmpdir(), 'pl-warm-compact-'));
    const log = { warn: (m: string) => assert.fail(m) } as never;
    const feats = (i: number) => {
      const text = `Titre ${i}\n\n« Nous resterons ${i} jours », a déclaré Marie Dupont.\n`;
      return linkFeatures(text, analyzeText(text));
    };
    try {
      const store = new WarmStore(dir, log);
      await store.load();
      const n = CHUNK_SIZE + 10;
      const keys = Array.from({ length: n }, (_, i) => `file:///w/${i}.txt`);
      keys.forEach((k, i) => store.remember(k, { mtime: 1, size: i, hash: `h${i}` }, feats(i)));
      await store.save();
      const first = chunkFiles(dir).sort();
      assert.equal(first.length, 2);
      // Most files of the first chunk change: their old entries are no longer used.
      const changed = CHUNK_SIZE - 40;
      for (let i = 0; i < changed; i++) store.remember(keys[i], { mtime: 2, size: i, hash: `new${i}` }, feats(1000 + i));
      await store.retainOnly(new Set(keys));
      await store.save();
      assert.equal(store.chunksCompacted, 2, 'the mostly-dead chunk and the small one');
      const now = chunkFiles(dir);
      assert.ok(first.every((f) => !now.includes(f)), `old chunk files removed: ${now.join(' ')}`);
      assert.equal(now.length, 2, 'the changed files\' chunk and the folded one');
      const again = new WarmStore(dir, log);
      await again.load();
      assert.equal(again.size.features, n);
      for (let i = 0; i < n; i++) {
        const hash = i < changed ? `new${i}` : `h${i}`;
        assert.equal(again.byStamp(keys[i], i < changed ? 2 : 1, i)?.hash, hash);
        assert.deepEqual((await again.features(hash))?.fps, feats(i < changed ? 1000 + i : i).fps, `entry ${hash}`);
      }
      await again.save();
      assert.equal(again.chunksCompacted, 0, 'nothing left to fold');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
