import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { isAcronymPhrase, notNameShaped } from '../../src/core/quotes/nameShape';
import { withinReach, PRONOUN_REACH } from '../../src/core/quotes/pronounReach';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

/** Filler prose naming nobody, about `n` characters long. */
function filler(n: number): string {
  const s = 'The weather stayed grey over the valley and the roads were quiet for most of the week. ';
  return s.repeat(Math.ceil(n / s.length));
}

describe('attribution: English pronoun reach and name shape', () => {
  it('number words, indefinite pronouns and quantifiers are not name words', () => {
    assert.equal(notNameShaped('three'), true);
    assert.equal(notNameShaped('everything'), true);
    assert.equal(notNameShaped('many'), true);
    assert.equal(notNameShaped('sixty'), true);
    assert.equal(notNameShaped('smith'), false);
    assert.equal(notNameShaped('hong-kyun'), false);
  });

  it('reach: near antecedents pass, far ones fail, unknown positions are kept', () => {
    assert.equal(withinReach(1000, 900), true);
    assert.equal(withinReach(5000, 5000 - PRONOUN_REACH - 1), false);
    assert.equal(withinReach(5000, -1), true);
  });

  it('a capitalised title with a number word is never the antecedent of "she"', () => {
    const t = `On the first Saturday, Act Two, the square filled early. ${filler(300)}She called the plan “a disgrace”.`;
    assert.equal(speakerOf(t, 'a disgrace'), null);
  });

  it('"he said" paragraphs after the last speaker was named is not given to that speaker', () => {
    const t = `“We will stay firm,” said Peter Holm, the minister. ${filler(900)}A television crew interviewed a young protester at the barricade. “This is only the start,” he said.`;
    assert.equal(speakerOf(t, 'We will'), 'Peter Holm');
    assert.equal(speakerOf(t, 'This is only'), null);
  });

  it('"he said" soon after the speaker still takes that speaker', () => {
    const t = '“We will stay firm,” said Peter Holm, the minister. The talks resume on Monday. “Nothing is settled,” he said.';
    assert.equal(speakerOf(t, 'Nothing'), 'Peter Holm');
  });

  it('a far pronoun takes the one person of the previous sentence not named in its own clause', () => {
    const t = `“We will stay firm,” said Peter Holm, the minister. ${filler(900)}The invitation came from Mark Dunn, not from the head of the list, Laura Price. She described both Holm and Dunn as “opportunists”.`;
    assert.equal(speakerOf(t, 'opportunists'), 'Laura Price');
  });

  it('two people left in the previous sentence make the far pronoun ambiguous', () => {
    const t = `“We will stay firm,” said Peter Holm, the minister. ${filler(900)}The invitation came from Mark Dunn and Laura Price. She called the visit “a stunt”.`;
    assert.equal(speakerOf(t, 'a stunt'), null);
  });

  it('an indefinite pronoun before an inserted "officials say" is not the speaker', () => {
    const t = 'The leaders met on Friday. Everything, officials say, should be “done and dusted” by Sunday.';
    assert.equal(speakerOf(t, 'done and dusted'), 'officials');
  });

  it('an acronym phrase is no candidate for a far pronoun: the one person left is taken', () => {
    assert.equal(isAcronymPhrase('BFM TV'), true);
    assert.equal(isAcronymPhrase('Laura Price'), false);
    const t = `“We will stay firm,” said Peter Holm, the minister. ${filler(900)}In response Laura Price, head of the opposition, told the channel RTL TVI that the charges were unjust. She blamed the unrest on “a few hotheads”.`;
    assert.equal(speakerOf(t, 'a few hotheads'), 'Laura Price');
  });
});
