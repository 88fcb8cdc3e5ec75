import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { definiteBody, speaksAsOne } from '../../src/core/quotes/firstPerson';
import { tokenize } from '../../src/core/quotes/tokens';

const speakerOf = speakerFinder('fr');

describe('attribution (fr): the addressee of a speech verb is not part of its subject', () => {
  it('"aux automobilistes", "à la presse" after an inverted subject end the subject phrase', () => {
    assert.equal(speakerOf('« Passez, c’est gratuit aujourd’hui ! », criaient les grévistes aux automobilistes.', 'Passez'), 'les grévistes');
    assert.equal(speakerOf('« Nous ne lâcherons rien sur les salaires », a lancé le délégué syndical à la presse.', 'Nous ne'), 'le délégué syndical');
  });

  it('a portfolio after a role noun stays in the role', () => {
    assert.equal(speakerOf('« Le budget sera tenu cette année », a assuré la secrétaire d’État aux Sports Lucie Marchal.', 'Le budget'), 'Lucie Marchal');
    assert.equal(speakerOf('« Le budget sera tenu cette année », a assuré le porte-parole au ministère des Finances.', 'Le budget'), 'le porte-parole au ministère des Finances');
  });
});

describe('attribution (fr): a document speaks for its author past its topic', () => {
  it('"une étude sur les « … » de la fondation X" is the foundation', () => {
    const t = 'Le vote reste « très volatil », selon les termes utilisés par une étude sur les « indécis » de la fondation Marcel-Dupuis parue lundi.';
    assert.equal(speakerOf(t, 'très volatil'), 'la fondation Marcel-Dupuis');
  });

  it('a topic with a people name is no author', () => {
    assert.equal(speakerOf('La pauvreté est « en hausse nette », selon une étude sur la situation des Wallons.', 'en hausse'), 'une étude');
  });
});

describe('attribution (fr): a body never says "je"', () => {
  it('a first-person quote continuing a body goes to the one person the body spoke about', () => {
    const t = 'Le ministère avait assuré lundi que Marc Olivier Lenoir n’était « pas un conseiller officiel ». « Je suis un simple ami du ministre qui l’aide quand il le demande. »';
    assert.equal(speakerOf(t, 'Je suis'), 'Marc Olivier Lenoir');
  });

  it('with nobody named, the first-person quote has no speaker; a plural quote keeps the body', () => {
    assert.equal(speakerOf('La police a fermé le quartier dès midi. « Je n’ai jamais vu autant de monde ici. »', 'Je n’ai'), null);
    const t = '« Le quartier reste fermé jusqu’à nouvel ordre », a indiqué la police. « Nous rouvrirons les rues dès ce soir. » « Je rouvrirai les rues dès ce soir. »';
    assert.equal(speakerOf(t, 'Nous rouvrirons'), 'la police');
    assert.equal(speakerOf(t, 'Je rouvrirai'), null);
  });

  it('reads first-person words and definite bodies', () => {
    const text = '« J’y étais » et « Nous y étions »';
    const T = tokenize(text, 0, text.length, [{ start: 0, end: 13 }, { start: 17, end: 34 }]);
    const quotes = T.filter((t) => t.kind === 'quote');
    assert.equal(quotes.length, 2);
    assert.ok(speaksAsOne(text, quotes[0]));
    assert.ok(!speaksAsOne(text, quotes[1]));
    assert.ok(definiteBody('L’Élysée'));
    assert.ok(definiteBody('la police'));
    assert.ok(!definiteBody('le policier'));
    assert.ok(!definiteBody('l’un des grévistes'));
    assert.ok(!definiteBody('Marc Lenoir'));
  });
});

describe('attribution (fr): quoted names are nobody’s words', () => {
  it('an event after "lors de la" and a body before its acronym have no speaker', () => {
    assert.equal(speakerOf('« Il faut agir », a expliqué le maire Paul Mertens après les incidents survenus lors de la « marche des oubliés ».', 'marche des'), null);
    assert.equal(speakerOf('Paul Mertens a dénoncé une « violence inouïe » lors de l’« acte XII » des manifestants.', 'acte XII'), null);
    assert.equal(speakerOf('Dans un communiqué, le « collectif pour une taxe équitable » (CTE) a diffusé sa liste, a précisé Paul Mertens.', 'collectif pour'), null);
  });

  it('a parenthesised party after a quote that is not its acronym still names who said it', () => {
    assert.equal(speakerOf('La gauche est montée au créneau, dénonçant une « loi de circonstance » (PS) votée trop vite.', 'loi de'), 'La gauche');
  });
});

describe('attribution (fr): a name ends its phrase before a new article', () => {
  it('"selon M. Dorval la conséquence de « … »" names M. Dorval', () => {
    const t = 'Marc Dorval a parlé lundi. Cette crise serait selon M. Dorval la conséquence de « décisions malheureuses prises depuis deux ans ».';
    assert.equal(speakerOf(t, 'décisions'), 'Marc Dorval');
  });
});
