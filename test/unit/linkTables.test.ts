import { strict as assert } from 'node:assert';
import { IdTable } from '../../src/core/link/idTable';
import { Interner } from '../../src/core/link/intern';
import { Postings } from '../../src/core/link/postings';
import { LinkGraph, type Relinker } from '../../src/core/link/graph';

describe('link tables (id table, interned strings, sharded postings, bare links)', () => {
  it('IdTable behaves like a Map of increasing ids, in id order', () => {
    const t = new IdTable<string>();
    const m = new Map<number, string>();
    for (let id = 1; id < 200; id += 3) { t.set(id, `v${id}`); m.set(id, `v${id}`); }
    for (let id = 1; id < 200; id += 9) { assert.equal(t.delete(id), m.delete(id)); }
    assert.equal(t.delete(2), false);
    assert.equal(t.size, m.size);
    assert.deepEqual([...t.keys()], [...m.keys()]);
    for (let id = 0; id < 210; id++) { assert.equal(t.get(id), m.get(id)); assert.equal(t.has(id), m.has(id)); }
  });

  it('IdTable keys() sees ids added during the walk, skips ids deleted during it', () => {
    const t = new IdTable<number>();
    for (const id of [1, 2, 3]) t.set(id, id);
    const seen: number[] = [];
    for (const id of t.keys()) {
      seen.push(id);
      if (id === 1) { t.delete(2); t.set(5, 5); }
    }
    assert.deepEqual(seen, [1, 3, 5]);
  });

  it('Interner returns one shared copy per distinct string and word list, keeping null', () => {
    const i = new Interner();
    const a = i.str(['mani', 'festants'].join(''));
    const b = i.str('manifestants');
    assert.equal(a, 'manifestants');
    assert.equal(a, b);
    assert.equal(i.str(null), null);
    assert.equal(i.str(undefined), undefined);
    const w1 = i.words(['le', 'ministre']);
    const w2 = i.words(['le', 'ministre']);
    assert.equal(w1, w2, 'same array object');
    assert.deepEqual(w1, ['le', 'ministre']);
    assert.notEqual(i.words(['le ministre']), w1, 'word boundaries are part of the key');
    assert.equal(i.words(null), null);
  });

  it('Postings keeps every list across shards, with negative and large keys', () => {
    const p = new Postings();
    const keys = [0, 1, 255, 256, -2, 0xffffffff, 0x80000000, 123456789];
    keys.forEach((k, i) => { p.add(k, i); p.add(k, i + 100); });
    keys.forEach((k, i) => assert.deepEqual([...p.get(k)], [i, i + 100]));
    p.delete(0xffffffff, 5);
    assert.deepEqual([...p.get(-1)], [105], '0xffffffff and -1 are one int32 key');
    p.delete(-1, 105);
    assert.equal(p.get(0xffffffff).length, 0);
    assert.deepEqual([...p.get(-2)], [4, 104]);
    assert.deepEqual([...p.get(256)], [3, 103]);
  });

  it('LinkGraph stores single links bare and still splits components on removal', () => {
    const g = new LinkGraph();
    const relinker: Relinker = { candidates: () => [], linked: () => false };
    g.link(1, 2);
    g.link(2, 3);
    g.link(3, 4);
    assert.deepEqual([...g.neighbours(1)], [2]);
    assert.deepEqual([...g.neighbours(2)], [1, 3]);
    g.flush(relinker);
    g.removeNode(2);
    assert.deepEqual([...g.neighbours(1)], []);
    assert.deepEqual([...g.neighbours(3)], [4]);
    g.flush(relinker);
    assert.equal(g.componentOf(1), undefined, 'a lone claim has no component');
    assert.ok(g.componentOf(3) && g.componentOf(3) === g.componentOf(4));
    assert.equal(g.componentOf(3)?.members.size, 2);
  });
});
