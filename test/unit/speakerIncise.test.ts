import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { rolesCompatible, signatureOf } from '../../src/core/quotes/roles';
import { writtenPersonNoun } from '../../src/core/quotes/persons';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('fr');

describe('attribution: fifth round (stacked occupations, demonstratives, complements, incises)', () => {
  it('two occupations stack on one person; two offices still conflict', () => {
    assert.equal(rolesCompatible(signatureOf('la chroniqueuse'), signatureOf('la journaliste')), null);
    assert.equal(rolesCompatible(signatureOf('the columnist'), signatureOf('the writer')), null);
    assert.equal(rolesCompatible(signatureOf('le procureur'), signatureOf('le porte-parole')), false);
    assert.equal(rolesCompatible(signatureOf('le ministre'), signatureOf('la manifestante')), false);
  });

  it('"la chroniqueuse" is the journalist named and quoted before', () => {
    const t = '« Je ne regrette rien de ce que j’ai dit », lâche la journaliste Marie Lenoir.\n\nMarie Lenoir rappelle aussi que la chaîne est venue la chercher.\n\nSans dire qu’elle est soulagée, la chroniqueuse nous confie qu’il devenait éprouvant de venir. « En radio, la place était vraiment laissée au débat. »';
    assert.equal(speakerOf(t, 'En radio'), 'Marie Lenoir');
  });

  it('a capitalised demonym description ("l’Américain") resolves to the person named before', () => {
    assert.ok(writtenPersonNoun('l’Américain'));
    assert.ok(!writtenPersonNoun('la société'));
    const t = 'Paul Durand refuse de s’enfermer dans un style.\n« Je fais des zig et des zags », a estimé l’Américain après le défilé.';
    assert.equal(speakerOf(t, 'Je fais'), 'Paul Durand');
    const u = 'Jane Miller left the stage early. “I am very happy with this show,” said the Briton.';
    assert.equal(speakerOf(u, 'I am very', 'en'), 'Jane Miller');
  });

  it('a name qualifying a noun ("le défilé Louis Vuitton") is no antecedent for il', () => {
    const t = 'Paul Durand a présenté sa collection. « Je fais des zig et des zags », a-t-il dit, avant le défilé Jean Dupuis homme, dont il est le directeur. « On me décrit mal », a-t-il ajouté.';
    assert.equal(speakerOf(t, 'On me décrit'), 'Paul Durand');
  });

  it('"ce dernier" keeps "dernier", even with an apposition before the verb', () => {
    const t = 'Christophe Martin a tenu des propos forts. Ce dernier explique que « la France est à la limite de la rupture ».';
    assert.equal(speakerOf(t, 'la France'), 'Christophe Martin');
    const u = 'Christophe Martin a tenu des propos forts. En effet, ce dernier, filmé en caméra cachée, explique que « la France est à la limite de la rupture ».';
    assert.equal(speakerOf(u, 'la France'), 'Christophe Martin');
  });

  it('an imperfect -ir verb ("renchérissait") inverted before a name and its apposition', () => {
    const t = '« On ne peut plus vivre comme ça, vraiment plus », a lancé une manifestante, Emilie. « Faire ça, ce n’est pas correct du tout », renchérissait Nathalie, une autre manifestante. « On était assis, on chantait », s’indignait-elle.';
    assert.equal(speakerOf(t, 'Faire ça'), 'Nathalie');
    assert.equal(speakerOf(t, 'On était'), 'Nathalie');
  });

  it('an incise inside the quote names its speaker', () => {
    const t = 'Les syndicats sont en colère. « C’est assez choquant, déplore Thierry Lebrun, secrétaire du syndicat. On a fait toutes les démarches. »';
    assert.equal(speakerOf(t, 'C’est assez'), 'Thierry Lebrun');
    const u = 'Policier à Liège, Marc Hubert déplore lui aussi cette interdiction. « Il n’y a jamais eu le moindre incident, explique-t-il. On n’a rien bloqué. »';
    assert.equal(speakerOf(u, 'Il n’y a'), 'Marc Hubert');
    const v = 'The square was empty on Monday. “It was a shock for all of us, said Mayor John Smith. We had no warning.”';
    assert.equal(speakerOf(v, 'It was a shock', 'en'), 'John Smith');
  });

  it('a verb of the quoted words is no incise: no stated speaker stays null', () => {
    const t = 'Le texte circule. « Je le déplore, mais on continue le combat ensemble. »';
    assert.equal(speakerOf(t, 'Je le déplore'), null);
    const u = 'Le texte circule. « Nous avons tout perdu, dit la chanson, et nous chantons encore. »';
    assert.equal(speakerOf(u, 'Nous avons'), null);
  });
});
