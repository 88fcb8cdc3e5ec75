/**
 * One test per rule added to the number scanner after the first eval: clock times, idioms and
 * addresses, French dot grouping before scale words, spans sharing a unit, halves, articles read
 * as numerals, "under" as a preposition, prenominal adjectives, English loan phrases, typographic
 * spaces, and the allocation-free word filter. Sentences are written for these tests.
 */
import * as assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/document';
import { findNumbers } from '../../src/core/numbers/numbers';
import type { Language, NumberClaim } from '../../src/core/types';

function scan(text: string, language: Language = 'fr'): NumberClaim[] {
  return findNumbers(makeDoc(text), language, () => true);
}

/** [text, value, qualifier, unit, percent] of every claim, for compact assertions. */
function brief(text: string, language: Language = 'fr'): Array<[string, number, string | null, string | null, boolean]> {
  return scan(text, language).map((c) => [c.text, c.value, c.qualifier, c.unit, c.percent]);
}

function values(text: string, language: Language = 'fr'): number[] {
  return scan(text, language).map((c) => c.value);
}

describe('number rules: clock times', () => {
  it('skips "6 h 15", "vers 22 h", spans of hours and dotted English times', () => {
    assert.deepEqual(values('Le camion est parti à 6 h 15 avec 4 chauffeurs.'), [4]);
    assert.deepEqual(values('Vers 22 h, trois voitures sont arrivées.'), [3]);
    assert.deepEqual(values('Ouvert de 10 à 17 heures pour 40 visiteurs.'), [40]);
    assert.deepEqual(values('At about 10.30, around 12.30 and at 9.15 nothing happened to the 12 men.', 'en'), [12]);
  });
  it('keeps durations after plus de / moins de', () => {
    assert.deepEqual(brief('Une visite de moins de 24 heures.'), [['moins de 24 heures', 24, 'less-than', 'heures', false]]);
    assert.deepEqual(values('Le débat a duré plus de deux heures.'), [2]);
  });
  it('keeps dotted decimals that are not times', () => {
    assert.deepEqual(values('Growth reached about 10.30 per cent.', 'en'), [10.3]);
  });
});

describe('number rules: expressions that count nothing', () => {
  it('skips idioms', () => {
    assert.deepEqual(scan('Il dit qu\'il n\'y avait que 4 pelés et 6 tondus au rassemblement.'), []);
    assert.deepEqual(scan('La salle est à deux pas de la gare.'), []);
    assert.deepEqual(scan('Ils venaient des quatre coins du pays.'), []);
  });
  it('skips street addresses', () => {
    assert.deepEqual(scan('If she moves into 10 Downing Street next year.', 'en'), []);
    assert.deepEqual(scan('Ils ont manifesté devant le 16 rue de la Loi.'), []);
    assert.deepEqual(values('Ils ont fermé 16 rues du centre.'), [16]);
  });
  it('skips anaphoric totals without a noun and the "l\'un deux" typo', () => {
    assert.deepEqual(scan('Tous trois ont été arrêtés, l\'un deux a été blessé.'), []);
    assert.deepEqual(values('Tous les deux ans, 40 délégués se réunissent.'), [2, 40]);
  });
  it('skips two-digit years after an apostrophe and "round seven"', () => {
    assert.deepEqual(scan('A veteran of May ’68 came for round seven of the protests.', 'en'), []);
  });
  it('skips compound adjectives and "one" unless a choice or qualifier makes it a count', () => {
    assert.deepEqual(scan('It is a two-headed beast. One represents the old guard.', 'en'), []);
    assert.deepEqual(values('One protester and one or more police officers were hurt.', 'en'), [1]);
  });
});

describe('number rules: French dot grouping before a scale word', () => {
  it('reads "7.600 milliards" as thousands of billions and "1.050 million" as a decimal', () => {
    assert.deepEqual(values('Ils cachent 4.300 milliards de dollars au fisc.'), [4.3e12]);
    assert.deepEqual(values('Un total de 1.250 million de votants.'), [1.25e6]);
    assert.deepEqual(values('Il reste 12.500 habitants.'), [12500]);
  });
  it('keeps the English decimal point', () => {
    assert.deepEqual(values('They hid 4.300 billion dollars.', 'en'), [4.3e9]);
  });
});

