import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoc } from '../../src/core/document';
import { findNumbers } from '../../src/core/numbers/numbers';
import type { Language, NumberClaim } from '../../src/core/types';

function scan(text: string, language: Language | null = 'fr'): NumberClaim[] {
  return findNumbers(makeDoc(text), language, () => true);
}

/** The single claim in `text`; fails when there is not exactly one. */
function one(text: string, language: Language | null = 'fr'): NumberClaim {
  const claims = scan(text, language);
  assert.equal(claims.length, 1, `${JSON.stringify(text)} → ${JSON.stringify(claims.map((c) => c.text))}`);
  return claims[0];
}

function none(text: string, language: Language | null = 'fr'): void {
  assert.deepEqual(scan(text, language).map((c) => c.text), [], JSON.stringify(text));
}

function seed(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'seeds', name), 'utf8');
}

describe('findNumbers: digit grouping and decimals', () => {
  const cases: Array<[string, Language, number]> = [
    ['Il y a 10 000 soldats.', 'fr', 10000],
    ['Il y a 10\u00a0000 soldats.', 'fr', 10000],
    ['Il y a 10\u202f000 soldats.', 'fr', 10000],
    ['Il y a 10.000 soldats.', 'fr', 10000],
    ['There are 10,000 soldiers.', 'en', 10000],
    ['On compte 50\'000 soldats.', 'fr', 50000],
    ['On compte 50’000 soldats.', 'fr', 50000],
    ['une hausse de 3,5 points', 'fr', 3.5],
    ['a rise of 3.5 points', 'en', 3.5],
    ['un total de 1,050 million de citoyens', 'fr', 1050000],
    ['un format de 1 234 567,89 euros', 'fr', 1234567.89],
    ['a fine of $51.000 was paid', 'en', 51000],
    ['a total of 1,234,567.89 dollars', 'en', 1234567.89],
  ];
  for (const [text, lang, value] of cases) {
    it(`${text} → ${value}`, () => assert.equal(one(text, lang).value, value));
  }

  it('joins space groups only when exactly three digits follow', () => {
    assert.deepEqual(scan('entre 2019 et 2021, 12 34 personnes').map((c) => c.value), [12, 34]);
    assert.deepEqual(scan('en 2019 100 personnes').map((c) => c.value), [100]);
  });
});

describe('findNumbers: percentages and currencies', () => {
  it('reads %, pour cent, percent, per cent', () => {
    for (const [text, lang, value] of [
      ['une hausse de 69%', 'fr', 69], ['une hausse de 12 %', 'fr', 12], ['soit 3,5 pour cent', 'fr', 3.5],
      ['up 12 per cent', 'en', 12], ['up 7 percent', 'en', 7],
    ] as const) {
      const c = one(text, lang);
      assert.equal(c.value, value);
      assert.equal(c.percent, true);
      assert.equal(c.unit, null);
    }
  });

  it('reads currency symbols, codes and scale abbreviations', () => {
    assert.deepEqual(pick(one('a fine of $51,000 was imposed', 'en')), [51000, 'dollars', '$51,000']);
    assert.deepEqual(pick(one('a 45,000-euro fine', 'en')), [45000, 'euro', '45,000-euro']);
    assert.deepEqual(pick(one('coût: 300.000 euros', 'fr')), [300000, 'euros', '300.000 euros']);
    assert.deepEqual(pick(one('a €5bn package', 'en')), [5e9, 'euros', '€5bn']);
    assert.deepEqual(pick(one('a $2.5bn deal', 'en')), [2.5e9, 'dollars', '$2.5bn']);
    assert.deepEqual(pick(one('une aide de 1,8 milliard d\'euros', 'fr')), [1.8e9, 'euros', '1,8 milliard d\'euros']);
    assert.equal(one('un chèque de 300 €', 'fr').unit, 'euros');
  });

  function pick(c: NumberClaim): [number, string | null, string] {
    return [c.value, c.unit, c.text];
  }
});

describe('findNumbers: scale words', () => {
  for (const [text, lang, value] of [
    ['soit 1,5 million de personnes', 'fr', 1.5e6], ['près de 3 milliards d\'euros', 'fr', 3e9],
    ['10 mille spectateurs', 'fr', 10000], ['3 millions et demi d\'habitants', 'fr', 3.5e6],
    ['two million voters', 'en', 2e6], ['a billion dollars', 'en', 1e9], ['10k followers', 'en', 10000],
    ['un billion de dollars', 'fr', 1e12],
  ] as const) {
    it(`${text} → ${value}`, () => assert.equal(one(text, lang).value, value));
  }
});

