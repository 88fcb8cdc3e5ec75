import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ClaimIndex, compareAnalyses } from '../../src/core/link/index';
import { claimInterval, formatClaimValue, haveCommonPoint } from '../../src/core/link/interval';
import { speakerKey, speakersCompatible } from '../../src/core/link/speaker';
import { normaliseWords } from '../../src/core/link/text';
import type { ClaimGroup, CompareReport, Qualifier } from '../../src/core/types';
import { type FileSpec, STORY, fileOf } from './linkFixtures';

function groupsOf(specs: FileSpec[]): ClaimGroup[] {
  return compareAnalyses(specs.map(fileOf)).groups;
}

function pathsOf(g: ClaimGroup): string[] {
  return [...new Set(g.members.map((m) => m.path))].sort();
}

const fits = (...claims: Array<[number, Qualifier | null]>): boolean =>
  haveCommonPoint(claims.map(([v, q]) => claimInterval(v, q)));

describe('link: normalisation', () => {
  it('ignores typography, accents and case', () => {
    assert.deepEqual(normaliseWords('L’État… n’a PAS dit « non »'), normaliseWords("l'etat... n'a pas dit \"non\""));
  });

  it('matches speaker names loosely', () => {
    assert.ok(speakersCompatible(speakerKey('Mark Rutte'), speakerKey('Rutte')));
    assert.ok(speakersCompatible(speakerKey('M. Rutte'), speakerKey('Mark Rutte')));
    assert.ok(!speakersCompatible(speakerKey('Mark Rutte'), speakerKey('Vedant Patel')));
    assert.equal(speakerKey(''), null);
  });
});

describe('link: qualifier intervals', () => {
  it('reconciles compatible qualifiers', () => {
    assert.ok(fits([10000, 'more-than'], [11000, null]));
    assert.ok(fits([10000, 'more-than'], [11000, 'about'], [12000, 'up-to']));
    assert.ok(fits([10000, 'at-least'], [10000, null]));
    assert.ok(fits([10000, null], [10030, null]), 'rounding tolerance');
    assert.ok(fits([12, 'about'], [13, null]));
  });

  it('flags incompatible figures', () => {
    assert.ok(!fits([10000, null], [12000, null]));
    assert.ok(!fits([10000, 'more-than'], [10000, null]), 'a bare 10 000 is not "more than 10 000"');
    assert.ok(!fits([12000, 'up-to'], [13000, null]));
    assert.ok(!fits([100, 'less-than'], [100, 'at-least']));
    assert.ok(!fits([11000, 'about'], [13000, null]));
  });

  it('formats values with their qualifier', () => {
    assert.equal(formatClaimValue(10000, 'more-than'), '>10 000');
    assert.equal(formatClaimValue(1050000, null), '1 050 000');
    assert.equal(formatClaimValue(3.5, 'about', true), '~3,5 %');
  });
});

describe('link: quotes', () => {
  it('groups the same quotation across typography, truncation and speaker spelling', () => {
    const quotes = groupsOf(STORY).filter((g) => g.kind === 'quote');
    const patel = quotes.find((g) => g.members.some((m) => m.speaker === 'Vedant Patel'));
    assert.ok(patel);
    assert.deepEqual(pathsOf(patel), ['a.txt', 'b.txt']);
    assert.equal(patel.status, 'agree');
    assert.match(patel.label, /Vedant Patel/);
  });

  it('does not link a two-word fragment across unrelated stories', () => {
    const quotes = groupsOf(STORY).filter((g) => g.kind === 'quote');
    assert.ok(!quotes.some((g) => g.members.some((m) => m.path === 'd.txt')));
  });

  it('links a two-word fragment when the speaker and the story agree', () => {
    const e: FileSpec = {
      path: 'e.txt',
      text: 'Pour le chef de l’Otan Rutte, l’envoi de soldats de la Corée du Nord en Russie, près de Koursk, est une « escalade significative ».',
      quotes: [{ text: 'escalade significative', speaker: 'Rutte', fragment: true }],
    };
    const g = groupsOf([STORY[2], STORY[3], e]).find((x) => x.kind === 'quote');
    assert.ok(g);
    assert.deepEqual(pathsOf(g), ['c.txt', 'e.txt']);
    const elsewhere: FileSpec = { ...e, path: 'f.txt', text: 'À Namur, Rutte (le cycliste) évoque une « escalade significative » du col.' };
    assert.deepEqual(groupsOf([STORY[2], elsewhere]), []);
  });

  it('flags the same words given to different speakers', () => {
    const text = 'Le sommet de Bruxelles sur l’Ukraine et la Russie s’est achevé. “Nous ne laisserons jamais tomber nos alliés ukrainiens face à la Russie”, a dit ';
    const specs: FileSpec[] = [
      { path: 'x.txt', text: text + 'Olaf Scholz.', quotes: [{ text: 'Nous ne laisserons jamais tomber nos alliés ukrainiens face à la Russie', speaker: 'Olaf Scholz' }] },
      { path: 'y.txt', text: text + 'Emmanuel Macron.', quotes: [{ text: 'Nous ne laisserons jamais tomber nos alliés ukrainiens face à la Russie', speaker: 'Emmanuel Macron' }] },
      { path: 'z.txt', text: text + 'le chancelier Scholz.', quotes: [{ text: 'Nous ne laisserons jamais tomber nos alliés ukrainiens face à la Russie', speaker: 'Scholz' }] },
    ];
    const [g] = groupsOf(specs);
    assert.ok(g);
    assert.equal(g.status, 'conflict');
    assert.match(g.label, /different speakers/);
    const agreeing = groupsOf([specs[0], specs[2]]);
    assert.equal(agreeing[0]?.status, 'agree');
  });
});

