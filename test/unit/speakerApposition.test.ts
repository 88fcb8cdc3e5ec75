import * as assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/document';
import { findQuotes } from '../../src/core/quotes/quotes';
import { roleTailComma } from '../../src/core/quotes/apposition';
import { tokenize } from '../../src/core/quotes/tokens';
import { speakerFinder } from './speakerFixtures';
import type { Language, Quote } from '../../src/core/types';

const speakerFr = speakerFinder('fr');
const speakerEn = speakerFinder('en');

function quoteOf(text: string, start: string, language: Language): Quote {
  const q = findQuotes(makeDoc(text), language, () => true).find((x) => x.text.startsWith(start));
  assert.ok(q, `no quote starting with ${start}`);
  return q;
}

describe('attribution: a role, a parenthesis or a short tail, then the apposed name', () => {
  it('takes the name after an acronym in parentheses (French)', () => {
    const t = '« Nous allons tout revoir avant la fin du mois », a déclaré le porte-parole de la fédération (Fedax), Luc Martin.';
    assert.equal(speakerFr(t, 'Nous allons'), 'Luc Martin');
    assert.equal(quoteOf(t, 'Nous allons', 'fr').speakerRole, 'le porte-parole de la fédération (Fedax)');
  });

  it('takes the name after a lower-case complement and an acronym (French)', () => {
    const t = 'Le trafic reprend, a indiqué le porte-parole de la fédération des vendeurs en gros (Fevag), Anne Roux.\n\n« Les camions reviendront dès ce matin, sans retard. »';
    assert.equal(speakerFr(t, 'Les camions'), 'Anne Roux');
  });

  it('takes the name after an acronym in parentheses (English)', () => {
    const t = '"We must end this uncertainty quickly," said the chief economist of the Global Monetary Office (GMO), Rita Bose.';
    assert.equal(speakerEn(t, 'We must'), 'Rita Bose');
  });

  it('keeps the role when no full name follows the tail', () => {
    const t = '« La situation reste calme ce soir », a expliqué le porte-parole de la zone (Nord), hier.';
    assert.equal(speakerFr(t, 'La situation'), 'le porte-parole de la zone');
  });

  it('roleTailComma stops at verbs, quotes and long tails', () => {
    const text = 'en carburants (Brafco), Jean';
    const T = tokenize(text, 0, text.length, []);
    assert.equal(T[roleTailComma(T, 0, T.length)].text, ',');
    const u = 'a dit que tout va bien, Jean';
    const U = tokenize(u, 0, u.length, []);
    assert.equal(roleTailComma(U, 0, U.length), -1);
  });
});

describe('attribution: a fragment after "à des" keeps the sentence speaker', () => {
  it('"à des « séditieux »" is the subject’s word', () => {
    assert.equal(speakerFr('La ministre Anne Blanc avait attribué les dégâts à des « vandales ».', 'vandales'), 'Anne Blanc');
  });
});
