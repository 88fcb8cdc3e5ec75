import * as assert from 'node:assert/strict';
import { speakerFinder } from './speakerFixtures';
import { writerOf } from '../../src/core/quotes/byline';

/** Speaker of the quote whose text starts with `start`. */
const speakerOf = speakerFinder('en');

describe('attribution: the writer of a first-person piece ("“…,” I asked")', () => {
  it('reads the tagline naming the writer, with or without a bullet', () => {
    assert.equal(writerOf('Title\n\nSome text.\n\n• Jane Doe is a writer based in Lyon\n'), 'Jane Doe');
    assert.equal(writerOf('Title\n\nTom Reed is a journalist covering France.\n'), 'Tom Reed');
    assert.equal(writerOf('Title\n\nTom Reed is a farmer in the valley.\n'), null); // not about the writer
    assert.equal(writerOf('A is a writer.\nJane Doe is a writer.\nTom Reed is a columnist.\n'), null); // two writers: unknown
  });

  it('"I asked", "I suggested", "I queried" after a quote are the writer', () => {
    const t = 'It was dark at the roundabout. “Do you really think so?” I suggested. “Of course,” he said. “But why?” I queried.\n\nJane Doe is a writer based in Lyon';
    assert.equal(speakerOf(t, 'Do you really'), 'Jane Doe');
    assert.equal(speakerOf(t, 'But why'), 'Jane Doe');
  });

  it('the writer is never the antecedent of "he"', () => {
    const t = 'One man stood by the fire. “It is all lies,” one man said. “Really?” I asked. “Listen,” he said.\n\nJane Doe is a writer based in Lyon';
    assert.equal(speakerOf(t, 'Listen'), 'one man');
  });

  it('with no tagline "I" names nobody', () => {
    const t = 'It was dark at the roundabout. “Do you really think so?” I asked.';
    assert.equal(speakerOf(t, 'Do you really'), null);
  });
});
