/**
 * Round 6: a person called by the given name alone after the full name, a person introduced as
 * "called X", "the man in …" told apart from "one of the women", "whom" clauses before the verb,
 * quotes chained in one sentence sharing the speaker of the one the cue reaches.
 */
import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { givenNameOf, noteGivenName, otherSex } from '../../src/core/quotes/givenNames';

const en = speakerFinder('en');
const fr = speakerFinder('fr');

describe('speaker round 6', () => {
  it('a given name used alone stands for the full name given before', () => {
    const text = 'Paul Verhoeven saw the fire from his window. “My mother woke me up at one,” Paul recounted.';
    assert.equal(en(text, 'My mother'), 'Paul Verhoeven');
    const fr1 = 'Sophie Lambert habite en face. « On a tout vu depuis le balcon », raconte Sophie.';
    assert.equal(fr(fr1, 'On a tout vu'), 'Sophie Lambert');
  });

  it('a given name shared by two full names stays as written', () => {
    const index = new Map<string, Set<string>>();
    noteGivenName(index, 'Paul Verhoeven');
    assert.equal(givenNameOf(index, 'paul'), 'Paul Verhoeven');
    noteGivenName(index, 'Paul Dupont');
    assert.equal(givenNameOf(index, 'Paul'), null);
    noteGivenName(index, 'Mr Smith');
    assert.equal(givenNameOf(index, 'Mr'), null);
  });

  it('"called X" introduces a person whom a later she stands for', () => {
    const text = 'A student called Chloé told me it was calm. A tall woman called Marie looked sad. “You think it could have been me,” she said.';
    assert.equal(en(text, 'You think'), 'Marie');
  });

  it('"the man in the tracksuit" is not "one of the women" quoted just before', () => {
    const text = '“We are always on the lookout,” one of the women said. “We have a strange neighbour too,” the man in the tracksuit volunteered.';
    assert.equal(en(text, 'We have a strange'), 'the man in the tracksuit');
    assert.ok(otherSex('man', 'one of the Lebanese women'));
    assert.ok(!otherSex('man', 'one of his fellow protesters'));
  });

  it('a "whom" clause between the subject and its verb is skipped', () => {
    const text = 'The far-right leader Jeanne Martin, whom the president beat last year, said he failed in the face of “savage” globalisation.';
    assert.equal(en(text, 'savage'), 'Jeanne Martin');
  });

  it('quotes joined by "and" or a comma share the speaker the cue reaches', () => {
    const text = 'The court heard of “threats”, “insults” and “blows all night long,” the prosecutor said.';
    assert.equal(en(text, 'threats'), 'the prosecutor');
    assert.equal(en(text, 'insults'), 'the prosecutor');
  });
});
