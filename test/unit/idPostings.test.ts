import { strict as assert } from 'node:assert';
import { IdPostings, Postings } from '../../src/core/link/postings';

/** A small deterministic generator (xorshift32), so failures replay. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

describe('IdPostings', () => {
  it('gives the same lists, in the same order, as Postings under random adds and removals', () => {
    const next = rng(7);
    const ref = new Postings<number>();
    const typed = new IdPostings();
    // Few distinct keys (long probe runs, shared shards) and keys above 2^31.
    const keys = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? next() : (next() & 0xff) * 256 + (i % 7)));
    const live = new Map<number, Set<number>>();
    for (let step = 0; step < 60_000; step++) {
      const key = keys[next() % keys.length];
      const set = live.get(key) ?? new Set<number>();
      live.set(key, set);
      if (next() % 3 !== 0 || set.size === 0) {
        let id = 1 + (next() % 50);
        while (set.has(id)) id++;
        set.add(id);
        ref.add(key, id);
        typed.add(key, id);
      } else {
        const id = [...set][next() % set.size];
        set.delete(id);
        ref.delete(key, id);
        typed.delete(key, id);
      }
      if (step % 997 === 0) for (const k of keys) assert.deepEqual([...typed.get(k)], [...ref.get(k)], `key ${k} at step ${step}`);
    }
    for (const k of keys) assert.deepEqual([...typed.get(k)], [...ref.get(k)]);
  });

  it('forgets keys whose last entry is removed, and ignores removals of absent entries', () => {
    const p = new IdPostings();
    p.add(0, 5);
    p.add(0xffffffff, 6);
    p.delete(0, 99);
    p.delete(12345, 5);
    assert.deepEqual([...p.get(0)], [5]);
    p.delete(0, 5);
    assert.deepEqual([...p.get(0)], []);
    assert.deepEqual([...p.get(0xffffffff)], [6]);
  });

  it('refuses entries it cannot store (zero, negative, fractional, above 2^31 - 1)', () => {
    const p = new IdPostings();
    for (const bad of [0, -1, 1.5, 2 ** 31]) assert.throws(() => p.add(1, bad), RangeError);
  });
});
