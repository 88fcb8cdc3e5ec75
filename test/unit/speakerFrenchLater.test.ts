import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { roleHolderNamed } from '../../src/core/quotes/frRoleHolder';

const speakerOf = speakerFinder('fr');

describe('attribution (fr): a description or surname resolved to the name given elsewhere', () => {
  it('finds the one name set in apposition with a role phrase, before or after it', () => {
    const after = 'Le juge a parlé. Paul Lemaire, procureur du Roi à Namur, a confirmé les faits.';
    assert.equal(roleHolderNamed(after, 'le procureur du Roi'), 'Paul Lemaire');
    const before = 'Les propos du ministre des Finances, Anne Dubois, ont surpris.';
    assert.equal(roleHolderNamed(before, 'le ministre des Finances'), 'Anne Dubois');
    assert.equal(roleHolderNamed('Le ministre des Finances est parti.', 'le ministre des Finances'), null);
    const two = 'Le maire, Jean Petit, puis le maire, Luc Grand, ont signé.';
    assert.equal(roleHolderNamed(two, 'le maire'), null, 'two holders: no guess');
    assert.equal(roleHolderNamed('Il a parlé à Sudinfo Paul Lemaire, procureur du Roi.', 'le procureur du Roi'), 'Paul Lemaire', 'a capitalised word glued before the name');
  });

  it('a quote given to "le procureur" goes to the prosecutor named in the next paragraph', () => {
    const t = 'Le suspect a agi « sous la menace », a estimé le procureur du Roi.\n\n« Les faits sont graves », a ajouté Paul Lemaire, procureur du Roi à Namur.';
    assert.equal(speakerOf(t, 'sous la menace'), 'Paul Lemaire');
  });

  it('a role with no holder named stays as written', () => {
    const t = '« Les faits sont graves et établis », a estimé le procureur du Roi.';
    assert.equal(speakerOf(t, 'Les faits'), 'le procureur du Roi');
  });

  it('a surname alone takes the full name the article gives further down', () => {
    const t = 'Dupuis promet « une réforme profonde du système », a-t-il dit.\n\nLe ministre Hervé Dupuis a ensuite quitté la salle.';
    assert.equal(speakerOf(t, 'une réforme'), 'Hervé Dupuis');
  });
});

describe('attribution (fr): modal + infinitive of saying', () => {
  it('"veut croire X", "tient à rappeler X" report the words of the subject after them', () => {
    assert.equal(speakerOf('« Il faudra bien trouver une issue à la crise », veut croire le député Marc Lenoir.', 'Il faudra'), 'Marc Lenoir');
    assert.equal(speakerOf('« Rien n’a été décidé pour le moment sur ce dossier », tient à rappeler la ministre Sophie Blanc.', 'Rien'), 'Sophie Blanc');
  });

  it('a modal before a noun or an ordinary infinitive is no cue', () => {
    assert.equal(speakerOf('« Nous irons jusqu’au bout de cette lutte », veut manger Marc Lenoir.', 'Nous irons'), null);
  });
});
