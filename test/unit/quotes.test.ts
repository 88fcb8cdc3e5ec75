import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoc } from '../../src/core/document';
import { findQuotes } from '../../src/core/quotes/quotes';
import { findMarkSpans } from '../../src/core/quotes/marks';
import type { Language, Quote } from '../../src/core/types';

const all = (): boolean => true;

function quotes(text: string, language: Language = 'fr'): Quote[] {
  const doc = makeDoc(text);
  const qs = findQuotes(doc, language, all);
  for (const q of qs) {
    const span = text.slice(q.start, q.end);
    assert.ok(span.length >= 2, 'span covers its marks');
    assert.ok(span.slice(1, -1).includes(q.text), 'text is the inside of the span');
  }
  return qs;
}

function spans(text: string): string[] {
  return quotes(text).map((q) => text.slice(q.start, q.end));
}

function seed(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'seeds', name), 'utf8');
}

describe('quotes: marks', () => {
  it('finds « » with and without no-break spaces', () => {
    assert.deepEqual(spans('Il a dit «oui» puis «\u00a0non\u00a0» et « peut-être ».'), ['«oui»', '«\u00a0non\u00a0»', '« peut-être »']);
    assert.equal(quotes('Il a dit «\u202fnon\u202f».')[0].text, 'non');
  });

  it('finds curly, straight, low-9 and single angle quotes', () => {
    assert.deepEqual(spans('Un “mot” et un "autre" puis „drittes“ et ‹ quart ›.'), ['“mot”', '"autre"', '„drittes“', '‹ quart ›']);
  });

  it('tells single quotes from apostrophes', () => {
    assert.deepEqual(spans('L’Otan dit aujourd’hui qu’il faut une ‘réponse’ rapide.'), ['‘réponse’']);
    assert.deepEqual(quotes('The players’ union said they don’t know.', 'en'), []);
  });

  it('reads the malformed ”…” that opens with a closing mark', () => {
    const text = 'Le front sud.”Les Russes se préparent”, a déclaré Vladyslav Volochyne.';
    assert.deepEqual(spans(text), ['”Les Russes se préparent”']);
  });

  it('closes a quote glued to the next sentence', () => {
    const text = '“It is over.”He left. “Bye,” she said.';
    assert.deepEqual(quotes(text, 'en').map((q) => q.text), ['It is over.', 'Bye,']);
  });

  it('reports nested quotes once, as the outer quote', () => {
    assert.deepEqual(spans('“Les unités du groupement ‘Ouest’ ont libéré la localité”, a dit X.'), ['“Les unités du groupement ‘Ouest’ ont libéré la localité”']);
    assert.deepEqual(spans('« Il a crié “stop” et “non” », dit-il.'), ['« Il a crié “stop” et “non” »']);
    assert.deepEqual(spans('"Il a dit "non" hier", a-t-il dit.'), ['"Il a dit "non" hier"']);
  });

  it('runs over several sentences of one paragraph but not across lines', () => {
    assert.equal(quotes('« Une phrase. Une autre ! Encore une ? » a-t-il dit.')[0].text, 'Une phrase. Une autre ! Encore une ?');
    assert.deepEqual(quotes('« Début sans fin\nsuite » ici.'), []);
  });

  it('yields nothing for an unclosed mark, and keeps balanced quotes after it', () => {
    assert.deepEqual(quotes('« Jamais fermé, et la suite du paragraphe est longue.'), []);
    assert.deepEqual(spans('“ouvert sans fin puis un “vrai” mot.'), ['“vrai”']);
  });

  it('ignores inch marks and empty pairs', () => {
    assert.deepEqual(quotes('He is 5\' 10" tall and weighs 80 kg.', 'en'), []);
    assert.deepEqual(quotes('Un "" vide.'), []);
  });

  it('accepts French-spaced straight quotes and a doubled apostrophe closer', () => {
    assert.deepEqual(spans('" Ce qui est valable pour l’un ne l’est pas pour l’autre ".'), ['" Ce qui est valable pour l’un ne l’est pas pour l’autre "']);
    assert.deepEqual(spans('"Cassez-vous", "bande de pourris\'\': une équipe chahutée'), ['"Cassez-vous"', '"bande de pourris\'\'']);
  });

  it('skips lines that are not content', () => {
    const doc = makeDoc('« titre »\n« corps »');
    assert.deepEqual(findQuotes(doc, 'fr', (i) => i === 1).map((q) => q.text), ['corps']);
  });

  it('stays linear on a 1 MB line of quote marks and on unclosed marks', () => {
    for (const unit of ['"', '«', '“”', '« ', '"a ', '‘']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = Date.now();
      const qs = findQuotes(makeDoc(text), 'fr', all);
      assert.ok(Date.now() - t0 < 3000, `too slow for ${JSON.stringify(unit)}`);
      for (const q of qs) assert.ok(q.end - q.start <= 4001);
    }
    const spansOnly = findMarkSpans('«'.repeat(500_000) + '»', 0, 500_001);
    assert.ok(spansOnly.length <= 1);
  });

  it('does not throw on NUL bytes, BOM and CRLF', () => {
    const qs = quotes('\ufeff« a\u0000b »\r\n« c »\r\n');
    assert.deepEqual(qs.map((q) => q.text), ['a\u0000b', 'c']);
  });
});

