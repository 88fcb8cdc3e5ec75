/** Shared by the speaker tests: the speaker found for the quote that starts with given words. */
import * as assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/document';
import { findQuotes } from '../../src/core/quotes/quotes';
import type { Language } from '../../src/core/types';

/** A `speakerOf(text, start, language?)` whose language defaults to `defaultLanguage`. */
export function speakerFinder(defaultLanguage: Language): (text: string, start: string, language?: Language) => string | null {
  return (text, start, language = defaultLanguage) => {
    const q = findQuotes(makeDoc(text), language, () => true).find((x) => x.text.startsWith(start));
    assert.ok(q, `no quote starting with ${start}`);
    return q.speaker;
  };
}