describe('link: numbers', () => {
  it('groups the same quantity about the same thing, with values, qualifiers and sources', () => {
    const numbers = groupsOf(STORY).filter((g) => g.kind === 'number');
    assert.equal(numbers.length, 1, JSON.stringify(numbers.map((g) => g.label)));
    const g = numbers[0];
    assert.deepEqual(g.members.map((m) => [m.path, m.value, m.qualifier, m.speaker]), [
      ['a.txt', 10000, 'more-than', 'Vedant Patel'],
      ['b.txt', 10000, 'more-than', 'Patel'],
      ['b.txt', 11000, 'about', 'Kiev'],
      ['c.txt', 12000, 'up-to', 'l’agence du renseignement sud-coréen'],
    ]);
    assert.equal(g.status, 'agree');
    assert.match(g.label, /^soldats nord-coréens: >10 000 \(Vedant Patel, a\.txt\).*~11 000 \(Kiev, b\.txt\).*≤12 000/);
  });

  it('marks a conflict when a source gives an exact figure outside the others', () => {
    const f: FileSpec = {
      path: 'f.txt',
      text: 'Selon le Pentagone, un total de 14.000 soldats nord-coréens se trouvent en Russie, dans la région de Koursk, près de l’Ukraine.',
      numbers: [{ text: '14.000 soldats nord-coréens', value: 14000, unit: 'soldats nord-coréens', source: 'le Pentagone' }],
    };
    const g = groupsOf([...STORY, f]).find((x) => x.kind === 'number' && x.members.some((m) => m.path === 'f.txt'));
    assert.ok(g);
    assert.equal(g.status, 'conflict');
    assert.match(g.label, /conflict$/);
  });

  it('never merges different units, nor one unit in unrelated stories', () => {
    const numbers = groupsOf(STORY).filter((g) => g.kind === 'number');
    assert.ok(numbers.every((g) => g.members.every((m) => !/euros/.test(m.text))));
    const stories: FileSpec[] = [
      { path: 'p.txt', text: 'À Liège, au moins 12 personnes ont été blessées dans l’incendie d’un immeuble de la rue Saint-Gilles.', numbers: [{ text: '12 personnes', value: 12, unit: 'personnes', qualifier: 'at-least' }] },
      { path: 'q.txt', text: 'Au Japon, 12 personnes ont été arrêtées à Osaka après une fraude bancaire visant des retraités.', numbers: [{ text: '12 personnes', value: 12, unit: 'personnes' }] },
    ];
    assert.deepEqual(groupsOf(stories), []);
  });

  it('keeps different orders of magnitude apart', () => {
    const base = 'Les soldats nord-coréens déployés dans la région de Koursk combattent aux côtés de la Russie contre l’Ukraine. ';
    const specs: FileSpec[] = [
      { path: 'm.txt', text: base + 'Quelque 1.500 soldats sont arrivés.', numbers: [{ text: 'Quelque 1.500 soldats', value: 1500, unit: 'soldats', qualifier: 'about' }] },
      { path: 'n.txt', text: base + 'Plus de 10 000 soldats sont arrivés.', numbers: [{ text: 'Plus de 10 000 soldats', value: 10000, unit: 'soldats', qualifier: 'more-than' }] },
    ];
    assert.deepEqual(groupsOf(specs), []);
  });
});