describe('findNumbers: spelled-out numbers', () => {
  const fr: Array<[string, number]> = [
    ['six missiles', 6], ['onze ans', 11], ['seize blessés', 16], ['vingt et un morts', 21], ['soixante-dix pays', 70],
    ['quatre-vingt-dix députés', 90], ['quatre-vingts députés', 80], ['cent personnes', 100], ['deux cents personnes', 200],
    ['deux mille soldats', 2000], ['trois millions d\'habitants', 3e6], ['un million de visiteurs', 1e6],
    ['soixante et onze pays', 71], ['nonante personnes', 90],
  ];
  for (const [text, value] of fr) it(`fr: ${text} → ${value}`, () => assert.equal(one(`Il y a ${text} ici.`).value, value));

  const en: Array<[string, number]> = [
    ['twelve people', 12], ['twenty-one people', 21], ['a hundred people', 100], ['two million people', 2e6],
    ['one hundred and twenty people', 120],
  ];
  for (const [text, value] of en) it(`en: ${text} → ${value}`, () => assert.equal(one(`There were ${text} there.`, 'en').value, value));

  it('reads collectives as approximate values', () => {
    for (const [text, value] of [
      ['une dizaine de stands', 10], ['une quinzaine de gendarmes', 15], ['une vingtaine de minutes', 20],
      ['une trentaine de personnes', 30], ['une cinquantaine de casseurs', 50], ['une centaine de personnes', 100],
      ['un millier de manifestants', 1000], ['une dizaine de milliers de personnes', 10000],
    ] as const) {
      const c = one(`Il y avait ${text}.`);
      assert.equal(c.value, value, text);
      assert.equal(c.qualifier, 'about', text);
    }
    // English "a dozen" is an exact twelve in the gold labels (like "half a dozen"); French collectives are estimates.
    const dozen = one('injuring a dozen others', 'en');
    assert.equal(dozen.value, 12);
    assert.equal(dozen.qualifier, null);
  });

  it('skips vague plurals that carry no value', () => {
    none('des centaines de personnes et des milliers de soldats, des dizaines de morts');
    none('hundreds of people, thousands of troops and dozens of deaths', 'en');
    none('des millions d\'Ukrainiens dans le froid');
  });

  it('does not count the article un/une/a/one alone', () => {
    none('Un officier a rencontré une source et un ami.');
    none('One of them said a soldier was there.', 'en');
    assert.equal(one('au moins un mort').value, 1);
    assert.equal(one('at least one person', 'en').qualifier, 'at-least');
  });
});

describe('findNumbers: qualifiers', () => {
  const cases: Array<[string, Language, string]> = [
    ['plus de 10 000 soldats', 'fr', 'more-than'], ["plus d'un millier de gilets jaunes", 'fr', 'more-than'],
    ['au-delà de 500 personnes', 'fr', 'more-than'], ['more than 300 people', 'en', 'more-than'],
    ['over 70 years', 'en', 'more-than'], ['upwards of 2,000 people', 'en', 'more-than'],
    ['quelque 11.000 soldats', 'fr', 'about'], ['environ 1.200 personnes', 'fr', 'about'],
    ['près de 3.000 personnes', 'fr', 'about'], ['presque trois mois', 'fr', 'about'],
    ['nearly 300,000 demonstrators', 'en', 'about'], ['some 77,000 protesters', 'en', 'about'],
    ['an estimated 36,000 people', 'en', 'about'], ['roughly 20 people', 'en', 'about'],
    ["jusqu'à 12.000 soldats", 'fr', 'up-to'], ['jusqu’à 12.000 soldats', 'fr', 'up-to'],
    ['up to 75,000 euros', 'en', 'up-to'], ['as many as 17 people', 'en', 'up-to'],
    ['au moins 12 personnes', 'fr', 'at-least'], ['pas moins de 38 personnes', 'fr', 'at-least'],
    ['at least 11 people', 'en', 'at-least'], ['no fewer than 5 people', 'en', 'at-least'],
    ['moins de dix mètres', 'fr', 'less-than'], ['less than 30%', 'en', 'less-than'],
    ['fewer than 20 people', 'en', 'less-than'],
  ];
  for (const [text, lang, q] of cases) {
    it(`${text} → ${q}`, () => {
      const c = one(`Selon eux, ${text} ici.`, lang);
      assert.equal(c.qualifier, q);
      assert.ok(c.text.toLowerCase().startsWith(text.slice(0, 4).toLowerCase()), c.text);
    });
  }
  it('has no qualifier when none is written', () => assert.equal(one('Il y a 90 drones.').qualifier, null));
});

