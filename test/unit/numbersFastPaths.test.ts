import { strict as assert } from 'node:assert';
import { surelyArticle } from '../../src/core/numbers/article';
import { wordAt } from '../../src/core/numbers/chars';
import { scanLine } from '../../src/core/numbers/scanLine';
import { makeDoc } from '../../src/core/document';

/** surelyArticle for the first occurrence of `word` in `line`. */
function article(line: string, word: string): boolean {
  const w = wordAt(line, line.indexOf(word));
  assert.ok(w);
  return surelyArticle(line, w);
}

describe('number scanner fast paths', () => {
  it('settles a plain article at once, and nothing a claim test could read differently', () => {
    assert.equal(article('Il a pris une décision hier.', 'une'), true);
    assert.equal(article('One person was there.', 'One'), true);
    for (const [line, word] of [
      ['une dizaine de personnes', 'une'], ['un an de prison', 'un'], ['un ou deux jours', 'un'],
      ['environ un homme', 'un'], ['un million de dollars', 'un'], ['un, deux', 'un'], ['un  homme', 'un'],
      ['un demi-litre', 'un'], ['un cent', 'un'], ['une nord-coréenne', 'une'], ['one hundred people', 'one'],
    ]) assert.equal(article(line, word), false, line);
  });

  it('reads the same claims around the fast paths', () => {
    const claims = (line: string, lang: 'fr' | 'en'): string[] => scanLine(line, lang).map((c) => `${c.text}=${c.value}`);
    assert.deepEqual(claims('Il a pris une décision et une dizaine de personnes ont suivi.', 'fr'), ['une dizaine de personnes=10']);
    assert.deepEqual(claims('Il a écopé de un an de prison ferme.', 'fr'), ['un an=1']);
    assert.deepEqual(claims('He saw a dog and a hundred people.', 'en'), ['a hundred people=100']);
  });

  it('splits LF-only and mixed terminators into the same lines', () => {
    const lf = makeDoc('a\n\nbc\n');
    assert.deepEqual(lf.lines.map((l) => [l.start, l.end]), [[0, 1], [2, 2], [3, 5], [6, 6]]);
    const mixed = makeDoc('a\r\n\rbc\n');
    assert.deepEqual(mixed.lines.map((l) => [l.start, l.end]), [[0, 1], [3, 3], [4, 6], [7, 7]]);
  });
});
