import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

describe('attribution: English "by + -ing" reporting participles and conditional cues', () => {
  it('the gerund takes the subject of the verb before it, not the clause opening the sentence', () => {
    const t = 'The row erupted weeks after the union’s president, Dr Jean Marsh, defended the strike by declaring that it was “a duty”.';
    assert.equal(speakerOf(t, 'a duty'), 'Jean Marsh');
  });

  it('a name with its own apposition before the verb', () => {
    const t = 'The dispute grew after Jean Marsh, the union’s president, defended the strike by saying it was “a duty”.';
    assert.equal(speakerOf(t, 'a duty'), 'Jean Marsh');
  });

  it('a name that is no subject (no verb after it) leaves the sentence subject, which ends before its verb', () => {
    const t = 'The minister defended the plan on behalf of Paul Vidal by saying it was “a duty”.';
    assert.equal(speakerOf(t, 'a duty'), 'The minister');
  });

  it('a reporting verb in an "if" clause reports nothing', () => {
    const t = 'The plan is on the table.\n\nIf the committee asks narrow questions – should there be fewer seats? – it will look like a betrayal of the “national conversation”.';
    assert.equal(speakerOf(t, 'national conversation'), null);
    const u = 'The survey asks whether taxes are too high, and the minister called it “a national conversation”.';
    assert.equal(speakerOf(u, 'a national conversation'), 'the minister');
  });
});
