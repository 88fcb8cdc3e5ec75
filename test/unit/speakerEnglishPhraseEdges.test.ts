import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

describe('attribution: English subject phrase edges (coordinated adjectives, predicate adverbs)', () => {
  it('a comma between participial adjectives stays inside the speaker phrase', () => {
    const t = 'The fire was low in the square. A grey-haired, bearded farmer then walked over with his own theory: “The banks did this to us.”';
    assert.equal(speakerOf(t, 'The banks'), 'A grey-haired, bearded farmer');
  });

  it('an adverb opening the predicate ends the speaker phrase', () => {
    const t = 'The fire was low in the square. A bearded farmer then walked over with his own theory: “The banks did this to us.”';
    assert.equal(speakerOf(t, 'The banks'), 'A bearded farmer');
  });

  it('a comma after a noun still ends the phrase (apposition, not adjectives)', () => {
    const t = 'The fire was low in the square. A farmer, tired and cold, told us: “The banks did this to us.”';
    assert.equal(speakerOf(t, 'The banks'), 'A farmer');
  });

  it('a role left where a scraped page lost the name keeps its place and relative clause', () => {
    const t = 'The crackdown is the harshest in years, according to , a lawyer in Lyon who defends tenants. But he said there was “a cycle of raids” every winter.';
    assert.equal(speakerOf(t, 'a cycle'), 'a lawyer in Lyon who defends tenants');
  });

  it('a long relative clause is left out of the scraped role', () => {
    const t = 'The crackdown is the harshest in years, according to , a lawyer who has spent the last twenty years of his working life defending tenants against their landlords. But he said there was “a cycle of raids” every winter.';
    assert.equal(speakerOf(t, 'a cycle'), 'a lawyer');
  });

  it('two role nouns of one person joined by "and" stay one speaker phrase', () => {
    const t = 'The college will move to Vienna next year. “We have been forced out,” said its president and rector, in a statement on Monday.';
    assert.equal(speakerOf(t, 'We have been'), 'its president and rector');
  });

  it('"said another" after "said one retailer" restores the elided noun', () => {
    const t = 'Shops in the district stopped selling the vests. “We were told to,” said one retailer. “The police came by last week,” said another.';
    assert.equal(speakerOf(t, 'We were told'), 'one retailer');
    assert.equal(speakerOf(t, 'The police came'), 'another retailer');
  });

  it('a hyphenated adjective heading a sentence is never the antecedent of "he"', () => {
    const t = '“We will not move,” said Peter Holm, the minister. Last-minute promises from the bank were hailed by the prime minister as a victory. He insisted on “full control” of the port.';
    assert.equal(speakerOf(t, 'full control'), 'Peter Holm');
  });

  it('a past verb before its object ends the subject phrase', () => {
    const t = 'The fire was low in the square. A farmer standing nearby walked the length of the barricade with his theory: “The banks did this to us.”';
    assert.equal(speakerOf(t, 'The banks'), 'A farmer standing nearby');
    const u = 'The fire was low in the square. The farmer questioned the crowd with his theory: “The banks did this to us.”';
    assert.equal(speakerOf(u, 'The banks'), 'The farmer');
  });
});
