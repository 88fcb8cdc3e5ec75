import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextWords } from '../../src/core/link/context';
import { FingerprintProbe } from '../../src/core/link/fpProbe';
import { makeQuoteFeature } from '../../src/core/link/quoteMatch';
import { isStopword } from '../../src/core/link/stopwords';
import { countShared, foldWord, hashString, normaliseWords, shingleHashes, sortedSet, stem } from '../../src/core/link/text';
import type { Quote } from '../../src/core/types';

const hash = fc.integer({ min: 0, max: 0xffffffff });
/** Sorted sets drawn from a small pool too, so that they share values often. */
const fpSet = fc.oneof(
  fc.array(hash, { maxLength: 300 }),
  fc.array(fc.integer({ min: 0, max: 400 }).map((x) => Math.imul(x, 0x9e3779b1) >>> 0), { maxLength: 200 }),
).map((xs) => sortedSet(xs));

describe('FingerprintProbe', () => {
  it('counts exactly what the sorted merge counts, file after file', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fpSet, fc.array(fpSet, { maxLength: 6 })), { maxLength: 6 }), (files) => {
      const probe = new FingerprintProbe();
      for (const [mine, others] of files) {
        probe.load(mine);
        for (const other of others) assert.equal(probe.count(other), countShared(mine, other));
        assert.equal(probe.count(mine), mine.length);
        probe.clear();
      }
    }), { numRuns: 300 });
  });

  it('finds nothing once cleared, and tells apart values that share their high bits', () => {
    const probe = new FingerprintProbe();
    const a = sortedSet([0x12340001, 0x12340003, 0xfffffff0]);
    probe.load(a);
    assert.equal(probe.count(sortedSet([0x12340002, 0x12340003, 0xfffffff0, 7])), 2);
    probe.clear();
    assert.equal(probe.count(a), 0);
  });
});

function quote(text: string, start = 0): Quote {
  return { text, start, end: start + text.length, speaker: null, fragment: false } as unknown as Quote;
}

describe('makeQuoteFeature hashing', () => {
  it('hashes as the word-list definitions do (sequence, run, shingles, keys)', () => {
    const texts = ['Nous allons reconstruire les écoles détruites', 'les gilets jaunes', 'We will not back down, ever.',
      'Ça coûte « énormément » aux ménages belges', 'un deux trois quatre cinq six'];
    for (const t of texts) {
      const body = `Il a dit « ${t} » hier soir.`;
      const f = makeQuoteFeature(quote(t, body.indexOf(t)), new TextWords(body));
      assert.ok(f);
      const words = normaliseWords(t).map(foldWord);
      assert.equal(f.seq, hashString(words.join(' ')));
      assert.deepEqual([...f.run], words.map((w) => hashString(w)));
      assert.deepEqual(f.shingles, sortedSet(shingleHashes(words, 3)));
      const all = new Set(shingleHashes(words, 3));
      assert.ok(f.keys.every((k) => all.has(k)));
      assert.ok(words.length < 3 || f.keys.length > 0);
    }
  });
});

describe('makeQuoteFeature word scan', () => {
  /** Characters that make the folded words differ from the text: accents, ligatures, plurals, feminine endings, Σ. */
  const piece = fc.oneof(
    fc.constantFrom('é', 'e\u0301', 'ﬁ', 'Σ', 'ß', 'œ', '’', ' ', '-', '½', 'İ', '😀', 'aux', 'ies', 'ées', 's', 'x', 'e'),
    fc.stringMatching(/^[a-zA-Zà-ÿ]{1,8}$/),
    fc.constantFrom('pour', 'dans', 'chevaux', 'cities', 'engagées', 'Corée', 'Élysée', 'ministre'),
  );
  it('gives the features of the word-list definitions, on any quote', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join('')), (t) => {
      const body = `Il a dit « ${t} » hier à Paris.`;
      const f = makeQuoteFeature(quote(t, body.indexOf(t)), new TextWords(body));
      const raw = normaliseWords(t);
      if (raw.length === 0 || (raw.length === 1 && (raw[0].length < 4 || isStopword(raw[0])))) {
        assert.equal(f, null);
        return;
      }
      assert.ok(f);
      const words = raw.map(foldWord);
      assert.equal(f.seq, hashString(words.join(' ')));
      assert.deepEqual([...f.run], words.map((w) => hashString(w)));
      assert.deepEqual(f.shingles, sortedSet(shingleHashes(words, 3)));
      const informative = (j: number): boolean => (raw[j] ?? '').length >= 4 && !isStopword(raw[j] ?? '');
      const all = shingleHashes(words, 3);
      const keys = [...new Set(all.filter((_h, i) => informative(i) || informative(i + 1) || informative(i + 2)))];
      assert.deepEqual(f.keys, keys.length > 0 ? keys : all);
      const own = new Set(raw.map(stem));
      const [context] = new TextWords(body).signatures(f.quote.start, f.quote.end, 250, 80, own);
      assert.deepEqual(f.context, context);
    }), { numRuns: 1500 });
  });
});

describe('sortedSet', () => {
  it('sorts and de-duplicates any values, small or large, as a plain numeric sort does', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.nat(40), fc.nat(0xffffffff), fc.constantFrom(0, 0x7fffffff, 0x80000000, 0xffffffff)), { maxLength: 600 }), (xs) => {
      const expected = [...new Set(xs)].sort((a, b) => a - b);
      assert.deepEqual(Array.from(sortedSet(xs)), expected);
    }), { numRuns: 300 });
  });
});
