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
        assert.deepEqual(contentFingerprints(text, boilerplate), fingerprints(contentText(text, boilerplate)));
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
});
