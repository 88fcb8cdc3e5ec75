import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoc } from '../../src/core/document';
import { buildCorpusBoilerplate, findBoilerplate, normaliseLineKey } from '../../src/core/boilerplate';
import type { Language } from '../../src/core/types';

const seed = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'seeds', name), 'utf8');

/** Line text → reason for every reported line. */
function reasons(text: string, lang: Language | null = 'fr', corpus?: ReadonlySet<string>): Map<string, string> {
  const doc = makeDoc(text);
  return new Map(findBoilerplate(doc, lang, corpus).map((b) => [doc.lineText(b.line - 1).trim(), b.reason]));
}

describe('findBoilerplate on the seeds', () => {
  it('000: header, footer and separators are boilerplate; title, caption and body are not', () => {
    const text = seed('000_34ade1b63f6a146b.txt');
    const doc = makeDoc(text);
    const bp = findBoilerplate(doc, 'fr');
    assert.deepEqual(bp.map((b) => b.line), [1, 2, 15, 17, 19, 21, 23, 25]);
    const r = new Map(bp.map((b) => [b.line, b.reason]));
    assert.equal(r.get(1), 'separator');
    assert.equal(r.get(2), 'outlet-header');
    assert.equal(r.get(21), 'copyright');
    assert.equal(r.get(25), 'separator');
    for (const b of bp) assert.equal(text.slice(b.start, b.end), doc.lineText(b.line - 1));
  });
  it('004: stubs, comment form, share widget, spot_img and source line', () => {
    const r = reasons(seed('004_b88d5b1187baf40b.txt'));
    for (const line of ['Vues:', 'Date:', 'LAISSER UN COMMENTAIRE', "S'il vous plaît entrez votre commentaire!", "S'il vous plaît entrez votre nom ici", 'PARTAGER:', 'spot_imgspot_img', 'La source de cet article se trouve sur ce site']) {
      assert.ok(r.has(line), line);
    }
    assert.equal(r.size, 8);
  });
  it('002: publish time, teaser with its linked title, newsroom byline', () => {
    const text = seed('002_2dd743014220e732.txt');
    const doc = makeDoc(text);
    const lines = findBoilerplate(doc, 'fr').map((b) => b.line);
    assert.deepEqual(lines, [4, 17, 18, 20]);
    assert.equal(doc.lineText(3), 'Publié aujourd’hui à 18h31');
  });
  it('001: no boilerplate in a clean article (NBSP-only line is blank, not reported)', () => {
    assert.deepEqual(findBoilerplate(makeDoc(seed('001_b8ef23abcf924c8b.txt')), 'fr'), []);
  });
});

describe('findBoilerplate rules', () => {
  it('recognises the junk styles of the corpus', () => {
    const text = [
      'Un titre', '* . *', '- - -', 'Source link : https://example.org/x', 'Author :', 'Tags : La DH', 'La DH',
      'Lire aussi', 'Read More', 'À lire aussi : Les autres nouvelles du jour', 'LEAVE A REPLY', 'SHARE:', '(...)',
      '© AFP', 'Par Jean Dupont', 'By Jane Doe, CNN', 'La rédaction de La Libre', 'The The Irish Times newsroom',
      'Paris (CNN)', 'pic.twitter.com/abc123', '— Jean Dupont (@jdupont)', '#GiletsJaunes', 'Sign up for our new',
      'newsletter', 'Nous utilisons des cookies pour améliorer votre navigation.', 'Publié le 3 mars 2024 à 10h',
      "CNN's Jane Doe contributed to this report.", '17h30', 'JUST WATCHED', '1 of 39', 'Hide Caption',
    ].join('\n');
    const r = reasons(text);
    assert.equal(r.has('Un titre'), false);
    assert.equal(r.size, 30);
    assert.equal(r.get('Tags : La DH'), 'metadata');
    assert.equal(r.get('La DH'), 'outlet-header');
    assert.equal(r.get('Lire aussi'), 'teaser');
    assert.equal(r.get('pic.twitter.com/abc123'), 'social-embed');
    assert.equal(r.get('Nous utilisons des cookies pour améliorer votre navigation.'), 'cookie');
    assert.equal(r.get('Par Jean Dupont'), 'byline');
    assert.equal(r.get('(...)'), 'truncation');
  });
  it('keeps titles, captions, quoted sub-headings and prose starting like a byline', () => {
    const text = [
      'Des heurts à Paris', 'Des "gilets jaunes" manifestent à Bourges. © AFP', '"Les casseurs ce n\'est pas nous"',
      'Par ailleurs, la police a interpellé 30 personnes.', 'By Monday, the protests had spread.', '.',
      'Lire aussi', 'Le cortège est parti de la gare à 14 heures et a rejoint la place.',
    ].join('\n');
    const r = reasons(text);
    assert.deepEqual([...r.keys()], ['Lire aussi']);
  });
  it('marks an embedded post: text above the handle line and the date under it', () => {
    const text = [
      'The minister tweeted on Monday that the suspect had turned himself in to investigators in Paris.',
      "L'individu s'est présenté aux enquêteurs de la sûreté territoriale de Paris.",
      'Il a été placé en garde à vue.', '— Christophe Castaner (@CCastaner)', 'January 7, 2019',
      'Castaner described the attack as cowardly and praised the police for staying calm during the clashes.',
    ].join('\n');
    const doc = makeDoc(text);
    assert.deepEqual(findBoilerplate(doc, 'en').map((b) => b.line), [2, 3, 4, 5]);
  });
  it('never reports blank lines and survives hostile input', () => {
    assert.deepEqual(findBoilerplate(makeDoc('\n \n\u00a0\n\r\n'), null), []);
    const big = 'x'.repeat(1_000_000) + '\n' + '. '.repeat(200_000) + '\n\u0000\u0000';
    const t0 = Date.now();
    const bp = findBoilerplate(makeDoc(big), null);
    assert.ok(Date.now() - t0 < 2000);
    assert.deepEqual(bp.map((b) => b.line), [2]);
  });
  it('marks lines found in the corpus set as corpus-repeat', () => {
    const corpus = new Set([normaliseLineKey('Tout le foot en un clic')]);
    assert.equal(reasons('Titre\nTOUT LE FOOT  en un clic\nCorps.', 'fr', corpus).get('TOUT LE FOOT  en un clic'), 'corpus-repeat');
  });
});

