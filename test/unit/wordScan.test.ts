import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextWords } from '../../src/core/link/context';
import { contentFingerprints, contentText, fingerprints } from '../../src/core/link/fingerprint';
import { computeWordInfo, normaliseWords, referenceWords, sortedSet, type ContextSignature } from '../../src/core/link/text';
import type { BoilerplateLine } from '../../src/core/types';

/** Characters that stress the fast scans: accents (precomposed and combining), ligatures, Σ, fractions, astral letters and emoji, lone surrogates. */
const TRICKY = [
  'a', 'É', 'é', 'e\u0301', '\u0301', 'ß', 'İ', 'Σ', 'ΣΑ', 'ς', 'ﬁ', '™', '½', '²', 'ª', 'µ', 'Æ', 'œ', '’', "'", '-', ' ', '\n', '\u00a0',
  '\u2028', '…', '«', '»', '1', '٣', 'Ϲ', '𝐀', '😀', '\ud835', '\udc00', 'ǅ', '\u0483', 'ﾊ', 'Ⅻ', 'Ա', '한', '\u200b', '\u00ad',
];
const tricky = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 4 }), fc.stringMatching(/^[a-zA-Zà-ÿ]{1,9}$/)), { maxLength: 40 }).map((xs) => xs.join(''));

/** The signature as the original per-claim regex scan defined it. */
function referenceSignature(text: string, start: number, end: number, radius: number, exclude: ReadonlySet<string>): ContextSignature {
  const words: number[] = [];
  const names: number[] = [];
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s < start - radius || s >= end + radius || e > end + radius || (e > start && s < end)) continue;
    const info = computeWordInfo(m[0]);
    if (!info || exclude.has(info.stem)) continue;
    words.push(info.hash);
    if (info.name) names.push(info.hash);
  }
  return { words: sortedSet(words), names: sortedSet(names) };
}

