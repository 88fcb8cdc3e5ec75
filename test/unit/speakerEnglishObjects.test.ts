import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { isPollSubject } from '../../src/core/quotes/enCues';
import type { Subject } from '../../src/core/quotes/speaker';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

function subject(text: string): Subject {
  return { kind: 'body', text, role: null, gender: null, words: text.toLowerCase().split(' '), start: 0, end: text.length };
}

describe('attribution: English quotes as objects, written statements, polls', () => {
  it('the subject of "accuses … of", "blamed … on", "allege that" speaks the quoted words', () => {
    const t = 'Jane Doe met the mayor. She accuses the council of “letting the old market rot away”.';
    assert.equal(speakerOf(t, 'letting the'), 'Jane Doe');
    const u = 'The minister, John Smith, blamed the violence on “thugs and looters from outside the city”.';
    assert.equal(speakerOf(u, 'thugs'), 'John Smith');
  });

  it('two -ly adverbs joined by "and" stand between a subject and its verb', () => {
    const t = 'In an interview, Anna Berg repeatedly and proudly called the party “the only real opposition left”.';
    assert.equal(speakerOf(t, 'the only'), 'Anna Berg');
  });

  it('"“…,” read one statement." makes the statement the source, and the next bare quote goes on with it', () => {
    const t = '“We want to turn our anger into a humane political project,” read one statement. “We do not want to endure the decisions of technocrats.”';
    assert.equal(speakerOf(t, 'We want'), 'one statement');
    assert.equal(speakerOf(t, 'We do not'), 'one statement');
  });

  it('"read" with no written thing after it is no cue', () => {
    const t = 'Tom Hale closed the door. “This is the last time we meet here,” read Tom Hale aloud to nobody in particular.';
    assert.notEqual(speakerOf(t, 'This is'), 'read');
  });

  it('a poll, a survey or a share of respondents is no speaker', () => {
    const t = 'A recent poll suggested nearly half of the protesters believed in a “global plot against them”.';
    assert.equal(speakerOf(t, 'global plot'), null);
    const u = 'Nearly 80 per cent no longer reported incidents because they thought “nothing would ever change”.';
    assert.equal(speakerOf(u, 'nothing would'), null);
    const v = 'While one in 10 Europeans said they had an “unfavourable attitude” to bankers, few acted.';
    assert.equal(speakerOf(v, 'unfavourable'), null);
  });

  it('isPollSubject tells polls and shares from people and bodies', () => {
    assert.equal(isPollSubject(subject('A recent poll')), true);
    assert.equal(isPollSubject(subject('89 per cent of those asked')), true);
    assert.equal(isPollSubject(subject('42% of Hungarians')), true);
    assert.equal(isPollSubject(subject('one in 10 Europeans')), true);
    assert.equal(isPollSubject(subject('The interior ministry')), false);
    assert.equal(isPollSubject(subject('Two officials')), false);
  });
});