describe('number rules: spans and choices share the second number\'s unit', () => {
  it('gives the first number the unit, percent and scale of the second', () => {
    assert.deepEqual(brief('Entre 30 et 40 individus ont couru.'), [['30 et 40 individus', 30, null, 'individus', false], ['40 individus', 40, null, 'individus', false]]);
    assert.deepEqual(scan('Des femmes âgées de 19 à 74 ans.').map((c) => c.unit), ['ans', 'ans']);
    assert.deepEqual(scan('Une baisse de 30 à 45 % des ventes.').map((c) => c.percent), [true, true]);
    assert.deepEqual(values('Entre 2 et 3 milliards d\'euros de dégâts.'), [2e9, 3e9]);
    assert.deepEqual(values('between 5 and 8 million people', 'en'), [5e6, 8e6]);
  });
  it('does not join a falling pair without an opener', () => {
    assert.deepEqual(scan('Le sans-plomb 95 à 1,50 euro le litre.').map((c) => c.unit), [null, 'euro']);
  });
  it('reads "un ou deux ans" with the article as a numeral', () => {
    assert.deepEqual(scan('des peines d\'un ou deux ans').map((c) => [c.value, c.unit]), [[1, 'ans'], [2, 'ans']]);
  });
});

describe('number rules: halves and dozens', () => {
  it('adds a half: "deux mois et demi", "two and a half years", "un mois et demi"', () => {
    assert.deepEqual(values('Après trois mois et demi de grève.'), [3.5]);
    assert.deepEqual(values('It took two and a half years.', 'en'), [2.5]);
    assert.deepEqual(values('Le mouvement dure depuis un mois et demi.'), [1.5]);
  });
  it('reads half a dozen and half-dozen as exact sixes', () => {
    assert.deepEqual(scan('protests in half a dozen Belgian towns', 'en').map((c) => [c.value, c.qualifier]), [[6, null]]);
    assert.deepEqual(scan('the half-dozen angry remarks', 'en').map((c) => [c.value, c.unit]), [[6, 'angry remarks']]);
  });
});

describe('number rules: articles as numerals', () => {
  it('reads French lengths of time after "un"', () => {
    assert.deepEqual(scan('Le parquet a requis un an de prison.').map((c) => [c.value, c.unit]), [[1, 'an']]);
    assert.deepEqual(values('Il a été condamné à un an ferme.'), [1]);
  });
  it('leaves articles and "l\'un" alone', () => {
    assert.deepEqual(scan('Un homme a passé un mois de l\'année ici, une semaine plus tôt.'), []);
    assert.deepEqual(values('Ils ont été condamnés, l\'un à six mois de prison.'), [6]);
  });
  it('reads "one or more" as at least one', () => {
    assert.deepEqual(scan('one or more local candidates', 'en').map((c) => [c.value, c.qualifier, c.unit]), [[1, 'at-least', 'local candidates']]);
  });
});

describe('number rules: qualifiers', () => {
  it('reads "under" before a spelled count of things as a preposition', () => {
    assert.deepEqual(scan('He served under two previous presidents.', 'en').map((c) => c.qualifier), [null]);
    assert.deepEqual(scan('It lasted under two hours.', 'en').map((c) => c.qualifier), ['less-than']);
    assert.deepEqual(scan('under 300 people', 'en').map((c) => c.qualifier), ['less-than']);
  });
  it('reads "near" as about', () => {
    assert.deepEqual(scan('after a near 30-year career', 'en').map((c) => c.qualifier), ['about']);
  });
});

describe('number rules: units', () => {
  it('reads the noun after a prenominal adjective, and no head after "supplémentaires"', () => {
    assert.deepEqual(scan('Les trois prochains mois et deux autres chauffeurs.').map((c) => c.unit), ['mois', 'chauffeurs']);
    assert.deepEqual(scan('Quelque deux mille supplémentaires.').map((c) => c.unit), [null]);
  });
  it('keeps a French noun phrase in English text, and "others"', () => {
    assert.deepEqual(scan('and 30 gilets jaunes on Monday', 'en').map((c) => c.unit), ['gilets jaunes']);
    assert.deepEqual(scan('Trade between the two nations represents a lot.', 'en').map((c) => c.unit), ['nations']);
    assert.deepEqual(scan('injured more than 25 others', 'en').map((c) => c.unit), ['others']);
  });
});

describe('number rules: typographic spaces group thousands', () => {
  it('reads hair, figure and punctuation spaces as group separators', () => {
    for (const sp of ['\u200a', '\u2007', '\u2008', '\u2009']) assert.deepEqual(values(`Déjà 7${sp}400 participants.`), [7400], JSON.stringify(sp));
  });
});

describe('number rules: the word filter stays cheap and exact', () => {
  it('finds number words in any case and skips long or hyphenated non-number words', () => {
    assert.deepEqual(values('DEUX soldats. Trois drones, anticonstitutionnellement, quatre-vingt-dix personnes.'), [2, 3, 90]);
  });
  it('masks numbers in URLs, handles and hashtags found mid-token', () => {
    assert.deepEqual(values('Voir x.com/a/12 ou @user12 et #acte12, puis 5 personnes.'), [5]);
  });
});
