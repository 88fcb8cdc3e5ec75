/**
 * Descriptions as speakers (GUIDELINES: descriptions resolve to the last person named as speaker):
 * person nouns beyond role titles ("l’acteur", "la chroniqueuse", "l’Américain"), a definite
 * description taking back an indefinite first mention's wording, "la société" for the last
 * organisation, and speaker phrases that are complete noun phrases.
 */
import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { isOrgNoun, isPersonNoun } from '../../src/core/quotes/persons';

const en = speakerFinder('en');
const fr = speakerFinder('fr');

describe('speaker descriptions', () => {
  it('reads person nouns from a list, a few suffixes and capitalised demonyms', () => {
    for (const [w, written] of [['acteur', 'acteur'], ['quinquagénaire', 'quinquagénaire'], ['chroniqueuse', 'chroniqueuse'], ['américain', 'Américain'], ['liégeois', 'Liégeois'], ['diplomat', 'diplomat']]) assert.ok(isPersonNoun(w, written), w);
    for (const [w, written] of [['secteur', 'secteur'], ['liste', 'liste'], ['parisien', 'Parisien'], ['américain', 'américain'], ['dialogue', 'dialogue']]) assert.ok(!isPersonNoun(w, written), w);
    assert.ok(isOrgNoun('société') && isOrgNoun('company') && !isOrgNoun('group'));
  });

  it('an occupation or age description takes the person who spoke before', () => {
    const t1 = '« Je suis désolé », a déclaré Franck Dubosc dimanche. « Je ne voulais blesser personne », a poursuivi l’acteur.';
    assert.equal(fr(t1, 'Je ne voulais'), 'Franck Dubosc');
    const t2 = '« Nous irons jusqu’au bout », a dit Jean Martin. « On ne lâchera rien », insiste le quinquagénaire.';
    assert.equal(fr(t2, 'On ne lâchera'), 'Jean Martin');
    const t3 = '“We want a deal,” Donald Trump said on Monday. “It will be great,” the American added.';
    assert.equal(en(t3, 'It will be'), 'Donald Trump');
  });

  it('a feminine description skips a man it cannot designate', () => {
    const t = 'Mme Claire Dubois a pris la parole. « Je pars », a-t-elle dit. « C’est fini », a déclaré M. Paul Leroy. « Je reste libre », affirme la chroniqueuse.';
    assert.notEqual(fr(t, 'Je reste'), 'Paul Leroy');
  });

  it('"the spokeswoman" takes back the indefinite first mention as written', () => {
    const t = '“The road is closed,” a city spokeswoman said. Mayor John Brown visited the site. “We will reopen it soon,” the spokeswoman said.';
    assert.equal(en(t, 'We will reopen'), 'a city spokeswoman');
    const t2 = '“The treaty is a step,” an adviser to Macron said. “It binds both countries,” the adviser said.';
    assert.equal(en(t2, 'The treaty'), 'an adviser to Macron');
    assert.equal(en(t2, 'It binds'), 'an adviser to Macron');
  });

  it('a description followed by a restrictive "who" clause is someone new', () => {
    const t = '“The police cannot plan,” said Philippe Capon. “They defend everybody,” said the taxi driver who took me on a tour.';
    assert.equal(en(t, 'They defend'), 'the taxi driver');
  });

  it('"la société" / "the company" is the last organisation that spoke', () => {
    const t = '« Nous fermons deux usines », a annoncé Renault jeudi. « Aucun licenciement n’est prévu », a précisé la société.';
    assert.equal(fr(t, 'Aucun'), 'Renault');
    const t2 = '“Sales fell,” Volkswagen said. “Prices will rise,” the company added.';
    assert.equal(en(t2, 'Prices'), 'Volkswagen');
    const t3 = '« Les prix montent », a dit la société.';
    assert.equal(fr(t3, 'Les prix'), 'la société');
  });

  it('a speaker phrase never ends on a pronoun or a preposition', () => {
    assert.equal(fr('Sans détour, la chroniqueuse nous confie : « J’étais épuisée ».', 'J’étais'), 'la chroniqueuse');
    assert.equal(fr('Cette figure des « gilets jaunes » va plus loin, affirmant que « sa vie est en danger ».', 'sa vie'), 'Cette figure des « gilets jaunes »');
    assert.equal(fr('Pour sa part, le Journal du dimanche a affirmé qu’un photographe « a été frappé ».', 'a été'), 'le Journal du dimanche');
    assert.equal(en('“This is a critical time,” said a source close to President Macron.', 'This is'), 'a source close to President Macron');
  });
});

describe('speaker of an interview-style article', () => {
  const lead = 'Marie Lambert raconte sa colère\n\nMarie Lambert a manifesté samedi à Namur. « Nous étions là pour nos enfants », a-t-elle dit. « Personne ne nous écoute », a ajouté Marie Lambert.\n\n';
  const gap = 'La manifestation a duré trois heures.\n\nLe cortège est ensuite reparti vers la gare.\n\n';
  const statement = '« Je ne compte pas rentrer chez moi avant que le gouvernement nous reçoive enfin. »\n';
  it('a cue-less full statement goes to the one person the article quotes', () => {
    assert.equal(fr(lead + gap + statement, 'Je ne compte'), 'Marie Lambert');
  });

  it('not when another person speaks, nor for a short phrase', () => {
    const two = `${lead}« C’est calme », a dit Paul Henry.\n\n${gap}${statement}`;
    assert.equal(fr(two, 'Je ne compte'), null);
    assert.equal(fr(`${lead}${gap}« Colère froide. »\n`, 'Colère froide'), null);
  });
});
