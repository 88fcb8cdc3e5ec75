import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

describe('attribution: English round five (roles before names, relative clauses, closing cues, extra cues)', () => {
  it('a bare role before the name still glues the trailing cue to the quote', () => {
    const t = '“We will make announcements,” government spokesman Paul Lenoir said on Sunday.';
    assert.equal(speakerOf(t, 'We will'), 'Paul Lenoir');
  });

  it('a relative clause between commas is skipped: its names are complements', () => {
    const t = 'Castel, who visited the site with the mayor Anne Martin, wrote on Twitter that the toll “will be heavy.”';
    assert.equal(speakerOf(t, 'will be heavy'), 'Castel');
    const u = 'John Marsh, a leader who met the minister, and who is running for office, said he wanted “to clarify things”.';
    assert.equal(speakerOf(u, 'to clarify'), 'John Marsh');
  });

  it('", he added." closing the sentence takes the opening quote across a short complement', () => {
    const t = 'Emmanuel Macron spoke on Sunday. “All those who were there were accomplices” to the looting of the avenue, he added.';
    assert.equal(speakerOf(t, 'All those'), 'Emmanuel Macron');
  });

  it('a complement holding its own finite verb does not take the closing cue', () => {
    const t = 'Emmanuel Macron spoke on Sunday. “Liberty” was the word on every banner, he added.';
    assert.equal(speakerOf(t, 'Liberty'), null);
  });

  it('a lead adverbial opened by "as" is skipped to find the subject of a participle cue', () => {
    const t = 'As if on cue, the far-left leader Jean Dupuis reacted to the speech saying that “the words are vain and the anger will grow.”';
    assert.equal(speakerOf(t, 'the words'), 'Jean Dupuis');
  });

  it('a coordinated verb with no subject takes the sentence subject ("…, but added:")', () => {
    const t = 'Charles Michel leads the coalition. Michel, a liberal ally of Macron, voiced sympathy on Thursday, but added: “Money doesn’t fall from the sky.”';
    assert.equal(speakerOf(t, 'Money'), 'Charles Michel');
  });

  it('"quoted X as saying" and "in the words of X" name the speaker', () => {
    assert.equal(speakerOf('Reuters quoted Anna Berg as saying the region was “a springboard for influence”.', 'a springboard'), 'Anna Berg');
    assert.equal(speakerOf('The leaders will meet, in the words of Council President Donald Tusk, to “jointly consider the next steps”.', 'jointly'), 'Donald Tusk');
  });
});