describe('normaliseLineKey', () => {
  it('folds case, spaces, apostrophes and digits', () => {
    assert.equal(normaliseLineKey('  Publish\u00a0date : 2024-11-13 '), 'publish date : 0000-00-00');
    assert.equal(normaliseLineKey('L’Express'), normaliseLineKey("l'express"));
  });
});

describe('buildCorpusBoilerplate', () => {
  const body = (n: number): string => `Paragraphe numéro ${'abcdefghij'[n]} qui raconte une histoire différente des autres avec assez de mots pour être long, vraiment long, très long.`;
  it('keeps short lines repeated across different stories', () => {
    const texts = [0, 1, 2, 3].map((i) => `Titre ${'abcd'[i]}\n${body(i)}\nLa rédaction de Exemple\nSuivez-nous`);
    const set = buildCorpusBoilerplate(texts, { minFiles: 3 });
    assert.ok(set.has(normaliseLineKey('Suivez-nous')));
    assert.ok(set.has(normaliseLineKey('La rédaction de Exemple')));
    assert.equal(set.has(normaliseLineKey(body(0))), false);
  });
  it('does not count syndicated copies of one story (shared long paragraph) as different stories', () => {
    const wire = body(9);
    const texts = [0, 1, 2, 3].map(() => `Un sous-titre partagé\n${wire}`);
    assert.equal(buildCorpusBoilerplate(texts, { minFiles: 2 }).size, 0);
  });
  it('ignores long lines and symbol-only lines', () => {
    const texts = [0, 1, 2].map((i) => `${body(i)}\n.\n${'Une longue phrase commune '.repeat(5)}`);
    assert.equal(buildCorpusBoilerplate(texts, { minFiles: 3 }).size, 0);
  });
});

describe('findBoilerplate on padded lines (keys of long lines are built lazily)', () => {
  const body = 'Le gouvernement a présenté mardi son projet de budget, qui prévoit de nouvelles économies dans plusieurs ministères.';
  const lines = ['Tags : Gazette du Nord', 'Gazette du Nord', 'Lire aussi', 'Un titre sans point final', body, body, 'Just watched', 'Une vidéo',
    body, 'View this post on Instagram', 'Un post', '13 novembre 2024'];
  const verdicts = (pad: string): Array<[number, string]> => {
    const text = lines.map((l, i) => ([0, 2, 6, 9].includes(i) ? l + pad : l)).join('\n');
    return findBoilerplate(makeDoc(text), 'fr').map((b) => [b.line, b.reason]);
  };
  it('reads the key of a long line that is mostly invisible characters (tags, video and Instagram rules)', () => {
    const expected = [[2, 'outlet-header'], [8, 'video-widget'], [11, 'social-embed'], [12, 'metadata']];
    assert.deepEqual(verdicts('\u200b'.repeat(450)), expected);
    assert.deepEqual(verdicts(' \u200b'.repeat(230)), expected);
  });
  it('trims whitespace padding before classifying, and ignores long real text', () => {
    assert.deepEqual(verdicts(' '.repeat(450)), verdicts(''));
    assert.deepEqual(verdicts(''), [[1, 'metadata'], [2, 'outlet-header'], [3, 'teaser'], [4, 'teaser'], [7, 'video-widget'], [8, 'video-widget'],
      [10, 'social-embed'], [11, 'social-embed'], [12, 'metadata']]);
    assert.deepEqual(verdicts('x'.repeat(450)), [[12, 'metadata']]);
  });
  it('still finds spot_img in a long paragraph, in any case', () => {
    const r = reasons(`${body} ${body} ${body} ${body} SPOT_IMG`);
    assert.equal([...r.values()][0], 'spot-img');
  });
});
