/**
 * Character-level helpers shared by the number scanner. All work on one line's text
 * with bounded look-around, so the scanner stays linear in the line length.
 */
import { memoLast } from './memo';
import { isLetterCode as isUnicodeLetterCode } from '../quotes/chars';

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for a letter at index i (BMP letters; surrogates count as non-letters). */
export function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return isLetterCode(c) || (c > 0x24f && isUnicodeLetterCode(c));
}

/** Letters decided from the code alone: ASCII and Latin-1/Latin Extended-A/B (no regex, no allocation). */
function isLetterCode(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xaa || c === 0xb5 || c === 0xba;
  return c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

export function isDigitAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isDigit(s.charCodeAt(i));
}

/** Space, tab, no-break space, the typographic spaces U+2000–U+200A (thin, hair…), narrow no-break space. */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || c === 9 || c === 0xa0) return true;
  return c >= 0x2000 && (c <= 0x200a || c === 0x202f);
}

export function isSpaceAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isSpaceCode(s.charCodeAt(i));
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/** Skips spaces forward from i, at most `limit` of them. */
export function skipSpaces(s: string, i: number, limit = 4): number {
  let j = i;
  while (j < s.length && j - i < limit && isSpaceAt(s, j)) j++;
  return j;
}

/** Skips spaces backward: returns the index just after the previous non-space char before i. */
export function skipSpacesBack(s: string, i: number, limit = 4): number {
  let j = i;
  while (j > 0 && i - j < limit && isSpaceAt(s, j - 1)) j--;
  return j;
}

export interface Word {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower-cased, apostrophes unified. */
  lower: string;
}

/**
 * `t.toLowerCase()`, returning `t` itself when no code unit can change (no ASCII or Latin-1
 * capital, nothing above U+00FF): most words read are lower-case already, and the builtin is
 * slow on two-byte strings.
 */
export function lowerCased(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || c > 0xff) return t.toLowerCase();
  }
  return t;
}

/** Longest word we look at; longer letter runs are not words worth reading. */
const MAX_WORD = 40;

/**
 * Reads the word starting at i: letters with inner hyphens ("nord-coréens", "quatre-vingt-dix").
 * Apostrophes end a word ("d'habitants" → "d"). Returns null when i is not on a letter.
 */
export function wordAt(s: string, i: number): Word | null {
  if (!isLetterAt(s, i)) return null;
  let j = i;
  while (j < s.length && j - i < MAX_WORD) {
    if (isLetterAt(s, j)) j++;
    else if ((s[j] === '-' || s[j] === '‑') && isLetterAt(s, j + 1)) j++;
    else break;
  }
  const text = s.slice(i, j);
  return { start: i, end: j, text, lower: lowerCased(text) };
}

/** End of the run of letters starting at i (i itself when i is not on a letter). No allocation. */
export function letterRunEnd(s: string, i: number): number {
  let j = i;
  const n = s.length;
  while (j < n) {
    const c = s.charCodeAt(j);
    // Below U+00AA only ASCII letters are letters: the general test runs for the rest only.
    if (isAsciiLetter(c) || (c >= 0xaa && isLetterAt(s, j))) j++;
    else break;
  }
  return j;
}

/** A-Z or a-z. */
export function isAsciiLetter(c: number): boolean {
  const lower = c | 32;
  return lower >= 97 && lower <= 122;
}

/** The hyphens that join the pieces of a word: "-" and the non-breaking hyphen. */
export function isHyphenCode(c: number): boolean {
  return c === 45 || c === 0x2011;
}

/** End of the word at i as `wordAt` reads it, without the length cap or any allocation. */
export function wordEnd(s: string, i: number): number {
  let j = letterRunEnd(s, i);
  for (;;) {
    if (!isHyphenCode(s.charCodeAt(j)) || !isLetterAt(s, j + 1)) return j;
    j = letterRunEnd(s, j + 1);
  }
}

/** The word that starts after spaces from i (an apostrophe right after a word is skipped too). */
export const nextWord: (s: string, i: number) => Word | null = memoLast((s, i) => {
  let j = i;
  if (j < s.length && isApostrophe(s.charCodeAt(j))) j++;
  return wordAt(s, skipSpaces(s, j));
});

/**
 * The word ending just before i, skipping spaces, one apostrophe ("d'", "l'") and a trailing
 * period ("Feb. 16"). Reads at most MAX_WORD letters back.
 */
export const prevWord: (s: string, i: number) => Word | null = memoLast(readPrevWord);

function readPrevWord(s: string, i: number): Word | null {
  let j = skipSpacesBack(s, i);
  if (j > 0 && (isApostrophe(s.charCodeAt(j - 1)) || s[j - 1] === '.')) j--;
  const end = j;
  while (j > 0 && end - j < MAX_WORD && (isLetterAt(s, j - 1) || (s[j - 1] === '-' && isLetterAt(s, j - 2)))) j--;
  if (j === end) return null;
  const text = s.slice(j, end);
  return { start: j, end, text, lower: lowerCased(text) };
}

/** Lower-cases and unifies apostrophes and spaces, for phrase matching. */
export function normalise(s: string): string {
  return s.toLowerCase().replace(/[\u2019\u02bc]/g, "'").replace(/[\t\u00a0\u2000-\u200a\u202f]/g, ' ');
}
