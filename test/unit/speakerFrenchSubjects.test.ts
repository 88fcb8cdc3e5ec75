import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

const speakerOf = speakerFinder('fr');

describe('attribution (fr): subjects behind a fronted role', () => {
  it('"Policier à Namur, X, …, déplore" makes X the subject a later "il" takes up', () => {
    const t = '« La ville se cache derrière ce prétexte », a dit Paul Mertens. Policier à Namur, Luc Dorval, l’un des fondateurs du collectif, déplore lui aussi cette interdiction. « Il n’y a jamais eu le moindre incident, explique-t-il. Nous ne bloquons rien. »';
    assert.equal(speakerOf(t, 'Il n’y a'), 'Luc Dorval');
  });
});

describe('attribution (fr): claim verbs with an infinitive after an adverbial', () => {
  it('"X précise dans un communiqué être …" makes X speak the quote that follows', () => {
    const t = 'Tollens précise dans un communiqué être mobilisée « pour rétablir au plus vite le service sur toute la ligne ».';
    assert.equal(speakerOf(t, 'pour rétablir'), 'Tollens');
  });

  it('a noun after a determiner is no infinitive', () => {
    const t = 'Le groupe précise à la frontière « des contrôles renforcés ».';
    assert.equal(speakerOf(t, 'des contrôles'), null);
  });
});

describe('attribution (fr): where "on" speaks and who speaks inside a quote', () => {
  it('"souligne-t-on du côté de la police locale" is the local police', () => {
    const t = '« On ne déplore pas d’incidents majeurs ce week-end », souligne-t-on du côté de la police locale.';
    assert.equal(speakerOf(t, 'On ne déplore'), 'la police locale');
  });

  it('an incise naming a person with a common noun speaks ("témoigne une commerçante")', () => {
    const t = '« Le problème, témoigne une commerçante de la rue, c’est que nous ne sommes pas protégés contre les casseurs. »';
    assert.equal(speakerOf(t, 'Le problème'), 'une commerçante de la rue');
    assert.equal(speakerOf('« Le soleil, dit la chanson, revient toujours après la pluie. »', 'Le soleil'), null);
  });

  it('"le même gérant" is the manager who spoke before', () => {
    const t = '« Nous fermons samedi, témoigne un gérant de la boutique. C’est plus prudent. » La rue est calme. « Nous avions ouvert la semaine passée, témoigne le même gérant. Puis tout a dégénéré. »';
    assert.equal(speakerOf(t, 'Nous avions'), 'un gérant de la boutique');
  });
});

describe('attribution (fr): more verbs and demonstratives', () => {
  it('"X se demande lui « … »": an emphatic pronoun between the verb and its quote', () => {
    const t = 'Le politologue Paul Mertens se demande lui « quelle est la part des déçus de la droite » parmi eux.';
    assert.equal(speakerOf(t, 'quelle est'), 'Paul Mertens');
  });

  it('"avait proféré cet homme" reports words; "cet homme" is not a speaker quoted sentences before', () => {
    const t = '« Il ne comprend rien à ces poursuites », a dit Me Paul Mertens. Selon lui, son client est abattu. Le suspect, un vendeur de 36 ans, est le plus visible sur les vidéos, selon une source policière. Les insultes ont choqué. « Espèce de traître », avait notamment proféré cet homme.';
    assert.equal(speakerOf(t, 'Espèce de'), 'cet homme');
  });
});

describe('attribution (fr): a comma closing a relative clause is no incise', () => {
  it('"L’avocat du chauffeur dont …, critique la police." does not make the police speak', () => {
    const t = 'L’avocat du chauffeur dont le camion a renversé un manifestant à Liège, critique la police locale. « Pourquoi ne protège-t-elle pas les routiers ? »';
    assert.notEqual(speakerOf(t, 'Pourquoi ne'), 'la police locale');
    assert.equal(speakerOf('« Nous ne céderons pas », critique la police locale.', 'Nous ne'), 'la police locale');
  });
});

describe('attribution (fr): a quote opening with the reporting verb', () => {
  it('"le préfet « appelle … »" gives the quote to the prefect, not to the sub-prefect quoted before', () => {
    const t = '« La situation est sous contrôle », a déclaré Anne Morel, sous-préfet de la Meuse. Dans un communiqué, le préfet de la Meuse « appelle à nouveau les manifestants au calme ».';
    assert.equal(speakerOf(t, 'appelle'), 'le préfet de la Meuse');
  });

  it('a quote opening with another word after a noun phrase has no such speaker', () => {
    assert.equal(speakerOf('Le préfet de la Meuse « toujours prudent » reste à son bureau.', 'toujours'), null);
  });
});