describe('link: duplicates', () => {
  const wire = 'Les gilets jaunes ont de nouveau manifesté samedi dans plusieurs villes de Wallonie, bloquant des dépôts de carburant et des ronds-points pendant une bonne partie de la journée, tandis que la police fédérale surveillait les accès aux autoroutes et que les syndicats annonçaient une grève générale pour le mois suivant afin de dénoncer la hausse du coût de la vie et des taxes sur les carburants.';
  const specs: FileSpec[] = [
    { path: 'wire-1.txt', published: '2024-01-02T10:00:00', text: 'Titre un\n' + wire + ' Un ajout propre au premier journal.' },
    { path: 'wire-2.txt', published: '2024-01-01T09:00:00', text: 'Titre deux\nUne introduction différente. ' + wire },
    { path: 'other.txt', text: 'Le conseil communal de Namur a voté le budget de la piscine municipale et la rénovation des vestiaires après un long débat sur les tarifs.' },
  ];

  it('finds files sharing a long passage, with the earlier one as origin', () => {
    const report = compareAnalyses(specs.map(fileOf));
    assert.equal(report.duplicates.length, 1);
    const [d] = report.duplicates;
    assert.deepEqual(d?.paths, ['wire-1.txt', 'wire-2.txt']);
    assert.equal(d?.origin, 'wire-2.txt');
    assert.ok((d?.similarity ?? 0) > 0.5);
  });

  it('ignores boilerplate lines when comparing', () => {
    const line = 'Copyright for syndicated content belongs to the linked Source. '.repeat(20);
    const files = ['u.txt', 'v.txt'].map((path, i) => {
      const f = fileOf({ path, text: `${line}\nArticle ${i} sans rapport avec l’autre, sur un sujet tout à fait distinct.` });
      f.analysis.boilerplate = [{ line: 1, start: 0, end: line.length, reason: 'copyright' }];
      return f;
    });
    assert.deepEqual(compareAnalyses(files).duplicates, []);
  });
});

describe('ClaimIndex', () => {
  it('answers hover look-ups by offset and by file', () => {
    const index = new ClaimIndex();
    for (const f of STORY.map(fileOf)) index.upsert(f.path, f.text, f.analysis);
    const a = fileOf(STORY[0]);
    const at = a.analysis.numbers[0].start + 3;
    const hits = index.groupsAt('a.txt', at);
    assert.deepEqual(hits.map((g) => g.kind).sort(), ['number', 'quote'], 'the figure sits inside the quote');
    assert.deepEqual(index.groupsAt('a.txt', 0), []);
    assert.equal(index.groupsForFile('b.txt').length, 2);
    assert.deepEqual(index.groupsForFile('nope.txt'), []);
  });

  it('drops a group when a file leaves and restores it when it returns', () => {
    const index = new ClaimIndex();
    const files = STORY.map(fileOf);
    for (const f of files) index.upsert(f.path, f.text, f.analysis);
    index.remove('a.txt');
    assert.ok(!index.groups().some((g) => g.kind === 'quote'));
    index.upsert(files[0].path, files[0].text, files[0].analysis);
    assert.deepEqual(index.report(), compareAnalyses(files));
  });

  it('stays consistent with a from-scratch build under any sequence of upserts and removes', () => {
    const pool = [...STORY, ...variants()];
    const op = fc.record({ file: fc.nat({ max: pool.length - 1 }), remove: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const index = new ClaimIndex();
        const live = new Map<string, FileSpec>();
        for (const { file, remove } of ops) {
          const spec = pool[file];
          if (remove) {
            index.remove(spec.path);
            live.delete(spec.path);
          } else {
            const f = fileOf(spec);
            index.upsert(f.path, f.text, f.analysis);
            live.set(spec.path, spec);
          }
          index.groups();
        }
        const expected: CompareReport = compareAnalyses([...live.values()].map(fileOf));
        assert.deepEqual(index.report(), expected);
      }),
      { numRuns: 150 },
    );
  });

  it('survives hostile input', () => {
    const big = '« ' + 'a'.repeat(1_000_000) + ' \u0000\r\n« non fermé ' + 'mot '.repeat(50_000);
    const spec: FileSpec = { path: 'big.txt', text: big, quotes: [{ text: 'a'.repeat(1_000_000) }] };
    const t = Date.now();
    const report = compareAnalyses([fileOf(spec), fileOf({ ...spec, path: 'big2.txt' })]);
    assert.ok(Date.now() - t < 3000);
    assert.deepEqual(report.groups, [], 'a one-word quote is never linked');
  });
});

/** Same paths as STORY with edited texts (a new version of a file), plus extra files. */
function variants(): FileSpec[] {
  const [a, b, c] = STORY;
  return [
    { ...a, quotes: [], numbers: [a.numbers![0]] },
    { ...b, numbers: [{ ...b.numbers![1], value: 15000, qualifier: null }] },
    { ...c, path: 'c2.txt' },
    { path: 'e.txt', text: 'Pour le chef de l’Otan Rutte, la Russie et la Corée du Nord en Ukraine, c’est une « escalade significative ».', quotes: [{ text: 'escalade significative', speaker: 'Rutte' }] },
  ];
}
