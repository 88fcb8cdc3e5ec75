import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LinkGraph, type Relinker } from '../../src/core/link/graph';
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
