/**
 * Recall rules of cross-file linking: syndicated copies, titles against bodies, re-typed and
 * truncated quotes; each with the precision case it must not break.
 */
import * as assert from 'node:assert/strict';
import { compareAnalyses } from '../../src/core/link/index';
import type { ClaimGroup } from '../../src/core/types';
import { type FileSpec, fileOf } from './linkFixtures';

function groupsOf(specs: FileSpec[]): ClaimGroup[] {
  return compareAnalyses(specs.map(fileOf)).groups;
}

const texts = (g: ClaimGroup | undefined): string[] => (g ? g.members.map((m) => `${m.path}:${m.text}`) : []);

/** A shared passage long enough to make two files syndicated copies. */
const WIRE = 'La manifestation organisée samedi dans le centre de Charleroi a réuni des militants venus de toute la province, qui ont défilé derrière une banderole réclamant la baisse des accises sur les carburants, avant de se disperser dans le calme en fin d’après-midi sous la surveillance discrète de la police locale et des services de secours mobilisés pour la journée entière.';

describe('link recall: quotes', () => {
  it('links a quote re-typed with another agreement (engagées / engagés)', () => {
    const [g] = groupsOf([
      { path: 'a.txt', text: 'Selon Washington, les soldats sont « engagées dans des opérations de combat » au Koursk.', quotes: [{ text: 'engagées dans des opérations de combat', speaker: 'Washington', fragment: true }] },
      { path: 'b.txt', text: 'Les troupes sont “engagés dans des opérations de combat”, affirme Washington depuis Kiev.', quotes: [{ text: 'engagés dans des opérations de combat', speaker: 'Washington', fragment: true }] },
    ]);
    assert.deepEqual(texts(g), ['a.txt:engagées dans des opérations de combat', 'b.txt:engagés dans des opérations de combat']);
  });

  it('links a title quote that truncates the speaker’s full quote of the same article, not a phrase inside another speaker’s quote', () => {
    const body = 'Rutte estime que « désarroi croissant » résume la situation. « Le déploiement est un signe du désarroi croissant », a déclaré Mark Rutte lundi à Bruxelles.';
    const a: FileSpec = {
      path: 'a.txt', text: body,
      quotes: [{ text: 'désarroi croissant', speaker: 'Rutte', fragment: true }, { text: 'Le déploiement est un signe du désarroi croissant', speaker: 'Mark Rutte' }],
    };
    const b: FileSpec = { ...a, path: 'b.txt' };
    const quote = groupsOf([a, b]).find((g) => g.members.some((m) => m.text === 'désarroi croissant'));
    assert.equal(quote?.members.length, 4);
    const other: FileSpec = {
      path: 'c.txt', text: 'Kallas parle de « désarroi croissant ». « Il y a un désarroi croissant chez les alliés de Moscou », a dit Kaja Kallas à Bruxelles.',
      quotes: [{ text: 'désarroi croissant', speaker: 'Rutte', fragment: true }, { text: 'Il y a un désarroi croissant chez les alliés de Moscou', speaker: 'Kaja Kallas' }],
    };
    const g = groupsOf([a, other]).find((x) => x.members.some((m) => m.text.startsWith('Il y a')));
    assert.equal(g, undefined);
  });

  it('links a one-word scare quote repeated in a syndicated copy, never across unrelated stories', () => {
    const spec = (path: string, intro: string): FileSpec => ({
      path, text: `${intro}\n${WIRE} Le bourgmestre a jugé l’ambiance « exemplaire » malgré la pluie et les retards.`,
      quotes: [{ text: 'exemplaire', speaker: null, fragment: true }],
    });
    const [g] = groupsOf([spec('a.txt', 'Titre de la DH'), spec('b.txt', 'Titre de La Libre')]);
    assert.deepEqual(g?.members.map((m) => m.path), ['a.txt', 'b.txt']);
    const unrelated: FileSpec = { path: 'c.txt', text: 'À Namur, la saison du club de basket a été « exemplaire » selon son président.', quotes: [{ text: 'exemplaire', speaker: null, fragment: true }] };
    assert.deepEqual(groupsOf([spec('a.txt', 'Titre'), unrelated]), []);
  });
});

