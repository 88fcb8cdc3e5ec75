/**
 * Packed link features (one flat buffer per file, see `packFeatures`): every set lands at the
 * offsets its header records, and the index links packed, cloned and unpacked features alike.
 */
import { strict as assert } from 'node:assert';
import { deserialize, serialize } from 'node:v8';
import { analyzeText } from '../../src/core/analyze';
import { ClaimIndex } from '../../src/core/link/claimIndex';
import { asPacked, linkFeatures, packedSound, packFeatures } from '../../src/core/link/features';
import { indexKeys } from '../../src/core/link/fingerprint';
import { N_NAMES, N_TITLE, numberRecord, Q_RUN, Q_SEQ, Q_WORDS, quoteRecord } from '../../src/core/link/packed';
import { quoteKeys } from '../../src/core/link/quoteMatch';

const A = [
  'Le gouvernement prévoit 3.000 nouveaux emplois',
  '',
  '« Nous allons créer plus de 3.000 emplois dans la région », a déclaré Jean Dupont, ministre de l’Emploi.',
  'Selon le syndicat, 1.200 postes seraient menacés par la réforme annoncée mardi à Namur.',
  '',
  '"This is a turning point for the whole sector," said Mary Smith, who leads the union.',
].join('\n');
const B = [
  'Emploi : 3.000 postes promis en Wallonie',
  '',
  'Le ministre Jean Dupont l’a répété : « Nous allons créer plus de 3.000 emplois dans la région ».',
  'Selon le syndicat, 1.200 postes seraient menacés par la réforme annoncée mardi à Namur.',
].join('\n');

const range = (sig: Uint32Array, from: number, to: number): number[] => Array.from(sig.subarray(from, to));

describe('packFeatures', () => {
  it('packedSound accepts what packFeatures writes and rejects damaged offsets or lists (a cache entry read back)', () => {
    const p = packFeatures(linkFeatures(A, analyzeText(A)));
    assert.equal(packedSound(p), true);
    assert.equal(packedSound(deserialize(serialize(p)) as typeof p), true);
    const empty = packFeatures(linkFeatures('', analyzeText('')));
    assert.equal(packedSound(empty), true);
    const damage = (edit: (sig: Uint32Array) => void): boolean => {
      const sig = p.sig.slice();
      edit(sig);
      return packedSound({ ...p, sig });
    };
    assert.equal(damage((sig) => { sig[2] = sig.length + 1; }), false, 'keys end past the buffer');
    assert.equal(damage((sig) => { sig[1] = 0; }), false, 'keys start before the fingerprints');
    assert.equal(damage((sig) => { sig[quoteRecord(0) + Q_RUN + 3] = sig[quoteRecord(0) + Q_RUN + 2] - 1; }), false, 'a quote range runs backwards');
    assert.equal(damage((sig) => { sig[numberRecord(p.quotes.length, 0) + N_NAMES + 4] = 0xffffffff; }), false, 'a number range ends outside');
    assert.equal(packedSound({ ...p, sig: p.sig.subarray(0, 4) }), false, 'truncated buffer');
    assert.equal(packedSound({ ...p, heads: p.heads.slice(1) }), false, 'one head missing');
    assert.equal(packedSound({ ...p, speakers: [] }), false, 'speakers missing');
  });

  it('writes every set at the offsets of its record, with the index keys and scalars', () => {
    const f = linkFeatures(A, analyzeText(A));
    assert.ok(f.quotes.length >= 2 && f.numbers.length >= 2);
    const p = packFeatures(f);
    const sig = p.sig;
    assert.deepEqual(Array.from(p.fps), Array.from(f.fps));
    assert.equal(p.fps.buffer, sig.buffer);
    assert.deepEqual(range(sig, sig[1], sig[2]), indexKeys(f.fps));
    f.quotes.forEach((q, i) => {
      const r = quoteRecord(i);
      assert.equal(sig[r + Q_WORDS], q.words);
      assert.equal(sig[r + Q_SEQ], q.seq);
      const sets = [q.run, q.shingles, quoteKeys(q), q.context.names, q.context.words, q.near.words];
      sets.forEach((s, k) => assert.deepEqual(range(sig, sig[r + Q_RUN + k], sig[r + Q_RUN + k + 1]), Array.from(s)));
      assert.equal(p.quotes[i], q.quote);
      assert.deepEqual(p.speakers[i], q.speaker);
    });
    f.numbers.forEach((n, j) => {
      const r = numberRecord(f.quotes.length, j);
      assert.equal(sig[r + N_TITLE], n.inTitle ? 1 : 0);
      const sets = [n.near.names, n.near.words, n.context.names, n.context.words];
      sets.forEach((s, k) => assert.deepEqual(range(sig, sig[r + N_NAMES + k], sig[r + N_NAMES + k + 1]), Array.from(s)));
      assert.equal(p.numbers[j], n.claim);
      assert.equal(p.heads[j], n.head);
    });
    assert.equal(sig[numberRecord(f.quotes.length, f.numbers.length - 1) + N_NAMES + 4], sig.length, 'nothing unused at the end');
  });

  it('packs a file without any claim or word (header only) and leaves packed features as they are', () => {
    const p = packFeatures(linkFeatures('', analyzeText('')));
    assert.equal(p.fps.length, 0);
    assert.equal(p.quotes.length + p.numbers.length, 0);
    assert.equal(asPacked(p), p);
    const index = new ClaimIndex();
    index.upsertFeatures('empty.txt', p);
    assert.deepEqual(index.groups(), []);
  });

  it('links the same whether features come unpacked, packed, transferred or through v8 serialisation', () => {
    const report = (make: (text: string) => Parameters<ClaimIndex['upsertFeatures']>[1]): unknown => {
      const index = new ClaimIndex();
      index.upsertFeatures('a.txt', make(A));
      index.upsertFeatures('b.txt', make(B));
      return index.report();
    };
    const plain = (t: string): ReturnType<typeof linkFeatures> => linkFeatures(t, analyzeText(t));
    const reference = report(plain);
    assert.ok((reference as { groups: unknown[] }).groups.length > 0);
    assert.deepEqual(report((t) => packFeatures(plain(t))), reference);
    assert.deepEqual(report((t) => {
      const p = packFeatures(plain(t));
      return structuredClone(p, { transfer: [p.sig.buffer] });
    }), reference);
    assert.deepEqual(report((t) => deserialize(serialize(packFeatures(plain(t)))) as ReturnType<typeof packFeatures>), reference);
  });
});
