import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

describe('attribution: English sentence-level clauses (set-off cues, subject participles, labels)', () => {
  it('a reporting clause set off by a comma at the sentence end governs an earlier quote', () => {
    const t = 'Norway has withdrawn its envoy over “hostile” remarks by Danish officials, the Norwegian foreign office said in a statement on Friday.';
    assert.equal(speakerOf(t, 'hostile'), 'the Norwegian foreign office');
  });

  it('a set-off clause in mid-sentence governs the quote before it, not one after a new subject', () => {
    const t = '“Real momentum” was built at the summit, the council said in a note, on a text due next week.';
    assert.equal(speakerOf(t, 'Real momentum'), 'the council');
  });

  it('a clause that goes on with its own complement ("said that …") does not govern', () => {
    const t = 'The mayor thanked the “brave” firemen, the council said that it would pay for the repairs.';
    assert.equal(speakerOf(t, 'brave'), null);
  });

  it('a quote in a dash aside is the writer’s, not the set-off clause’s', () => {
    const t = 'Paul Grant, who joined the academy in 2010 – making him one of its “elders” – condemns “lazy thinking” on the left, where, he says, debate has died.';
    assert.equal(speakerOf(t, 'elders'), null);
    assert.equal(speakerOf(t, 'lazy thinking'), 'Paul Grant');
  });

  it('", says X." closing a sentence is inverted: X governs the quote earlier in it', () => {
    const t = 'Uptake is low in the region, due to ‘baseless fears’ about side effects, says Dr Maria Olsen.';
    assert.equal(speakerOf(t, 'baseless fears'), 'Maria Olsen');
  });

  it('a bare plural source noun heads its clause ("…, say aides.", "but officials call it")', () => {
    const t = 'The address is meant as a “wake-up call” for the bloc, say aides.';
    assert.equal(speakerOf(t, 'wake-up call'), 'aides');
    const u = 'The college says it has complied, but officials call it a “paper campus” with no students.';
    assert.equal(speakerOf(u, 'paper campus'), 'officials');
  });

  it('a participle after "with" or "including" reports for its own subject', () => {
    const t = 'Talks went on, the ministry said, with Mrs Jane Porter adding later that there were “loose ends to tie up”.';
    assert.equal(speakerOf(t, 'loose ends'), 'Jane Porter');
    const u = 'The abuse – including fans shouting “Go home” at the players – was filmed.';
    assert.equal(speakerOf(u, 'Go home'), 'fans');
  });

  it('naming verbs report when a quote follows their capitalised object', () => {
    const t = 'The senator called former minister Tom Reilly “a coward” on Monday.';
    assert.equal(speakerOf(t, 'a coward'), 'The senator');
    const u = 'A protester called John Smith waved a sign reading “Enough”.';
    assert.equal(speakerOf(u, 'Enough'), null);
  });

  it('"denounced … as" and "likened … to" report the subject’s words', () => {
    const t = 'Anna Berg, a novelist, denounced the vote as “shameful”.';
    assert.equal(speakerOf(t, 'shameful'), 'Anna Berg');
  });

  it('labels keep no speaker: "so-called", a quoted modifier before a group noun, a crowd’s outcry', () => {
    const t = 'A man was hurt near a barricade set up by “red cap” protesters, according to a police spokeswoman.';
    assert.equal(speakerOf(t, 'red cap'), null);
    const u = 'Hundreds marched for the so-called “blue scarves” rally, according to the city hall.';
    assert.equal(speakerOf(u, 'blue scarves'), null);
    const v = 'In the port city, police said 500 people turned out amid cries of “Resign now”.';
    assert.equal(speakerOf(v, 'Resign now'), null);
  });
});
