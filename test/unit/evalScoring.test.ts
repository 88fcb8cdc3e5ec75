import { strict as assert } from 'node:assert';
import { addMetrics, emptyMetrics, prf, quoteMatches, ratio, sameValue, scoreArticle, type Prediction } from '../../scripts/eval/articles';
import { LabelError, locateLabel, parseLabel, type GoldLabel } from '../../scripts/eval/labels';
import { enclosingQuote, pairMarks } from '../../scripts/eval/marks';
import { lineRanges, numeralIn, speakerMatches, unitHead, unitMatches } from '../../scripts/eval/text';

const SHA = 'a'.repeat(64);

function label(over: Partial<Record<string, unknown>>): GoldLabel {
  return parseLabel({ corpusPath: 'x.txt', sha256: SHA, language: 'fr', boilerplate: [], quotes: [], numbers: [], ...over }, 'x');
}

function quoteSpan(text: string, needle: string): string | null {
  const at = text.indexOf(needle);
  const p = enclosingQuote(text, lineRanges(text), 0, at, at + needle.length);
  return p ? text.slice(p.start, p.end) : null;
}

describe('eval: quote-mark pairing', () => {
  it('pairs guillemets, curly and straight quotes on a line', () => {
    const t = 'Il a dit « oui » puis “non” et "peut-être".';
    const spans = pairMarks(t, 0, t.length).map((p) => t.slice(p.start, p.end));
    assert.deepEqual(spans, ['« oui »', '“non”', '"peut-être"']);
  });

  it('treats a ” opening a malformed pair as an opener when no quote is open', () => {
    const t = 'au nord.”Les Russes se préparent”, a-t-il dit.';
    assert.equal(quoteSpan(t, 'Les Russes'), '”Les Russes se préparent”');
  });

  it('closes a quote whose closer is glued to the next sentence', () => {
    const t = 'He said: “They no longer see.”Cheap and visible, the vest.';
    assert.equal(quoteSpan(t, 'They no longer'), '“They no longer see.”');
    const s = 'Il a dit: "Stop !"Cet acte est grave.';
    assert.equal(quoteSpan(s, 'Stop'), '"Stop !"');
  });

  it('returns the outer quote for a label inside a nested one, ignoring apostrophes', () => {
    const t = '“Les unités du groupement ‘Ouest’ ont libéré l’Ukraine’s town”, dit-il.';
    assert.equal(quoteSpan(t, 'Ouest'), t.slice(0, t.indexOf(',')));
    const u = 'In the ’68 spirit, the “Animals’ Christmas,” was cancelled.';
    assert.equal(quoteSpan(u, 'Animals'), '“Animals’ Christmas,”');
  });

  it('yields no quote for an unclosed mark or across a blank line', () => {
    assert.equal(quoteSpan('Il a dit « oui sans fin.', 'oui'), null);
    assert.equal(quoteSpan('"Monsieur,\n\nLe pays compte sur vous."', 'Monsieur'), null);
  });
});

describe('eval: text helpers', () => {
  it('finds the numeral inside a labelled number', () => {
    const at = (s: string): string | null => {
      const r = numeralIn(s);
      return r ? s.slice(r.start, r.end) : null;
    };
    assert.equal(at('plus de 10 000 soldats'), '10 000');
    assert.equal(at('1,050 million de citoyens'), '1,050');
    assert.equal(at('22 à 83 ans'), '22');
    assert.equal(at('Plus d’une cinquantaine de policiers'), 'cinquantaine');
    assert.equal(at('environ un an'), 'un');
    assert.equal(at('half a dozen eggs'), 'dozen');
    assert.equal(at('aucun'), null);
  });

  it('matches speakers by whole words, ignoring case, accents and determiners', () => {
    assert.ok(speakerMatches('le porte-parole Vedant Patel', ['Vedant Patel']));
    assert.ok(speakerMatches('ZELENSKY', ['Volodymyr Zelensky', 'Zélensky']));
    assert.ok(speakerMatches('La police', ['la police']));
    assert.ok(speakerMatches('police', ['la police']));
    assert.ok(!speakerMatches('Patelle', ['Patel']));
    assert.ok(!speakerMatches('Vedant', ['Vedant Patel']));
    assert.ok(!speakerMatches(null, ['Vedant Patel']));
    assert.ok(speakerMatches('Sanchez', ['Mr Sanchez']) && speakerMatches('M. Leclercq', ['Leclercq']));
    assert.ok(!speakerMatches('Mr', ['Mr Sanchez']));
  });

  it('compares units by the gold head word', () => {
    assert.equal(unitHead('soldats nord-coréens', 'fr'), 'soldats');
    assert.equal(unitHead('d’habitants', 'fr'), 'habitants');
    assert.equal(unitHead('North Korean troops in Kursk', 'en'), 'troops');
    assert.ok(unitMatches('soldats', 'soldats nord-coréens', 'fr'));
    assert.ok(unitMatches('Soldats nord-coréens envoyés', 'soldats', 'fr'));
    assert.ok(!unitMatches('missiles', 'drones', 'fr'));
    assert.ok(unitMatches(null, null, 'en'));
    assert.ok(!unitMatches('people', null, 'en'));
    assert.ok(!unitMatches(null, 'people', 'en'));
  });
});

