import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('fr');

describe('attribution: press reporting syntax (third round)', () => {
  it('an inverted reflexive cue with an adverbial phrase before the subject', () => {
    const t = 'Giselle Rosano est venue avec sa fille.\n\n« Je ne reconnais plus mon quartier », s’inquiète non loin de là Giselle Rosano, retraitée.';
    assert.equal(speakerOf(t, 'Je ne reconnais'), 'Giselle Rosano');
  });

  it('inverted manner verbs (soupirer) resolve their pronoun', () => {
    assert.equal(speakerOf('Marie Dupont est infirmière. « On est épuisés », soupire-t-elle.', 'On est'), 'Marie Dupont');
  });

  it('the euphonic t with a missing second hyphen ("lâche-t elle")', () => {
    assert.equal(speakerOf('Marie Dupont est infirmière. « On est épuisés », lâche-t elle.', 'On est'), 'Marie Dupont');
  });

  it('a typographic hyphen (U+2010) in an inverted pronoun ("poursuit‐il")', () => {
    assert.equal(speakerOf('Paul Martin est chauffeur. « On continue demain », poursuit\u2010il.', 'On continue'), 'Paul Martin');
  });

  it('"pour" + person with an apposition right after the quote', () => {
    const t = '« Triste jour », pour le président américain Donald Trump, qui a estimé que la France avait tort.';
    assert.equal(speakerOf(t, 'Triste'), 'Donald Trump');
  });

  it('a role subject with a copula and a stance adjective resolves to the person of that role', () => {
    const t = 'Le journaliste Jean Morel était sur place. Le journaliste est formel : « Il n’y avait aucun casseur. »';
    assert.equal(speakerOf(t, 'Il n’y avait'), 'Jean Morel');
  });

  it('"Il dit « … »": dire with the quote as object takes the current subject', () => {
    assert.equal(speakerOf('Le ministre Pierre Blanc a parlé lundi. Il dit « ne rien regretter ».', 'ne rien'), 'Pierre Blanc');
  });

  it('a quoted complement of attribuer is the subject’s word', () => {
    assert.equal(speakerOf('Le ministre Pierre Blanc avait attribué les violences à des « séditieux ».', 'séditieux'), 'Pierre Blanc');
  });

  it('a bare "dit" before a quote without a subject pronoun stays a nickname', () => {
    assert.equal(speakerOf('Jean-Louis Denis, dit « le soumis », est arrivé hier.', 'le soumis'), null);
  });
});
