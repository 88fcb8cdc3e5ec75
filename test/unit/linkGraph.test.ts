import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LinkGraph, PairLog, type Relinker } from '../../src/core/link/graph';
import { PieceSearch } from '../../src/core/link/pieces';
import { Postings } from '../../src/core/link/postings';

/** Components (of two or more claims) of the true link relation over the live claims, canonical. */
function expected(live: ReadonlySet<number>, linked: (a: number, b: number) => boolean): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const s of live) {
    if (seen.has(s)) continue;
    seen.add(s);
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      for (const n of live) {
        if (seen.has(n) || !linked(queue[i], n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    if (queue.length > 1) out.push(queue.sort((a, b) => a - b).join(','));
  }
  return out.sort();
}

function actual(g: LinkGraph, live: ReadonlySet<number>): string[] {
  const comps = new Set([...live].map((id) => g.componentOf(id)).filter((c) => c !== undefined));
  return [...comps].map((c) => [...c.members].sort((a, b) => a - b).join(',')).sort();
}

describe('LinkGraph: components under insertions and removals', () => {
  it('equal the connected components of the link relation after any sequence (skipping joined claims or not)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 24 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 60 }),
        fc.boolean(),
        (n, seed, ops, skipJoined) => {
          // A fixed random symmetric relation over node ids 0..n-1 (about two links per node).
          const linked = (a: number, b: number): boolean => a !== b && ((Math.imul(Math.min(a, b) * 31 + Math.max(a, b), seed | 1) >>> 0) % n) < 2;
          const g = new LinkGraph();
          const live = new Set<number>();
          const relinker: Relinker = { candidates: () => [...live], linked };
          for (const [add, x] of ops) {
            const id = x % n;
            if (add && !live.has(id)) {
              g.addNode(id);
              for (const o of live) if (!(skipJoined && g.connected(id, o)) && linked(id, o)) g.link(id, o);
              live.add(id);
            } else if (!add && live.has(id)) {
              g.removeNode(id);
              live.delete(id);
            }
            g.flush(relinker);
            assert.deepEqual(actual(g, live), expected(live, linked));
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('cuts off a small piece of a large component without walking the rest', () => {
    // A path 0-1-2-…-999 with a two-node tail 1000-1001 hanging off node 500 through node 1002.
    const adj = new Map<number, number[]>();
    const add = (a: number, b: number): void => {
      adj.set(a, [...(adj.get(a) ?? []), b]);
      adj.set(b, [...(adj.get(b) ?? []), a]);
    };
    for (let i = 0; i < 999; i++) add(i, i + 1);
    add(1000, 1001);
    let visited = 0;
    // Node 1002 (linking 500 and 1000) was removed: its neighbours are the seeds.
    const cut = new PieceSearch([500, 1000], (id) => {
      visited++;
      return adj.get(id) ?? [];
    }).run();
    assert.deepEqual(cut.map((p) => [...p].sort((a, b) => a - b)), [[1000, 1001]]);
    assert.ok(visited < 10, `visited ${visited} nodes`);
    assert.deepEqual(new PieceSearch([10, 900], (id) => adj.get(id) ?? []).run(), []);
  });
});

describe('Postings', () => {
  it('keeps insertion order under adds and swap-removals, with single entries stored bare', () => {
    const p = new Postings<number>();
    const key = 0xfedcba98; // above 2^31: stored as int32
    assert.deepEqual([...p.get(key)], []);
    p.add(key, 1);
    assert.deepEqual([...p.get(key)], [1]);
    p.add(key, 2);
    p.add(key, 3);
    assert.deepEqual([...p.get(key)], [1, 2, 3]);
    p.delete(key, 1);
    assert.deepEqual([...p.get(key)], [3, 2]);
    p.delete(key, 3);
    p.delete(key, 99);
    assert.deepEqual([...p.get(key)], [2]);
    p.add(key, 4);
    assert.deepEqual([...p.get(key)], [2, 4]);
    p.delete(key, 2);
    p.delete(key, 4);
    assert.deepEqual([...p.get(key)], []);
    p.add(7, 70);
    assert.deepEqual([...p.get(7)], [70]);
  });
});

/** Every live claim's stored links, sorted (the edge set as refine and splits read it). */
function edges(g: LinkGraph, live: ReadonlySet<number>): string[] {
  return [...live].sort((a, b) => a - b).map((id) => `${id}:${[...g.neighbours(id)].sort((a, b) => a - b).join(',')}`);
}

/**
 * Replays `ops` (add or remove claim x % n) on a graph that tests every candidate at once (`now`) and
 * one that defers tests between connected claims (`deferred`), comparing their components after
 * every step; `between` runs on the deferred graph after each step (before the flush).
 */
function replayDeferred(n: number, seed: number, ops: ReadonlyArray<[boolean, number]>, between: (g: LinkGraph, relinker: Relinker, step: number) => void = () => undefined) {
  const linked = (a: number, b: number): boolean => a !== b && ((Math.imul(Math.min(a, b) * 31 + Math.max(a, b), seed | 1) >>> 0) % n) < 3;
  const now = new LinkGraph();
  const deferred = new LinkGraph();
  const live = new Set<number>();
  const relinker: Relinker = { candidates: () => [...live], linked };
  ops.forEach(([add, x], step) => {
    const id = x % n;
    if (add && !live.has(id)) {
      for (const o of live) {
        if (linked(id, o)) now.link(id, o);
        if (!deferred.deferIfConnected(id, o) && linked(id, o)) deferred.link(id, o);
      }
      live.add(id);
    } else if (!add && live.has(id)) {
      now.removeNode(id);
      deferred.resolve(id, relinker);
      deferred.removeNode(id);
      live.delete(id);
    }
    between(deferred, relinker, step);
    now.flush(relinker);
    deferred.flush(relinker);
    assert.deepEqual(actual(deferred, live), actual(now, live));
  });
  return { now, deferred, live, relinker };
}

describe('LinkGraph: deferred link tests', () => {
  it('give the same components at every step, and once resolved the same stored links, as testing every candidate at once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 24 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 60 }),
        (n, seed, ops) => {
          const { now, deferred, live, relinker } = replayDeferred(n, seed, ops);
          for (const id of live) deferred.resolve(id, relinker);
          assert.deepEqual(edges(deferred, live), edges(now, live));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('run a few at a time in idle steps (resolveSomePending) give the same components and stored links', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 24 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (n, seed, ops, idleAt) => {
          // One component's backlog (or part of it) at the chosen steps.
          const { now, deferred: idle, live, relinker } = replayDeferred(n, seed, ops, (g, r, step) => {
            if (idleAt[step]) g.resolveSomePending(r, 0);
          });
          let rounds = 0;
          while (!idle.resolveSomePending(relinker, 0)) assert.ok(++rounds < 1000, 'idle steps end');
          for (const id of live) idle.resolve(id, { candidates: () => [], linked: () => assert.fail('nothing left to resolve') });
          assert.deepEqual(edges(idle, live), edges(now, live));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('are run before a split reads the stored links, so a deferred link keeps the component whole', () => {
    const g = new LinkGraph();
    g.link(1, 2);
    g.link(2, 3);
    assert.equal(g.deferIfConnected(3, 1), true);
    assert.equal(g.deferIfConnected(3, 4), false);
    let tested = 0;
    const relinker: Relinker = { candidates: () => [], linked: (a, b) => (tested++, a + b === 4) };
    g.removeNode(2);
    g.flush(relinker);
    assert.equal(tested, 1);
    assert.ok(g.connected(1, 3));
    assert.deepEqual([...g.neighbours(1)], [3]);
  });

  it('follow components as they merge, each pair tested once', () => {
    const g = new LinkGraph();
    g.link(1, 2);
    g.link(3, 4);
    assert.ok(g.deferIfConnected(2, 1));
    assert.ok(g.deferIfConnected(4, 3));
    assert.ok(g.deferIfConnected(4, 3));
    g.link(2, 3);
    const seen: string[] = [];
    g.resolve(4, { candidates: () => [], linked: (a, b) => (seen.push(`${a}-${b}`), false) });
    assert.deepEqual(seen.sort(), ['2-1', '4-3', '4-3']);
    g.resolve(1, { candidates: () => [], linked: () => assert.fail('already resolved') });
  });
});

describe('PairLog', () => {
  it('keeps pairs in order across growth and appends', () => {
    const a = new PairLog();
    const b = new PairLog();
    for (let i = 0; i < 40; i++) a.push(i, 1000 + i);
    for (let i = 0; i < 3; i++) b.push(-i, 2 ** 31 - 1 - i);
    a.append(b);
    assert.equal(a.length, 86);
    assert.deepEqual([a.at(0), a.at(1), a.at(78), a.at(79), a.at(80), a.at(81), a.at(85)], [0, 1000, 39, 1039, 0, 2 ** 31 - 1, 2 ** 31 - 3]);
  });
});