describe('eval: label files', () => {
  it('accepts a well-formed label and normalises the speaker to a list', () => {
    const l = label({ quotes: [{ line: 1, text: 'oui', speaker: 'Jean Dupont', fragment: false }] });
    assert.deepEqual(l.quotes[0].speaker, ['Jean Dupont']);
    assert.equal(l.quotes[0].occurrence, 1);
  });

  it('rejects malformed labels with LabelError', () => {
    assert.throws(() => label({ language: 'de' }), LabelError);
    assert.throws(() => label({ sha256: 'xyz' }), LabelError);
    const bad = { line: 1, text: '3', value: 3, qualifier: 'roughly', unit: null, percent: false };
    assert.throws(() => label({ numbers: [bad] }), LabelError);
    assert.throws(() => label({ quotes: [{ line: 0, text: 'a', speaker: null, fragment: true }] }), LabelError);
  });

  it('locates labels by line and occurrence, and refuses labels that do not locate', () => {
    const text = 'Titre\r\n\r\nIl y a 3 chats et 3 chiens, dit « oui ».';
    const l = label({ numbers: [{ line: 3, text: '3', occurrence: 2, value: 3, qualifier: null, unit: 'chiens', percent: false }] });
    const loc = locateLabel(l, text);
    assert.equal(text.slice(loc.numbers[0].numStart, loc.numbers[0].numEnd + 7), '3 chiens');
    assert.throws(() => locateLabel(label({ quotes: [{ line: 3, text: 'chats', speaker: null, fragment: true }] }), text), LabelError);
    assert.throws(() => locateLabel(label({ boilerplate: [2] }), text), LabelError);
  });
});

describe('eval: scoring', () => {
  const text = 'Source : x\n\n« Plus de 600 soldats sont morts », a déclaré Jean Dupont, citant « le chaos ». Il y a 7 drones.';
  const gold = label({
    boilerplate: [1],
    quotes: [
      { line: 3, text: 'Plus de 600 soldats', speaker: ['Jean Dupont', 'Dupont'], fragment: false },
      { line: 3, text: 'le chaos', speaker: 'Jean Dupont', fragment: true },
    ],
    numbers: [
      { line: 3, text: 'Plus de 600 soldats', value: 600, qualifier: 'more-than', unit: 'soldats', percent: false },
      { line: 3, text: '7 drones', value: 7, qualifier: null, unit: 'drones', percent: false },
    ],
  });
  const span = (needle: string): { start: number; end: number } => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length };
  };
  const q = (needle: string, speaker: string | null, fragment: boolean): Prediction['quotes'][number] => ({
    ...span(needle), text: needle.slice(1, -1).trim(), speaker, speakerRole: null, cue: null, fragment,
  });

  it('counts matches, attribute accuracy, false positives and negatives', () => {
    const prediction: Prediction = {
      boilerplate: [{ line: 1, start: 0, end: 10, reason: 'meta' }, { line: 2, start: 11, end: 11, reason: 'blank' }],
      quotes: [q('« Plus de 600 soldats sont morts »', 'le soldat Jean Dupont', false), q('« le chaos »', null, false)],
      numbers: [
        { ...span('Plus de 600 soldats'), text: 'Plus de 600 soldats', value: 600, qualifier: 'more-than', unit: 'soldats', percent: false },
        { ...span('Il y a'), text: 'Il y a', value: 1, qualifier: null, unit: null, percent: false },
      ],
    };
    const s = scoreArticle(locateLabel(gold, text), text, prediction);
    assert.deepEqual(s.metrics.quotes, { tp: 2, fp: 0, fn: 0 });
    assert.deepEqual(s.metrics.speaker, { right: 1, total: 2 });
    assert.deepEqual(s.metrics.fragment, { right: 1, total: 2 });
    assert.deepEqual(s.metrics.numbers, { tp: 1, fp: 1, fn: 1 });
    assert.deepEqual(s.metrics.value, { right: 1, total: 1 });
    assert.deepEqual(s.metrics.boilerplate, { tp: 1, fp: 0, fn: 0 }, 'a blank predicted line is not scored');
    assert.ok(s.issues.some((i) => i.kind === 'number' && i.type === 'FN' && i.detail.includes('7 drones')));
    assert.ok(s.issues.some((i) => i.kind === 'speaker' && i.type === 'wrong'));
  });

  it('requires the same quote-mark pair: a span covering the whole line does not match', () => {
    const loc = locateLabel(gold, text);
    const whole = { start: text.indexOf('«'), end: text.length };
    assert.ok(!quoteMatches(whole, loc.quotes[0]));
    assert.ok(quoteMatches(span('« Plus de 600 soldats sont morts »'), loc.quotes[0]));
    const s = scoreArticle(loc, text, { boilerplate: [], numbers: [], quotes: [{ ...q('« le chaos »', null, true), ...whole }] });
    assert.deepEqual(s.metrics.quotes, { tp: 0, fp: 1, fn: 2 });
    assert.deepEqual(s.metrics.boilerplate, { tp: 0, fp: 0, fn: 1 });
  });

  it('sums metrics and computes P/R/F1 with nulls when undefined', () => {
    const a = emptyMetrics();
    a.quotes = { tp: 3, fp: 1, fn: 0 };
    a.speaker = { right: 1, total: 2 };
    const sum = addMetrics(a, a);
    assert.deepEqual(sum.quotes, { tp: 6, fp: 2, fn: 0 });
    assert.equal(ratio(sum.speaker), 0.5);
    assert.deepEqual(prf(sum.quotes), { precision: 0.75, recall: 1, f1: 2 * 0.75 / 1.75 });
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: null, recall: null, f1: null });
    assert.equal(ratio({ right: 0, total: 0 }), null);
    assert.ok(sameValue(1_500_000, 1.5e6) && !sameValue(7.6e9, 7.6e12) && sameValue(0, 0));
  });
});
