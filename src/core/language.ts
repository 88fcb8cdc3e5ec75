import type { Doc } from './document';
import type { Language } from './types';

/**
 * Language guess from function words. French and English function words barely overlap, so
 * counting how many tokens belong to each closed list is a robust, linear-time signal.
 */

const FRENCH = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'que', 'qui', 'dans', 'pour',
  'pas', 'sur', 'au', 'aux', 'avec', 'il', 'elle', 'ils', 'ont', 'sont', 'mais', 'ce', 'cette',
  'ces', 'nous', 'vous', 'leur', 'leurs', 'par', 'plus', 'été', 'selon', 'où', 'lors', 'après',
  'aussi', 'très', 'sans', 'sous', 'entre', 'être', 'fait', 'comme', 'dont', 'ou', 'son', 'sa', 'ses',
]);

const ENGLISH = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'she',
  'as', 'by', 'at', 'from', 'his', 'her', 'they', 'have', 'has', 'had', 'were', 'are', 'this',
  'be', 'not', 'but', 'which', 'their', 'who', 'will', 'would', 'been', 'an', 'or', 'said',
  'after', 'about', 'than', 'more', 'its', 'we', 'there', 'when', 'what', 'also',
]);

/** Counts French and English function words in `text`, scanning at most `maxWords` words. */
export function functionWordScores(text: string, maxWords = 200_000): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  let words = 0;
  const n = text.length;
  let i = 0;
  // Two tight loops (gap, then word) with a table test per code unit: this pass reads every character.
  while (i < n && words < maxWords) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    i++;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (i - start <= 6) {
      const hit = lookup(text, start, i);
      if (hit & IN_FRENCH) fr++;
      if (hit & IN_ENGLISH) en++;
    }
    words++;
  }
  return { fr, en };
}

const IN_FRENCH = 1;
const IN_ENGLISH = 2;

/**
 * Lower-case code as `toLowerCase` gives it for the letters the lists are made of: ASCII and
 * Latin-1 capitals fold; any other code is left as is and then matches no list word, exactly as
 * its lower-case form (never plain ASCII or Latin-1 for the word characters scanned) would not.
 */
function fold(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** List words bucketed by length and first letter, each with the lists it belongs to. */
const BUCKETS = new Map<number, { word: string; lists: number }[]>();
for (const word of new Set([...FRENCH, ...ENGLISH])) {
  const k = word.length * 65536 + word.charCodeAt(0);
  const lists = (FRENCH.has(word) ? IN_FRENCH : 0) | (ENGLISH.has(word) ? IN_ENGLISH : 0);
  const bucket = BUCKETS.get(k);
  if (bucket) bucket.push({ word, lists });
  else BUCKETS.set(k, [{ word, lists }]);
}

/** BUCKETS by length (up to 6) and a first code below 256, as an array: no hashing per word. */
const SMALL_BUCKETS: Array<{ word: string; lists: number }[] | undefined> = [];
for (let len = 0; len <= 6; len++) for (let c = 0; c < 256; c++) SMALL_BUCKETS.push(BUCKETS.get(len * 65536 + c));

/** Which lists the word text[start, end) belongs to, case-insensitively, without allocating. */
function lookup(text: string, start: number, end: number): number {
  const first = fold(text.charCodeAt(start));
  const len = end - start;
  const bucket = first < 256 && len <= 6 ? SMALL_BUCKETS[len * 256 + first] : BUCKETS.get(len * 65536 + first);
  if (!bucket) return 0;
  for (const { word, lists } of bucket) {
    let k = 1;
    while (k < word.length && fold(text.charCodeAt(start + k)) === word.charCodeAt(k)) k++;
    if (k === word.length) return lists;
  }
  return 0;
}

/** Word characters: ASCII letters and U+00C0–U+024F except × and ÷. */
const WORD_CHARS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  WORD_CHARS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;
}

function isWordChar(c: number): boolean {
  return c < 0x250 && WORD_CHARS[c] === 1;
}

/** Decides between French and English from scores; null when there is too little evidence or no clear winner. */
export function languageFromScores(scores: { fr: number; en: number }, minHits = 4): Language | null {
  const total = scores.fr + scores.en;
  if (total < minHits) return null;
  if (scores.fr >= total * 0.65) return 'fr';
  if (scores.en >= total * 0.65) return 'en';
  return null;
}

/** Guesses the dump's language from function-word frequencies; null when the text is too short to tell. */
export function detectLanguage(doc: Doc): Language | null {
  return languageFromScores(functionWordScores(doc.text), 6);
}
