import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { parsePublishDate } from '../../src/core/dates';
import { outletFromUrl } from '../../src/core/meta';

const seed = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'seeds', name), 'utf8');

describe('readMeta', () => {
  it('reads the seed 000 header and footer', () => {
    const { meta } = analyzeText(seed('000_34ade1b63f6a146b.txt'));
    assert.equal(meta.outlet, 'L’Express');
    assert.equal(meta.published, '2024-11-13T13:48:11');
    assert.equal(meta.author, null);
    assert.ok(meta.title?.startsWith('Des soldats nord-coréens combattent en Russie'));
    assert.ok(meta.title?.endsWith('les Etats-Unis promettent une “réponse ferme”'));
    assert.ok(meta.url?.startsWith('https://www.lexpress.fr/monde/europe/des-soldats-nord-coreens'));
  });
  it('leaves published null for a relative date (seed 002) and takes the outlet from the byline', () => {
    const { meta } = analyzeText(seed('002_2dd743014220e732.txt'));
    assert.equal(meta.published, null);
    assert.equal(meta.outlet, 'TF1info');
    assert.equal(meta.title, null);
  });
  it('reads author, Publié le, and the URL host when there is no header', () => {
    const text = 'Une manifestation à Liège\n\nPar Jean Dupont\n\nPublié le 13 novembre 2024 à 10h32\n\nLe cortège a traversé la ville.\n\nSource link : https://www.lesoir.be/123/article\n';
    const { meta } = analyzeText(text);
    assert.equal(meta.author, 'Jean Dupont');
    assert.equal(meta.published, '2024-11-13T10:32:00');
    assert.equal(meta.outlet, 'Le Soir');
    assert.equal(meta.title, 'Une manifestation à Liège');
  });
  it('uses Tags : as the outlet and keeps the bare host for unknown sites', () => {
    assert.equal(analyzeText('Titre\n\nTags : Le Quotidien\n').meta.outlet, 'Le Quotidien');
    assert.equal(outletFromUrl('https://news.example.org/a/b'), 'news.example.org');
    assert.equal(outletFromUrl('not a url'), null);
  });
  it('gives all nulls for empty text', () => {
    assert.deepEqual(analyzeText('').meta, { outlet: null, title: null, url: null, author: null, published: null });
  });
});

describe('parsePublishDate', () => {
  const cases: Array<[string, string | null]> = [
    ['2024-11-13 13:48:11', '2024-11-13T13:48:11'],
    ['2024-11-13', '2024-11-13'],
    ['2024-11-13T13:48:11Z', '2024-11-13T13:48:11Z'],
    ['13 novembre 2024', '2024-11-13'],
    ['1er mars 2024 à 18h31', '2024-03-01T18:31:00'],
    ['mercredi 13 novembre 2024, 09:05', '2024-11-13T09:05:00'],
    ['November 13, 2024 at 2:33pm', '2024-11-13T14:33:00'],
    ['13/11/2024', '2024-11-13'],
    ['aujourd’hui à 18h31', null],
    ['31 février 2024', null],
    ['2024-13-45 10:00:00', null],
    ['', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${String(expected)}`, () => assert.equal(parsePublishDate(input), expected));
  }
});
