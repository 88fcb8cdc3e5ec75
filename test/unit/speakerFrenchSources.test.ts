import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { isPersonNoun } from '../../src/core/quotes/persons';

const speakerOf = speakerFinder('fr');

describe('attribution (fr): sources named around the verb', () => {
  it('an apposed subject after an opening adverbial governs "que" (no inversion before a clause)', () => {
    const t = 'Mardi soir, Paul Verdier, le ministre des Sports, expliquait sur une radio locale que le stade resterait « fermé jusqu’à nouvel ordre ».';
    assert.equal(speakerOf(t, 'fermé'), 'Paul Verdier');
  });

  it('an incise after a quote still inverts', () => {
    const t = '« Nous rouvrirons dès lundi », a expliqué, sur une radio locale, la directrice Anne Morel.';
    assert.equal(speakerOf(t, 'Nous rouvrirons'), 'Anne Morel');
  });

  it('"comme l’explique X" and "comme le souligne X" before a quote name X', () => {
    assert.equal(speakerOf('Comme l’explique Le Courrier, « la réforme a surpris tout le monde au ministère ».', 'la réforme'), 'Le Courrier');
    assert.equal(speakerOf('Comme le souligne la juge Claire Mathieu, « aucune preuve n’a été apportée au dossier ».', 'aucune preuve'), 'Claire Mathieu');
  });

  it('"selon les termes de X" / "selon les mots de X" name X, not the words', () => {
    assert.equal(speakerOf('La taxe serait « une erreur historique pour le pays », selon les mots de Louise Garnier.', 'une erreur'), 'Louise Garnier');
    assert.equal(speakerOf('Ce sont des « électeurs en rupture avec les partis », selon les termes utilisés par l’institut Lumen.', 'électeurs'), 'l’institut Lumen');
  });
});

describe('attribution (fr): bodies and former holders', () => {
  it('a name after an organisation noun is the body, and a study of it speaks for it', () => {
    assert.equal(speakerOf('Le soutien reste « très élevé dans les campagnes », selon une étude de la fondation Marcel-Dupuis.', 'très élevé'), 'la fondation Marcel-Dupuis');
    assert.equal(speakerOf('« Nous ne fermerons aucun site », affirme le groupe Tollens.', 'Nous ne'), 'le groupe Tollens');
  });

  it('"l’ex-…" descriptions are persons and resolve to the last speaker', () => {
    assert.ok(isPersonNoun('ex-chargé', 'ex-chargé'));
    assert.ok(isPersonNoun('ex-ministre', 'ex-ministre'));
    assert.ok(!isPersonNoun('ex-libris', 'ex-libris'));
    const t = 'Marc Lenoir affirme avoir tout dit. « J’ai rendu compte de chaque voyage », dit-il. « On me reproche des choses absurdes », accuse l’ex-chargé de mission.';
    assert.equal(speakerOf(t, 'On me reproche'), 'Marc Lenoir');
  });
});

describe('attribution (fr): quoted programme and paper titles', () => {
  it('a short quote after a media noun is a title with no speaker', () => {
    const t = '« Je lui conseille de se rendre », a précisé Jacques Morin au micro de « Radio Matin ».';
    assert.equal(speakerOf(t, 'Radio Matin'), null);
    assert.equal(speakerOf(t, 'Je lui'), 'Jacques Morin');
    assert.equal(speakerOf('Dans l’émission « Le Grand Débat », la ministre a défendu son texte, a rapporté Marie Claes.', 'Le Grand'), null);
  });

  it('a quote after a media noun that is a statement keeps its speaker', () => {
    const t = 'Il l’a redit au micro : « Nous ne reculerons sur aucun point de cette réforme, jamais », a lancé Pierre Olin.';
    assert.equal(speakerOf(t, 'Nous ne reculerons'), 'Pierre Olin');
  });
});
