import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { groupAntecedent, latterPlural } from '../../src/core/quotes/frGroups';
import { possessorOf } from '../../src/core/quotes/frPossessor';

const speakerOf = speakerFinder('fr');

describe('attribution (fr): group antecedents', () => {
  it('"les grévistes" takes up the quantified group introduced just before', () => {
    const t = 'Devant l’usine, une trentaine de grévistes ont bloqué l’entrée. « On ne bougera pas d’ici », lançaient les grévistes aux passants.';
    assert.equal(speakerOf(t, 'On ne bougera'), 'une trentaine de grévistes');
  });

  it('reads the introducing quantifier, and nothing without one', () => {
    const t = 'Plusieurs riverains se sont plaints. Puis les riverains ont parlé.';
    assert.equal(groupAntecedent(t, t.indexOf('les riverains'), 'les riverains'), 'Plusieurs riverains');
    const u = 'Des riverains se sont plaints. Puis les riverains ont parlé.';
    assert.equal(groupAntecedent(u, u.indexOf('les riverains'), 'les riverains'), null);
    const v = 'Au total, 300 cyclistes sont partis. Les cyclistes ont ri.';
    assert.equal(groupAntecedent(v, v.indexOf('Les cyclistes'), 'Les cyclistes'), '300 cyclistes');
  });

  it('"ces derniers" is the latest plural phrase, quote marks dropped', () => {
    const t = 'La place est le rendez-vous des badauds mais aussi pour des « bonnets rouges », venus de Bretagne. Ces derniers ont promis d’y organiser « une fête calme et joyeuse ».';
    assert.equal(latterPlural(t, t.indexOf('Ces derniers')), 'des bonnets rouges');
    assert.equal(speakerOf(t, 'une fête'), 'des bonnets rouges');
  });
});

describe('attribution (fr): a possessed writing speaks for its owner', () => {
  it('"Son texte" is the author named before', () => {
    const t = 'J’ouvre le recueil et tombe sur Paul Verlaine, un poète français. Son texte débute ainsi : « Les sanglots longs des violons de l’automne blessent mon cœur. »';
    assert.equal(speakerOf(t, 'Les sanglots'), 'Paul Verlaine');
  });

  it('reads possessed writings only', () => {
    assert.equal(possessorOf('Son texte'), 'il');
    assert.equal(possessorOf('le descriptif de leur page Facebook'), 'ils');
    assert.equal(possessorOf('son avocat'), null);
    assert.equal(possessorOf('le texte du gouvernement'), null);
  });
});

describe('attribution (fr): continuation after a connective', () => {
  it('"Puis, « … »" continues the last speaker', () => {
    const t = 'Dans une interview, Marc Dorval explique avoir d’abord crié, « pour qu’il s’arrête ». Puis, « je lui ai pris le bras, car il allait tomber ».';
    assert.equal(speakerOf(t, 'je lui ai'), 'Marc Dorval');
  });

  it('a quoted subject after "Et" is no continuation', () => {
    const t = '« Nous voulons être entendus », a dit Marc Dorval. Et « les dossiers en retard » du ministère s’accumulent encore.';
    assert.equal(speakerOf(t, 'les dossiers'), null);
  });
});

describe('attribution (fr): a police officer may be a commandant', () => {
  it('"Le policier" resolves to the commandant named in apposition', () => {
    const t = 'Le policier filmé, Marc Dorval, commandant divisionnaire, sera décoré. « J’ai agi pour protéger mes hommes », explique M. Dorval. Le policier assure connaître cet homme, « qui est un multirécidiviste bien connu ».';
    assert.equal(speakerOf(t, 'qui est un'), 'Marc Dorval');
  });
});

describe('attribution (fr): an occupation does not exclude an office', () => {
  it('"l’écrivaine" may be the secretary of state who spoke', () => {
    const t = 'La secrétaire d’État Lucie Marchal a porté plainte. Dans une interview, elle a expliqué son choix. « J’ai déposé une plainte, ce n’est pas la première », a raconté l’écrivaine.';
    assert.equal(speakerOf(t, 'J’ai déposé'), 'Lucie Marchal');
  });

  it('an occupation with another domain is someone else', () => {
    const t = '« Rome paiera cher cette crise », estime Marco Ricci, directeur de la revue Orbis. « L’escalade était attendue », écrit pour sa part l’éditorialiste du quotidien La Gazzetta.';
    assert.equal(speakerOf(t, 'L’escalade'), 'l’éditorialiste du quotidien La Gazzetta');
  });
});