describe('link recall: numbers', () => {
  it('links the same figure of the same thing in a title and its body, only within one story', () => {
    const file = (path: string, extra: string): FileSpec => ({
      path,
      text: `Trois photographes visés à Toulouse\nSamedi, trois photographes disent avoir été visés par la police.\n${extra}`,
      numbers: [{ text: 'Trois photographes', value: 3, unit: 'photographes' }, { text: 'trois photographes', value: 3, unit: 'photographes' }],
    });
    const [g] = groupsOf([file('a.txt', WIRE), file('b.txt', WIRE)]);
    assert.equal(g?.members.length, 4);
    const other: FileSpec = {
      path: 'c.txt', text: 'À Namur, trois photographes exposent leurs paysages au musée Rops jusqu’en mars.',
      numbers: [{ text: 'trois photographes', value: 3, unit: 'photographes' }],
    };
    assert.deepEqual(groupsOf([file('a.txt', WIRE), other]), []);
  });

  it('links claims of syndicated copies on shared clause words, and an updated large figure as a conflict', () => {
    const copy = (path: string, figure: string, value: number): FileSpec => ({
      path, text: `${WIRE}\nDix-sept personnes ont par ailleurs été interpellées. L’événement annonçait ${figure} participants inscrits sur le réseau social depuis son lancement.`,
      numbers: [
        { text: 'Dix-sept personnes', value: 17, unit: 'personnes' },
        { text: `${figure} participants`, value, unit: 'participants', qualifier: figure.startsWith('plus') ? 'more-than' : null },
      ],
    });
    const groups = groupsOf([copy('a.txt', '9 300', 9300), copy('b.txt', 'plus de 10 000', 10000)]);
    const people = groups.find((g) => g.members.some((m) => m.value === 17));
    assert.deepEqual(people?.members.map((m) => m.path), ['a.txt', 'b.txt']);
    const updated = groups.find((g) => g.members.some((m) => m.value === 9300));
    assert.equal(updated?.status, 'conflict');
    assert.equal(updated?.members.length, 2);
  });

  it('keeps small counts listed side by side apart in syndicated copies', () => {
    const copy = (path: string, a: string, b: string): FileSpec => ({
      path, text: `${WIRE}\nLa police a identifié ${a} personnes et recherche ${b} personnes dans le cadre de cette enquête.`,
      numbers: [{ text: `${a} personnes`, value: a === 'neuf' ? 9 : 7, unit: 'personnes' }],
    });
    assert.deepEqual(groupsOf([copy('a.txt', 'neuf', 'sept'), copy('b.txt', 'sept', 'neuf')]), []);
  });

  it('links a title figure to the same distinctive figure of people in the body, and unitless figures of copies', () => {
    const a: FileSpec = {
      path: 'a.txt', title: 'Bruxelles: 450 arrestations après la marche',
      text: `Bruxelles: 450 arrestations après la marche\nSamedi, 450 personnes ont été arrêtées après la marche, 6.000 selon la police.\n${WIRE}`,
      numbers: [{ text: '450 arrestations', value: 450, unit: 'arrestations' }, { text: '450 personnes', value: 450, unit: 'personnes' }, { text: '6.000', value: 6000, unit: null }],
    };
    const groups = groupsOf([a, { ...a, path: 'b.txt' }]);
    assert.equal(groups.find((g) => g.members.some((m) => m.value === 450))?.members.length, 4);
    assert.equal(groups.find((g) => g.members.some((m) => m.value === 6000))?.members.length, 2);
    // In the body, the same figure of people and of another thing are two quantities.
    const body: FileSpec = { ...a, title: 'Une marche à Bruxelles' };
    assert.ok(!groupsOf([body, { ...body, path: 'b.txt' }]).some((g) => new Set(g.members.map((m) => m.text)).size > 1));
    const lone: FileSpec = {
      path: 'c.txt', text: 'Le club de Mons a vendu 6.000 abonnements avant le début de la saison de football.',
      numbers: [{ text: '6.000', value: 6000, unit: null }],
    };
    assert.ok(!groupsOf([a, lone]).some((g) => g.members.some((m) => m.value === 6000)));
  });

  it('links an approximate age repeated in the same words, an exact age only in the same clause', () => {
    const copy = (path: string): FileSpec => ({
      path,
      text: `Un homme, une cinquantaine d’années, heurté\n${WIRE}\nRoger, âgé d’une cinquantaine d’années, est mort.\nLe conducteur, un homme de 20 ans originaire de Liège, a été entendu par la police.`,
      numbers: [
        { text: 'une cinquantaine d’années', value: 50, unit: 'années', qualifier: 'about' },
        { text: 'd’une cinquantaine d’années', value: 50, unit: 'années', qualifier: 'about' },
        { text: '20 ans', value: 20, unit: 'ans' },
      ],
    });
    const one = copy('a.txt');
    const single = { ...one, path: 'b.txt', text: one.text.replace('Un homme, une cinquantaine d’années, heurté', 'Un homme de 20 ans, heurté') };
    const groups = groupsOf([one, copy('c.txt')]);
    assert.equal(groups.find((g) => g.members.some((m) => m.value === 50))?.members.length, 4);
    assert.deepEqual(texts(groups.find((g) => g.members.some((m) => m.value === 20))), ['a.txt:20 ans', 'c.txt:20 ans']);
    // An exact generic figure ("20 ans") in another clause (here a title) is not the same claim.
    assert.ok(!groupsOf([single, copy('c.txt')]).some((g) => g.members.some((m) => m.value === 20)));
  });
});