describe('findNumbers: units', () => {
  it('takes the French noun and its adjectives, skipping de/d\'', () => {
    assert.equal(one('plus de 10 000 soldats nord-coréens ont été envoyés').unit, 'soldats nord-coréens');
    assert.equal(one('peuplée de 3 millions d\'habitants avant-guerre').unit, 'habitants');
    assert.equal(one('une femme de 52 ans, ont signalé').unit, 'ans');
    assert.equal(one('Quelque 46.600 "gilets jaunes" ont manifesté').unit, 'gilets jaunes');
  });
  it('takes English premodifiers up to the plural head', () => {
    assert.equal(one('Some 10,000 North Korean troops were sent', 'en').unit, 'North Korean troops');
    assert.equal(one('About 50,000 people demonstrated', 'en').unit, 'people');
    assert.equal(one('a 36-year-old man', 'en').unit, 'year-old');
  });
  it('is null when nothing is counted', () => {
    assert.equal(one('Ils étaient 6.300 en milieu de journée.').unit, null);
  });
});

describe('findNumbers: what is not a claim', () => {
  const fr = [
    'Le 13 novembre 2024 à Bruxelles.', 'Il est arrivé le 5 novembre.', 'ce mardi 12 novembre', 'Publié à 18h31',
    'Vers 22H00 (19H00 GMT), les Russes', 'La 155ᵉ brigade ukrainienne', 'la 155e brigade, le 1er mai, la deuxième fois',
    'comme à l’hiver 2022 et 2023', 'en 2019, depuis 2014', 'le 16/02/2019 et le 2024-11-13', 'à 10:30 précises',
    'le G20, le Covid-19, un A320, un F-16, le M23, l\'article 49.3, la RN7', 'appelez le 0470 12 34 56 ou le +32 2 345 67 89',
    'voir https://www.lexpress.fr/monde/2024/11/13/article-12345/ ou contact@exemple.fr, @user123 et #acte15',
    'les 12 et 13 novembre', 'à 15 heures', 'vers 18 h 30', 'l\'acte 15 des gilets jaunes', 'le numéro deux du gouvernement',
    'sur Europe 1, à la CRS 45', 'le Mouvement Cinq Etoiles', 'les deux tiers des votants',
  ];
  for (const text of fr) it(`fr: ${text}`, () => none(text));
  const en = [
    'on February 16, 2019, in Paris', 'at 9 a.m. on Monday', 'on the 14th floor', 'in 2019 and since 2015',
    'the 2020 local elections', 'Hide Caption 1 of 39', 'the Five Star Movement', 'close to two-thirds of them',
  ];
  for (const text of en) it(`en: ${text}`, () => none(text, 'en'));
  it('keeps a year-shaped number that counts something', () => {
    assert.equal(one('avec 2000 personnes').value, 2000);
    assert.equal(one('more than 2000 people', 'en').value, 2000);
  });
});

describe('findNumbers: offsets and line filter', () => {
  it('gives UTF-16 offsets into the whole text and honours isContent', () => {
    const text = 'Titre\r\nIl y a 12 soldats.\nSource : 40 000 lecteurs';
    const claims = findNumbers(makeDoc(text), 'fr', (i) => i !== 2);
    assert.equal(claims.length, 1);
    assert.equal(text.slice(claims[0].start, claims[0].end), '12 soldats');
    assert.equal(claims[0].text, '12 soldats');
    assert.equal(claims[0].source, undefined);
  });
  it('guesses the language when none is given', () => {
    assert.equal(one('The army said that 10,000 of the troops were in the region and the rest left.', null).value, 10000);
    assert.equal(one('Les forces ont perdu 1,5 million de dollars dans la région et les villes.', null).value, 1.5e6);
  });
});

