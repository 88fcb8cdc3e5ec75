/**
 * Cheap per-character filters run over every line before any word is read: which runs are
 * URLs/handles, and which words may start a spelled-out number. They run on every character
 * of the text, so they read char codes and allocate nothing per word.
 */
import { isLetterAt, isSpaceCode } from './chars';
import { HUNDRED_WORDS, SMALL_WORDS } from './lexicon';

/** "www." (any case) at i. */
function isWww(s: string, i: number): boolean {
  for (let k = 0; k < 3; k++) if ((s.charCodeAt(i + k) | 32) !== 119) return false;
  return s.charCodeAt(i + 3) === 46;
}

/**
 * The whitespace-delimited token holding i: its end, and whether it is a URL, e-mail address,
 * handle or hashtag. Reads back to the token start only within the current token.
 */
export function maskedToken(s: string, i: number): { end: number; masked: boolean } {
  let start = i;
  while (start > 0 && !isSpaceCode(s.charCodeAt(start - 1))) start--;
  let masked = s.charCodeAt(start) === 35 /* # */ || isWww(s, start);
  let j = start;
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (isSpaceCode(c)) break;
    if (c === 64 /* @ */ || (c === 58 /* : */ && s.charCodeAt(j + 1) === 47 && s.charCodeAt(j + 2) === 47)) masked = true;
  }
  return { end: j, masked };
}

/** Lower-case code of a letter for hashing: ASCII and Latin-1 capitals fold to small letters. */
function foldCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

function hashRange(s: string, i: number, end: number): number {
  let h = 0;
  for (let k = i; k < end; k++) h = (Math.imul(h, 31) + foldCode(s.charCodeAt(k))) | 0;
  return h;
}

/** Words that can start a spelled-out number (first piece of a hyphenated word, lower case). */
const START_WORDS: readonly string[] = [...SMALL_WORDS.keys(), ...HUNDRED_WORDS, 'mille', 'a', 'demi', 'half'];
const MAX_START_WORD = Math.max(...START_WORDS.map((w) => w.length));
const START_HASHES: ReadonlySet<number> = new Set(START_WORDS.map((w) => hashRange(w, 0, w.length)));
/** Folded first two letters (one for one-letter words) of the start words: a cheaper first sieve. */
const START_PREFIXES: ReadonlySet<number> = new Set(START_WORDS.map((w) => hashRange(w, 0, Math.min(2, w.length))));

/**
 * True when the letter run [i, end) may start a spelled-out number ("deux", "Vingt", "a").
 * A hash collision only costs a wasted read: the spelled-number reader checks the words itself.
 */
export function mayStartNumber(s: string, i: number, end: number): boolean {
  if (end - i > MAX_START_WORD || !prefixMayStart(s, i, end)) return false;
  return isLetterAt(s, i) && START_HASHES.has(hashRange(s, i, end));
}

/**
 * `START_PREFIXES.has(hash of the first two letters)`, read from a table when both codes are
 * below 256 (almost every word), so the common case costs two array reads and no set lookup.
 * The table also holds which lengths the start words with that prefix have, so "the", "des",
 * "for" (prefixes of "three", "deux", "four") are turned away without hashing the word.
 */
function prefixMayStart(s: string, i: number, end: number): boolean {
  const a = s.charCodeAt(i);
  const len = end - i;
  if (len === 1) return a < 256 ? SINGLE_TABLE[a] === 1 : START_PREFIXES.has(foldCode(a));
  const b = s.charCodeAt(i + 1);
  if ((a | b) < 256) return (PAIR_TABLE[(a << 8) | b] & (1 << len)) !== 0;
  return START_PREFIXES.has(hashRange(s, i, i + 2));
}

/**
 * START_PREFIXES answers for every one-code and two-code prefix with codes below 256; for two
 * codes, a bit mask of the lengths (2 to MAX_START_WORD, below 32) of the start words sharing it.
 */
const SINGLE_TABLE = new Uint8Array(256);
const PAIR_TABLE = new Uint32Array(65536);
const PREFIX_LENGTHS = new Map<number, number>();
for (const w of START_WORDS) {
  if (w.length < 2) continue;
  const h = hashRange(w, 0, 2);
  PREFIX_LENGTHS.set(h, (PREFIX_LENGTHS.get(h) ?? 0) | (1 << w.length));
}
for (let a = 0; a < 256; a++) {
  SINGLE_TABLE[a] = START_PREFIXES.has(foldCode(a)) ? 1 : 0;
  for (let b = 0; b < 256; b++) PAIR_TABLE[(a << 8) | b] = PREFIX_LENGTHS.get((Math.imul(foldCode(a), 31) + foldCode(b)) | 0) ?? 0;
}
