import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('fr');

describe('attribution: fourth round (adverbs, role synonyms, appositions, scraped names)', () => {
  it('an adverb in -ment between auxiliary and participle', () => {
    const t = 'Le texte sera revu. « Nous maintenons toutes les mesures », a finalement affirmé Matignon à la presse.';
    assert.equal(speakerOf(t, 'Nous maintenons'), 'Matignon');
    const u = '« Le calme est revenu », a longuement expliqué le gouverneur Paul Lenoir.';
    assert.equal(speakerOf(u, 'Le calme'), 'Paul Lenoir');
  });

  it('"la magistrate" is the judge, prosecutor or prosecution spokeswoman named before', () => {
    const t = '« Il a été arrêté hier », a déclaré Julie Martin, porte-parole du parquet.\n\n« La police me l’a confirmé », a ajouté la magistrate.';
    assert.equal(speakerOf(t, 'La police me'), 'Julie Martin');
    const u = 'La juge Anne Petit a parlé lundi. « Le dossier avance », a précisé la magistrate.';
    assert.equal(speakerOf(u, 'Le dossier'), 'Anne Petit');
  });

  it('"le maïeur" is the bourgmestre named before, even "de la commune"', () => {
    const t = 'Un homme est mort, a confirmé samedi le bourgmestre de Dinant, Luc Dubois. Selon le maïeur de la commune, « tout est sous contrôle ».';
    assert.equal(speakerOf(t, 'tout est'), 'Luc Dubois');
  });

  it('name, age, job from a place: the name speaks, not the place', () => {
    assert.equal(speakerOf('Claire, 33, a teacher from Lyon, said: “We are tired.”', 'We are', 'en'), 'Claire');
    const t = 'Pierre, 54, a nurse from rural Normandy, described the scene.\n\nShe said: “It was very calm.”';
    assert.equal(speakerOf(t, 'It was', 'en'), 'Pierre');
  });

  it('a catenative verb ends the subject of a trailing "lançant :"', () => {
    const t = 'Le patron d’un autre petit café accepte de vendre un gilet, lançant toutefois : « Cachez-les vite ! »';
    assert.equal(speakerOf(t, 'Cachez'), 'Le patron d’un autre petit café');
  });

  it('a scraped name before ", deputy director of …": the role phrase is the speaker', () => {
    const t = 'The ruling was “a disgrace and a shame for all”, said , deputy director of the Europe division at Amnesty.';
    assert.equal(speakerOf(t, 'a disgrace', 'en'), 'deputy director of the Europe division at Amnesty'); // the whole noun phrase, its organisation included
    const u = '“We will appeal this ruling”, said Mr Smith, the lawyer.';
    assert.equal(speakerOf(u, 'We will', 'en'), 'Smith'); // an ordinary name after the verb is untouched
  });

  it('"Name : « … », avait-il twitté" is that name, not a body spoken before; "Et d’ajouter" follows it', () => {
    const t = 'Le ministère a annoncé mardi renoncer aux aides.\n\nCette annonce avait suscité la colère du député Jean Roux : « Renoncer est une erreur », avait-il twitté. Et d’ajouter : « Je le dirai au ministre. »';
    assert.equal(speakerOf(t, 'Renoncer'), 'Jean Roux');
    assert.equal(speakerOf(t, 'Je le dirai'), 'Jean Roux');
  });

  it('a gerund opening the sentence ("En expliquant que « … »") continues the last speaker', () => {
    const t = '« Nous maintenons les mesures », a affirmé Matignon. En expliquant que « la transition sera un enjeu clef du débat ».';
    assert.equal(speakerOf(t, 'la transition'), 'Matignon');
  });

  it('a role between commas with nothing before it (scraped name) is the speaker, not the person named before', () => {
    const t = 'President Paul Grant spoke on Monday. “The plan is a mistake,” he said. The talks stalled., foreign ministry spokesman, denied the plot, calling it “a misunderstanding about a thing that does not exist”.';
    assert.equal(speakerOf(t, 'a misunderstanding', 'en'), 'foreign ministry spokesman');
    const u = 'The talks stalled. “We are ready to talk,” , president of the conservative party, told the radio.';
    assert.equal(speakerOf(u, 'We are ready', 'en'), 'president of the conservative party');
    const v = 'Paul Grant arrived. “We are ready to talk,” the minister said.';
    assert.equal(speakerOf(v, 'We are ready', 'en'), 'Paul Grant'); // no comma before the verb: an ordinary description
  });
});