describe('findNumbers: seeds', () => {
  it('000: plus de 10 000 soldats nord-coréens; six missiles et 90 drones; no date, URL or time', () => {
    const claims = findNumbers(makeDoc(seed('000_34ade1b63f6a146b.txt')), 'fr', () => true);
    const c = claims.find((x) => x.value === 10000)!;
    assert.equal(c.qualifier, 'more-than');
    assert.ok(c.unit!.startsWith('soldats'));
    assert.ok(c.text.startsWith('plus de 10 000 soldats'));
    assert.ok(claims.some((x) => x.value === 6 && x.unit === 'missiles'));
    assert.ok(claims.some((x) => x.value === 90 && x.unit === 'drones'));
    assert.ok(claims.some((x) => x.value === 3e6 && x.unit === 'habitants'));
    assert.ok(!claims.some((x) => [13, 2024, 1348, 11].includes(x.value)), JSON.stringify(claims.map((x) => x.text)));
  });
  it('001: plus de 10.000 soldats, quelque 11.000 soldats nord-coréens', () => {
    const claims = findNumbers(makeDoc(seed('001_b8ef23abcf924c8b.txt')), 'fr', () => true);
    assert.equal(claims.find((x) => x.value === 10000)?.qualifier, 'more-than');
    const q = claims.find((x) => x.value === 11000)!;
    assert.equal(q.qualifier, 'about');
    assert.equal(q.unit, 'soldats nord-coréens');
    assert.ok(!claims.some((x) => x.value === 12 || x.value === 5 || x.value === 20), 'dates are not claims');
  });
  it('002: 155ᵉ and 18h31 are not claims; 1,050 million is 1.05 million', () => {
    const claims = findNumbers(makeDoc(seed('002_2dd743014220e732.txt')), 'fr', () => true);
    assert.ok(!claims.some((x) => x.value === 155 || x.value === 18 || x.value === 31));
    assert.ok(claims.some((x) => x.value === 1050000 && x.unit === 'citoyens'));
    assert.ok(claims.some((x) => x.value === 160000 && x.qualifier === 'at-least'));
    assert.ok(claims.some((x) => x.value === 85 && x.percent));
  });
  it('004: jusqu’à 12.000 soldats, Quelque 1.500 soldats, Au moins 12 personnes; no 22H00 or hiver 2022', () => {
    const claims = findNumbers(makeDoc(seed('004_b88d5b1187baf40b.txt')), 'fr', () => true);
    const upTo = claims.filter((x) => x.value === 12000);
    assert.ok(upTo.length >= 2 && upTo.every((x) => x.qualifier === 'up-to'));
    assert.equal(claims.find((x) => x.value === 1500)?.qualifier, 'about');
    const atLeast = claims.find((x) => x.text.startsWith('Au moins 12'))!;
    assert.equal(atLeast.qualifier, 'at-least');
    assert.equal(atLeast.unit, 'personnes');
    assert.ok(!claims.some((x) => [19, 2022, 2023].includes(x.value) || /H00/.test(x.text)), JSON.stringify(claims.map((x) => x.text)));
    assert.ok(claims.some((x) => x.value === 83 && x.unit === 'ans'));
  });
});

describe('findNumbers: hostile input', () => {
  it('is linear on 1 MB lines of digits, separators and spaces', () => {
    const inputs = ['1 000 '.repeat(170_000), '9'.repeat(1_000_000), '1,'.repeat(500_000), '1 1 '.repeat(250_000),
      '12.3.'.repeat(200_000), 'un deux trois mille million '.repeat(10_000), '-'.repeat(1_000_000) + '5'];
    for (const text of inputs) {
      const t0 = Date.now();
      const claims = scan(text);
      assert.ok(Date.now() - t0 < 3000, `${text.slice(0, 12)}… took ${Date.now() - t0} ms`);
      for (const c of claims) assert.ok(Number.isFinite(c.value));
    }
  });
  it('never throws on odd text and keeps values finite', () => {
    for (const text of ['\uFEFF', '\u0000 12 \u0000', '« 12', '999999999999999999999999999999 soldats', '1e309', '\ud800 5 \udfff', '']) {
      for (const c of scan(text)) assert.ok(Number.isFinite(c.value));
    }
    none('999999999999999999999999999999 soldats');
  });
});