describe('fast word scans (link features)', () => {
  it('normaliseWords gives the reference words on hostile and non-Latin text', () => {
    assert.deepEqual(normaliseWords('L’État… n’a PAS dit « non » ½ ﬁn ΣΟΦΟΣ'), referenceWords('L’État… n’a PAS dit « non » ½ ﬁn ΣΟΦΟΣ'));
    assert.deepEqual(normaliseWords('Élysée e\u0301te\u0301 ﬁnal'), ['elysee', 'ete', 'final']);
    fc.assert(fc.property(tricky, (s) => assert.deepEqual(normaliseWords(s), referenceWords(s))), { numRuns: 3000 });
  });

  it('content fingerprints equal the fingerprints of the content text', () => {
    const line = fc.tuple(tricky, fc.boolean());
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        let text = '';
        const boilerplate: BoilerplateLine[] = [];
        lines.forEach(([t, junk], i) => {
          if (junk) boilerplate.push({ line: i + 1, start: text.length, end: text.length + t.length, reason: 'x' });
          text += t + (i + 1 < lines.length ? eol : '');
        });
        const expected = fingerprints(contentText(text, boilerplate));
        assert.deepEqual(contentFingerprints(text, boilerplate), expected);
        assert.deepEqual(new TextWords(text, boilerplate).fingerprints(), expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('signatures read the same words as a regex scan of the text', () => {
    const text = 'Le ministre Gérald Darmanin a déclaré « nous tiendrons » devant 3000 gendarmes à Paris, selon l’AFP. 😀 Σοφία ﬁnale';
    const words = new TextWords(text);
    const exclude = new Set(['gendar']);
    for (const [start, end] of [[31, 50], [60, 64], [0, 5], [100, text.length]]) {
      for (const radius of [0, 20, 80, 250]) {
        assert.deepEqual(words.signature(start, end, radius, exclude), referenceSignature(text, start, end, radius, exclude));
      }
    }
    fc.assert(
      fc.property(tricky, fc.nat(60), fc.nat(20), fc.nat(40), (s, at, len, radius) => {
        const tw = new TextWords(s);
        const start = Math.min(at, s.length);
        const end = Math.min(start + len, s.length);
        assert.deepEqual(tw.signature(start, end, radius, new Set()), referenceSignature(s, start, end, radius, new Set()));
      }),
      { numRuns: 2000 },
    );
  });

  it('plain texts (the one-hash scan) give the reference fingerprints and signatures, junk spans anywhere', () => {
    const plain = fc.array(fc.constantFrom('a', 'é', 'e\u0301', '\u0301', 'Z', '7', ' ', '\n', ',', '’', 'ville', 'Paris', 'les', 'chevaux'), { maxLength: 60 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(plain, fc.array(fc.tuple(fc.nat(80), fc.nat(12)), { maxLength: 4 }), fc.nat(80), fc.nat(40), (text, junk, at, radius) => {
        const boilerplate: BoilerplateLine[] = junk.map(([s, l], i) => ({ line: i + 1, start: Math.min(s, text.length), end: Math.min(s + l, text.length), reason: 'x' }));
        const words = new TextWords(text, boilerplate);
        assert.deepEqual(words.fingerprints(), fingerprints(contentText(text, boilerplate)));
        const start = Math.min(at, text.length);
        assert.deepEqual(words.signature(start, start, radius, new Set()), referenceSignature(text, start, start, radius, new Set()));
      }),
      { numRuns: 2000 },
    );
  });

  it('an instance whose scratch another instance overwrote reads its own text again', () => {
    const a = new TextWords('Emmanuel Macron visite Marseille avec les ministres');
    const b = new TextWords('Donald Trump parle devant le Congrès américain');
    const sa = a.signature(0, 0, 100, new Set());
    assert.deepEqual(sa, referenceSignature('Emmanuel Macron visite Marseille avec les ministres', 0, 0, 100, new Set()));
    assert.deepEqual(b.signature(0, 0, 100, new Set()), referenceSignature('Donald Trump parle devant le Congrès américain', 0, 0, 100, new Set()));
    assert.deepEqual(a.signature(0, 0, 100, new Set()), sa);
  });

  it('signatures add the words of `extra`, and forget them on the next claim', () => {
    const text = 'Plus de 3000 gendarmes mobilisés à Paris selon la préfecture de police, contre 2000 manifestants.';
    const words = new TextWords(text);
    const withUnit = (start: number, end: number, unit: string): ContextSignature => {
      const ref = referenceSignature(text, start, end, 80, new Set(['gendar']));
      const extra = computeWordInfo(unit);
      const add = extra && extra.stem !== 'gendar' ? [extra.hash] : [];
      const names = extra?.name && extra.stem !== 'gendar' ? [extra.hash] : [];
      return { words: sortedSet([...ref.words, ...add]), names: sortedSet([...ref.names, ...names]) };
    };
    for (const unit of ['gendarmes', 'Manifestants', 'policiers', 'Soldats', '']) {
      const [wide, near] = words.signatures(8, 12, 250, 80, new Set(['gendar']), ' ' + unit);
      assert.deepEqual(near, withUnit(8, 12, unit));
      assert.deepEqual(wide.words.length >= near.words.length, true);
      assert.deepEqual(words.signatures(75, 79, 80, 80, new Set(), '')[0], referenceSignature(text, 75, 79, 80, new Set()));
    }
  });

  it('signatures of a few words among thousands of distinct ones (sparse bitsets) are the reference ones', () => {
    const word = (i: number): string => {
      let s = '';
      for (let k = 0, x = i; k < 4; k++, x = Math.floor(x / 26)) s = String.fromCharCode(97 + (x % 26)) + s;
      return s[0].toUpperCase() + s.slice(1) + 'ville';
    };
    const text = Array.from({ length: 6000 }, (_v, i) => word(i)).join(' ');
    const words = new TextWords(text);
    for (const at of [0, 100, 5000, text.length - 30]) {
      for (const radius of [0, 15, 40]) {
        const [wide] = words.signatures(at, at + 3, radius, radius, new Set(['aaadv']), ' Extraville');
        const ref = referenceSignature(text + ' Extraville', at, at + 3, radius, new Set(['aaadv']));
        const extra = computeWordInfo('Extraville');
        assert.ok(extra);
        assert.deepEqual(wide, { words: sortedSet([...ref.words, extra.hash]), names: sortedSet([...ref.names, extra.hash]) });
      }
    }
  });
});
