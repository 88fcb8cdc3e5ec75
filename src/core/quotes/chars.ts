/**
 * Character classes of single UTF-16 code units, answered from a lazily filled table so the
 * tokenizer and sentence splitter test each character with an array read instead of a regex.
 * Results are exactly those of `/\p{…}/u.test(oneCodeUnit)` (a lone surrogate matches nothing).
 */

const DONE = 1;
const LETTER_DIGIT = 2;
const UPPER = 4;
const LOWER = 8;
const LETTER = 16;

const LETTER_DIGIT_RE = /[\p{L}\p{N}]/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;

const table = new Uint8Array(0x10000);

function classOf(c: number): number {
  let v = table[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = DONE |
      (LETTER_DIGIT_RE.test(ch) ? LETTER_DIGIT : 0) |
      (UPPER_RE.test(ch) ? UPPER : 0) |
      (LOWER_RE.test(ch) ? LOWER : 0) |
      (LETTER_RE.test(ch) ? LETTER : 0);
    table[c] = v;
  }
  return v;
}

/** `[\p{L}\p{N}]` for one code unit (NaN, i.e. out of range, is false). */
export function isLetterOrDigitCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === c && (classOf(c) & LETTER_DIGIT) !== 0;
}

/** `\p{Lu}` for one code unit. */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && (classOf(c) & UPPER) !== 0;
}

/** `\p{Ll}` for one code unit. */
export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return c === c && (classOf(c) & LOWER) !== 0;
}

/** `\p{L}` for one code unit. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === c && (classOf(c) & LETTER) !== 0;
}

/** `\s` of a `u`-flag regex, for one code unit. */
export function isRegexSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const ASTRAL_LETTER_DIGIT_RE = /[\p{L}\p{N}]/u;

/**
 * Number of blank-separated pieces of `s` holding a letter or digit: the same count as
 * `s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length`, without building the pieces.
 * Stops counting at `stopAt`.
 */
export function countWords(s: string, stopAt = Infinity): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isRegexSpace(c)) { inWord = false; continue; }
    if (!inWord) { inWord = true; counted = false; }
    if (counted) continue;
    let letter = isLetterOrDigitCode(c);
    if (!letter && c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) letter = ASTRAL_LETTER_DIGIT_RE.test(s.slice(i, i + 2));
    }
    if (letter) { counted = true; if (++n >= stopAt) return n; }
  }
  return n;
}

/**
 * A fast "certainly not in the set" test for words: a bitmap over (first code unit, last code
 * unit, length). Words whose triple never occurs in the set are rejected without hashing the string.
 */
export class WordFilter {
  private readonly bits = new Uint8Array(1 << 17);

  constructor(words: Iterable<string>) {
    for (const w of words) this.bits[WordFilter.key(w)] = 1;
  }

  private static key(w: string): number {
    const n = w.length;
    if (n === 0) return 0;
    return ((w.charCodeAt(0) & 63) << 11) | ((w.charCodeAt(n - 1) & 63) << 5) | (n < 31 ? n : 31);
  }

  /** False only when `w` is certainly not one of the words. */
  mayHave(w: string): boolean {
    return this.bits[WordFilter.key(w)] === 1;
  }
}
