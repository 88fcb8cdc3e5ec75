/**
 * Antecedents of pronouns and short names: a role left without its name ("Interior minister said"),
 * a lone surname heading a sentence ("Macron rushed back … He promised"), a person named after a body
 * speaker, a full name indexed under its surname even when a place runs into it.
 */
import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

const en = speakerFinder('en');
const fr = speakerFinder('fr');

describe('speaker antecedents', () => {
  it('a bare role whose name the page dropped is someone a later "he" stands for', () => {
    const text = 'Protesters gathered on the Champs Elysees. Interior minister said the protest was small. “They came to attack Paris,” he said.';
    assert.equal(en(text, 'They came'), 'Interior minister');
    assert.equal(en('Police spokesman told reporters the march was “calm and peaceful all day long”.', 'calm'), 'Police spokesman');
  });

  it('a glued caption credit is no role ("EPAFrench president")', () => {
    const text = '“We will win,” said John Smith. Photo: Michel Euler/EPAFrench president has called on people to stay calm. “We are calm,” he said.';
    assert.equal(en(text, 'We are calm'), 'John Smith');
  });

  it('he/she takes a lone surname heading the sentence just before', () => {
    const text = '“Before, they scared everybody,” a protester called John told Le Monde. Macron rushed back to Paris on Saturday. He promised to take “strong, additional decisions” to stop it. “A lot has been done,” he continued.';
    assert.equal(en(text, 'strong'), 'Macron');
    assert.equal(en(text, 'A lot'), 'Macron');
    const fr1 = '« Nous restons », a dit Jean Dupont. Castaner a promis des renforts samedi. « Nous serons fermes », a-t-il ajouté.';
    assert.equal(fr(fr1, 'Nous serons'), 'Castaner');
  });

  it('a capitalised common noun or a non-verb after the word is no antecedent', () => {
    const text = '“We are calm,” said John Smith. Protesters gathered in the square. “It will not stop,” he said. The protesters came back.';
    assert.equal(en(text, 'It will'), 'John Smith');
    const text2 = '“We are ready,” said Anne Hidalgo. Municipal buildings will be closed on Saturday. “Everyone is mobilised,” she said.';
    assert.equal(en(text2, 'Everyone'), 'Anne Hidalgo');
    const text3 = '“We are ready,” said John Smith. Paris is calm on Sunday. “Nothing will happen,” he said.';
    assert.equal(en(text3, 'Nothing'), 'John Smith');
  });

  it('il after a body speaker takes a person named in full in a later sentence', () => {
    const text = 'Le Kremlin a démenti. Facebook est pointé du doigt par l’ex-patron des renseignements, Robert Hannigan. Dans une interview, il déclare que « Facebook pourrait menacer la démocratie ».';
    assert.equal(fr(text, 'Facebook'), 'Robert Hannigan');
  });

  it('a person named in the body speaker’s own sentence is not taken', () => {
    const text = 'Le vice-ministre a déclaré à l’ambassadeur russe, Georgui Zinoviev, que la livraison « constitue une menace importante pour la sécurité ». Il a également « souligné que ces actions violent les résolutions du Conseil » de sécurité.';
    assert.equal(fr(text, 'souligné'), 'Le vice-ministre');
  });

  it('a surname alone maps to the full name even when a place ran into it once', () => {
    const text = 'Le dispositif est levé, a confirmé le gouverneur de la province de Hainaut Tommy Leclercq. « Le dispositif a été levé, mais pas démantelé », poursuit M. Leclercq.';
    assert.equal(fr(text, 'Le dispositif a'), 'Tommy Leclercq');
    const en2 = 'Tommy Leclercq met Anna Leclercq on Monday. “It was lifted, not dismantled,” Mr Leclercq said.';
    assert.equal(en(en2, 'It was lifted'), 'Leclercq'); // two people share the surname: left as written
  });
});
