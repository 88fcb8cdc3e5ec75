import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { isMovementLabel } from '../../src/core/quotes/frLabels';
import { claimWithInfinitive } from '../../src/core/quotes/frInfinitive';
import { tokenize } from '../../src/core/quotes/tokens';

const speakerOf = speakerFinder('fr');

describe('attribution (fr): a quoted movement name has no speaker', () => {
  it('recognises garment + colour names, any case and number', () => {
    assert.ok(isMovementLabel('gilets jaunes'));
    assert.ok(isMovementLabel('Bonnet Rouge'));
    assert.ok(isMovementLabel('blouses\u00a0blanches'));
    assert.ok(!isMovementLabel('réponse ferme'));
    assert.ok(!isMovementLabel('gilets jaunes, ils arrivent'));
    assert.ok(!isMovementLabel('les gilets jaunes du rond-point'));
  });

  it('the reporting verb of the sentence does not make the label its words', () => {
    const t = 'Une cellule d’écoute a été ouverte pour les « stylos rouges » du collège, a précisé la direction.';
    assert.equal(speakerOf(t, 'stylos'), null);
  });

  it('a movement name inside a noun phrase reads as its words: the phrase can speak', () => {
    const t = '« On se sent de moins en moins nombreux, c’est décevant », regrette un « bonnet rouge » breton.';
    assert.equal(speakerOf(t, 'On se sent'), 'un « bonnet rouge » breton');
    assert.equal(speakerOf(t, 'bonnet rouge'), null);
  });

  it('an attributed scare quote that is no movement name keeps its speaker', () => {
    const t = 'Le ministre a promis une « réaction rapide », a indiqué son cabinet.';
    assert.equal(speakerOf(t, 'réaction'), 'son cabinet');
  });
});

describe('attribution (fr): a sentence presenting someone, then a cue-less quote', () => {
  it('the named subject of the sentence before speaks', () => {
    const t = 'La discussion se poursuit. Paul Lambert remet en cause le calendrier officiel. « Rien ne sera prêt avant le printemps prochain, c’est certain. »';
    assert.equal(speakerOf(t, 'Rien ne sera'), 'Paul Lambert');
  });

  it('after a short opening adverbial', () => {
    const t = 'Là encore, Paul Lambert conteste les chiffres. « Personne ne les a vérifiés sérieusement jusqu’ici. »';
    assert.equal(speakerOf(t, 'Personne ne'), 'Paul Lambert');
  });

  it('a pronoun subject resolves to the person named before', () => {
    const t = '« Nous irons jusqu’au bout », a déclaré Sophie Marchal. M. Jean Petit, le préfet, était absent. Elle minimise pourtant les risques. « Il n’y a aucun danger pour les riverains du site. »';
    assert.equal(speakerOf(t, 'Il n’y a'), 'Sophie Marchal');
  });

  it('only the very next sentence continues the presented person', () => {
    const t = 'Paul Lambert conteste le calendrier. La commune a voté le budget hier soir. « Rien ne sera prêt avant le printemps prochain, c’est certain. »';
    assert.equal(speakerOf(t, 'Rien ne sera'), null);
  });

  it('a sentence led by a description, or a state with être, presents no one', () => {
    assert.equal(speakerOf('La commune conteste le calendrier. « Rien ne sera prêt avant le printemps prochain, c’est certain. »', 'Rien ne sera'), null);
    assert.equal(speakerOf('Puis Paul Lambert est arrivé sur place. « Rien ne sera prêt avant le printemps prochain, c’est certain. »', 'Rien ne sera'), null);
  });

  it('the presented person goes on speaking in the following quote sentences', () => {
    const t = 'Paul Lambert conteste le calendrier. « Rien ne sera prêt avant le printemps prochain. » « Les entreprises manquent de bras depuis des mois. »';
    assert.equal(speakerOf(t, 'Les entreprises'), 'Paul Lambert');
  });
});

describe('attribution (fr): a claim verb followed by an infinitive', () => {
  const T = (s: string) => tokenize(s, 0, s.length, []);

  it('detects the infinitive, with negation or an elided pronoun', () => {
    assert.ok(claimWithInfinitive('dit', T('dit vouloir partir'), 1));
    assert.ok(claimWithInfinitive('assure', T('assure ne pas savoir'), 1));
    assert.ok(claimWithInfinitive('estime', T('estime s’inquiéter'), 1));
    assert.ok(!claimWithInfinitive('dit', T('dit hier soir'), 1));
    assert.ok(!claimWithInfinitive('note', T('note rester'), 1));
  });

  it('"X dit rejeter …, « … »" gives the later quote to X', () => {
    const t = 'La fédération dit rejeter cette réforme et demande « un vrai dialogue avec les travailleurs du secteur ».';
    assert.equal(speakerOf(t, 'un vrai dialogue'), 'La fédération');
  });

  it('a named subject', () => {
    const t = 'Le maire Jean Dupont dit respecter chaque opinion, « même quand elle dérange beaucoup de monde ».';
    assert.equal(speakerOf(t, 'même quand'), 'Jean Dupont');
  });
});

describe('attribution (fr): more reporting verbs', () => {
  it('an inverted "ordonne" after a quote', () => {
    const t = '« Quittez la salle immédiatement, je vous prie », lui ordonne Claire Vidal, la présidente du conseil.';
    assert.equal(speakerOf(t, 'Quittez'), 'Claire Vidal');
  });

  it('"a ordonné" orders, it does not report words', () => {
    const t = 'Le tribunal a ordonné la fermeture du site pour « menace grave » sur la santé.';
    assert.equal(speakerOf(t, 'menace'), null);
  });

  it('the open-e present of relever and asséner', () => {
    assert.equal(speakerOf('« Ce chiffre est faux », relève Marc Henrion.', 'Ce chiffre'), 'Marc Henrion');
    assert.equal(speakerOf('« Ce chiffre est faux », assène Marc Henrion.', 'Ce chiffre'), 'Marc Henrion');
  });
});

describe('attribution (fr): a reporting verb away from its subject', () => {
  it('"… et scandaient « … »": a coordinated verb takes the sentence subject', () => {
    const t = 'Les grévistes ont bloqué le carrefour et scandaient « Du travail pour tous » devant la gare.';
    assert.equal(speakerOf(t, 'Du travail'), 'Les grévistes');
  });

  it('"… et a ajouté que « … »" with a compound verb', () => {
    const t = 'La ministre Anne Roy a reçu les délégués et a ajouté que « rien ne changera avant l’été prochain ».';
    assert.equal(speakerOf(t, 'rien ne changera'), 'Anne Roy');
  });

  it('"par X, qui affirme que « … »": the noun phrase before the relative speaks', () => {
    const t = 'Le chiffre a été vérifié par l’institut Statmark, qui affirme que « la hausse est réelle depuis trois ans ».';
    assert.equal(speakerOf(t, 'la hausse'), 'l’institut Statmark'); // the body as its noun phrase
  });

  it('a sentence-opening adverb is no antecedent of "qui"', () => {
    const t = 'Enfin, qui dit « réforme » dit aussi « moyens » pour la mener.';
    assert.equal(speakerOf(t, 'réforme'), null);
  });

  it('a coordinated verb without a clear subject names no one', () => {
    const t = 'Un « casseur » a été arrêté et juge que « tout cela est injuste pour lui ».';
    assert.equal(speakerOf(t, 'tout cela'), null);
  });
});