describe('quotes: fragments', () => {
  it('marks short embedded scare quotes as fragments', () => {
    const [q] = quotes('Les "gilets jaunes" ont manifesté samedi.');
    assert.equal(q.fragment, true);
    assert.equal(q.speaker, null);
    assert.equal(quotes('Washington promet une “réponse ferme” à Pyongyang.')[0].fragment, true);
  });

  it('does not mark statements, long quotes or colon-introduced quotes as fragments', () => {
    assert.equal(quotes('« Nous ne céderons pas », a-t-il dit.')[0].fragment, false);
    assert.equal(quotes('Il a dit : « Non merci ».')[0].fragment, false);
    assert.equal(quotes('Elle peut “compter sur notre pays et sur notre solidarité”, a-t-il dit.')[0].fragment, false);
  });

  it('seed 003: “désarroi croissant” is a fragment', () => {
    const text = seed('003_577cc49d466dc7a4.txt');
    const q = quotes(text).find((x) => x.text === 'désarroi croissant');
    assert.ok(q);
    assert.equal(q.fragment, true);
    assert.equal(text.slice(q.start, q.end), '“désarroi croissant”');
  });
});

describe('quotes: seeds', () => {
  it('seed 000: the Vedant Patel quote with speaker, role and cue', () => {
    const text = seed('000_34ade1b63f6a146b.txt');
    const q = quotes(text).find((x) => x.text.startsWith('Je peux confirmer que plus de 10 000'));
    assert.ok(q);
    assert.equal(text[q.start], '“');
    assert.equal(text[q.end - 1], '”');
    assert.equal(q.speaker, 'Vedant Patel');
    assert.equal(q.speakerRole, 'le porte-parole du département d’Etat américain');
    assert.equal(q.cue, 'a déclaré');
    assert.equal(q.fragment, false);
  });

  it('seed 000: the malformed ”…” quote is attributed to Vladyslav Volochyne', () => {
    const text = seed('000_34ade1b63f6a146b.txt');
    const q = quotes(text).find((x) => x.text.startsWith('Les Russes se préparent'));
    assert.ok(q);
    assert.equal(text[q.start], '”');
    assert.ok(q.text.endsWith('dans la direction de Zaporijjia'));
    assert.equal(q.speaker, 'Vladyslav Volochyne');
    assert.equal(q.cue, 'a déclaré');
  });

  it('seed 001: « Je peux confirmer que plus de 10.000 … »', () => {
    const text = seed('001_b8ef23abcf924c8b.txt');
    const q = quotes(text).find((x) => /^Je peux confirmer que\s+plus de 10\.000/u.test(x.text));
    assert.ok(q);
    assert.equal(text.slice(q.start, q.start + 1), '«');
    assert.equal(text.slice(q.end - 1, q.end), '»');
    assert.equal(q.speaker, 'Vedant Patel');
    assert.equal(q.speakerRole, 'le porte-parole du département d\'État américain');
  });

  it('seed 004: « escalade significative » is attributed to Mark Rutte', () => {
    const q = quotes(seed('004_b88d5b1187baf40b.txt')).find((x) => x.text === 'escalade significative');
    assert.ok(q);
    assert.equal(q.speaker, 'Mark Rutte');
    assert.equal(q.speakerRole, 'le secrétaire général de l’Otan');
    assert.equal(q.cue, 'a estimé');
    assert.equal(q.fragment, true);
  });
});
