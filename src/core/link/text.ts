/**
 * Text normalisation and hashing shared by the linkers: accent/case/punctuation-insensitive words,
 * 32-bit hashes, light stems and sorted hash sets. Linear scans only; safe on hostile input.
 */
import { sharedRange } from './packed';
import { isStopword, isStopwordUnits } from './stopwords';
import { fastNormalisedWords, upperFold } from './wordScan';

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING = /[\u0300-\u036f]/g;

/** Lower-cased, accent-free words of `s` (punctuation, quote marks and apostrophes split words). */
export function normaliseWords(s: string): string[] {
  return fastNormalisedWords(s) ?? referenceWords(s);
}

/** The definition of `normaliseWords` (NFKD, accents removed, lower case, letter/digit runs); the fast scan's fallback. */
export function referenceWords(s: string): string[] {
  const folded = s.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  return folded.match(WORD) ?? [];
}

/** FNV-1a over UTF-16 code units, 32-bit unsigned; `seed` gives independent hash families. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

/** A 32-bit avalanche mixer (murmur3 finaliser). */
export function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two 32-bit hashes, order-sensitive. */
export function combine(a: number, b: number): number {
  return mix((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}

/** A stable 64-bit hex id for a key (two independent 32-bit hashes). */
export function stableId(key: string): string {
  const a = hashString(key).toString(16).padStart(8, '0');
  const b = hashString(key, 0x9747b28c).toString(16).padStart(8, '0');
  return a + b;
}

/** Hashes of the word n-grams of `words` (n-grams of fewer words than `n` yield nothing). */
export function shingleHashes(words: readonly string[], n: number): number[] {
  return runShingles(words.map((w) => hashString(w)), n);
}

/** `shingleHashes` from the words' hashes `run` (for callers that already hashed the words). */
export function runShingles(run: ArrayLike<number>, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + n <= run.length; i++) {
    let h = run[i];
    for (let j = 1; j < n; j++) h = combine(h, run[i + j]);
    out.push(h);
  }
  return out;
}

/** Sorted, de-duplicated copy of `values` as a compact typed array. */
export function sortedSet(values: ArrayLike<number> | Iterable<number>): Uint32Array {
  const arr = Uint32Array.from(values as ArrayLike<number>);
  const n = sortUnique(arr, arr.length);
  return n === arr.length ? arr : arr.slice(0, n);
}

/** Sorts the first `n` values of `arr` in place and moves the distinct ones to the front; returns their count. */
export function sortUnique(arr: Uint32Array, n: number): number {
  if (n <= 24) {
    // Insertion sort: the typed-array sort costs a runtime call, too much for a signature's few words.
    for (let i = 1; i < n; i++) {
      const v = arr[i];
      let j = i - 1;
      while (j >= 0 && arr[j] > v) {
        arr[j + 1] = arr[j];
        j--;
      }
      arr[j + 1] = v;
    }
  } else if (n <= 64) arr.subarray(0, n).sort();
  else radixSort(arr, n); // its fixed cost (four 256-entry passes) pays off from about 64 values
  let m = 0;
  for (let i = 0; i < n; i++) if (m === 0 || arr[i] !== arr[m - 1]) arr[m++] = arr[i];
  return m;
}

let RADIX_SCRATCH = new Uint32Array(1024);
const RADIX_COUNTS = new Int32Array(4 * 256);

/**
 * Sorts the first `n` values of `arr` ascending: LSD radix sort, four passes of 8 bits through a
 * shared scratch buffer. The typed-array sort boxes every value above 2^31 and compares generically;
 * this is linear and allocates nothing once the scratch is large enough.
 */
function radixSort(arr: Uint32Array, n: number): void {
  if (RADIX_SCRATCH.length < n) RADIX_SCRATCH = new Uint32Array(2 * n);
  const counts = RADIX_COUNTS;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const v = arr[i];
    counts[v & 0xff]++;
    counts[256 + ((v >>> 8) & 0xff)]++;
    counts[512 + ((v >>> 16) & 0xff)]++;
    counts[768 + (v >>> 24)]++;
  }
  let from: Uint32Array = arr;
  let to: Uint32Array = RADIX_SCRATCH;
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 256;
    const shift = pass * 8;
    // Prefix sums: where each digit's run starts.
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = counts[base + d];
      counts[base + d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = from[i];
      to[counts[base + ((v >>> shift) & 0xff)]++] = v;
    }
    const t = from;
    from = to;
    to = t;
  }
  // Four passes (an even number): the sorted values are back in `arr`.
}

/** Size of the intersection of two sorted sets (linear merge). */
export function countShared(a: Uint32Array, b: Uint32Array): number {
  return sharedRange(a, 0, a.length, b, 0, b.length);
}

/** Singular of a normalised word, fr/en, lightly: soldats → soldat, chevaux → cheval, cities → city. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('aux') && word.length > 4) return word.slice(0, -3) + 'al';
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('s') || word.endsWith('x')) return word.slice(0, -1);
  return word;
}

/**
 * A word folded for quote comparison: singular, without the trailing "e" of French feminine
 * agreement (engagées/engagés → engag), so re-typed quotes that only change agreement still match.
 */
export function foldWord(word: string): string {
  let w = singular(word);
  let end = w.length;
  while (end > 3 && w.charCodeAt(end - 1) === 101) end--;
  if (end < w.length) w = w.slice(0, end);
  return w;
}

/** A light stem for relatedness: the first five letters of the singular (soldats/soldat, coréens/Corée). */
export function stem(word: string): string {
  const w = singular(word);
  return w.length > 5 ? w.slice(0, 5) : w;
}

/** What a passage is about: stems of its informative words, and of those capitalised (names, places). */
export interface ContextSignature {
  words: Uint32Array;
  names: Uint32Array;
}

export const RAW_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\d/;

/** What one raw word contributes to a signature: its stem and hash, or null when it is skipped. */
export interface WordInfo {
  stem: string;
  hash: number;
  name: boolean;
}

/** Raw word → info, shared across calls (signatures overlap heavily); cleared when large. */
const WORD_CACHE = new Map<string, WordInfo | null>();
const WORD_CACHE_MAX = 100_000;

/** What a raw word contributes to a context signature (null: too short, a stopword or a number). */
export function wordInfo(raw: string): WordInfo | null {
  if (raw.length < 4) return null;
  const hit = WORD_CACHE.get(raw);
  if (hit !== undefined) return hit;
  const info = computeWordInfo(raw);
  if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
  WORD_CACHE.set(raw, info);
  return info;
}

/** `wordInfo` without the cache (for callers that keep their own). */
export function computeWordInfo(raw: string): WordInfo | null {
  if (raw.length < 4) return null;
  const folded = raw.normalize('NFKD').replace(COMBINING, '');
  const w = folded.toLowerCase();
  let info: WordInfo | null = null;
  if (w.length >= 4 && !isStopword(w) && !DIGIT.test(w)) {
    const st = stem(w);
    info = { stem: st, hash: hashString(st), name: UPPER.test(folded) };
  }
  return info;
}

/** Outcomes of `foldedWordInfo`: no info (short, stopword, number); info in SCANNED; the reference is needed. */
export const NO_INFO = 0;
export const HAS_INFO = 1;
export const NEEDS_REFERENCE = 2;
/** The hash and name flag of the word `foldedWordInfo` last found informative. */
export const SCANNED = { hash: 0, name: false };
let FOLDED = new Uint16Array(64);

/**
 * `computeWordInfo` of a raw word read from char codes, without making any string, when each of its
 * units folds to one letter or digit or to nothing (see wordScan): its folded form is the first `n`
 * units of `units`, `h` their FNV-1a hash, `first` the word's first unit that folds to a letter or digit.
 */
export function foldedWordInfo(units: Uint16Array, n: number, h: number, first: number): number {
  if (n < 4 || (units[0] >= 48 && units[0] <= 57) || isStopwordUnits(units, 0, n, h)) return NO_INFO;
  SCANNED.hash = stemHash(units, n);
  SCANNED.name = upperFold(first);
  return HAS_INFO;
}

/** The scratch buffer of folded units, with room for `n`. */
export function foldedScratch(n: number): Uint16Array {
  if (n > FOLDED.length) FOLDED = new Uint16Array(2 * n);
  return FOLDED;
}

/** `singular(w)` for the word w = units[at, at + n): its first SINGULAR.keep units, then SINGULAR.tail. */
const SINGULAR = { keep: 0, tail: '' };

function singularOf(units: Uint16Array, at: number, n: number): void {
  SINGULAR.keep = n;
  SINGULAR.tail = '';
  if (n <= 3) return;
  const a = units[at + n - 3];
  const b = units[at + n - 2];
  const c = units[at + n - 1];
  if (n > 4 && a === 97 && b === 117 && c === 120) {
    SINGULAR.keep = n - 3;
    SINGULAR.tail = 'al';
  } else if (n > 4 && a === 105 && b === 101 && c === 115) {
    SINGULAR.keep = n - 3;
    SINGULAR.tail = 'y';
  } else if (c === 115 || c === 120) SINGULAR.keep = n - 1;
}

/** Unit j of the singular set by `singularOf(units, at, …)`. */
function singularUnit(units: Uint16Array, at: number, j: number): number {
  return j < SINGULAR.keep ? units[at + j] : SINGULAR.tail.charCodeAt(j - SINGULAR.keep);
}

/** `hashString(stem(w))` for the word w held by the first `n` units of `units`. */
function stemHash(units: Uint16Array, n: number): number {
  singularOf(units, 0, n);
  const len = Math.min(5, SINGULAR.keep);
  const tail = SINGULAR.tail;
  let h = 0x811c9dc5;
  for (let j = 0; j < len; j++) h = Math.imul(h ^ units[j], 0x01000193);
  for (let j = 0; j < tail.length && len + j < 5; j++) h = Math.imul(h ^ tail.charCodeAt(j), 0x01000193);
  return mix(h);
}

/** `stem(w)` for the word w = units[at, at + n). */
export function unitsStem(units: Uint16Array, at: number, n: number): string {
  singularOf(units, at, n);
  const len = Math.min(5, SINGULAR.keep + SINGULAR.tail.length);
  const u = (j: number): number => (j < len ? singularUnit(units, at, j) : 0);
  // One flat string at once (appending unit by unit would build a rope to flatten on lookup).
  return String.fromCharCode(u(0), u(1), u(2), u(3), u(4)).slice(0, len);
}

/** The FNV-1a state `h` (unmixed) continued over `foldWord(w)` for the word w = units[at, at + n). */
export function foldedWordFnv(units: Uint16Array, at: number, n: number, h: number): number {
  singularOf(units, at, n);
  let len = SINGULAR.keep + SINGULAR.tail.length;
  while (len > 3 && singularUnit(units, at, len - 1) === 101) len--;
  let x = h;
  for (let j = 0; j < len; j++) x = Math.imul(x ^ singularUnit(units, at, j), 0x01000193);
  return x;
}

/** The context signature of `s`: no stopwords, short words or numbers; `exclude` drops given stems. */
export function contextSignature(s: string, exclude: ReadonlySet<string> = new Set()): ContextSignature {
  const words: number[] = [];
  const names: number[] = [];
  for (const raw of s.match(RAW_WORD) ?? []) {
    const info = wordInfo(raw);
    if (!info || exclude.has(info.stem)) continue;
    words.push(info.hash);
    if (info.name) names.push(info.hash);
  }
  return { words: sortedSet(words), names: sortedSet(names) };
}

/** True when two contexts tell the same story: enough shared words, at least one shared name. */
export function sameStory(a: ContextSignature, b: ContextSignature, minWords: number): boolean {
  return countShared(a.names, b.names) >= 1 && countShared(a.words, b.words) >= minWords;
}

/** The text around [start, end): `radius` characters either side, clamped to the text. */
export function around(text: string, start: number, end: number, radius: number): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return text.slice(from, start) + ' ' + text.slice(end, to);
}

/** Hash → rank among the distinct hashes of the current text, by open addressing (hashes are mixed: low bits index). */
export class RankTable {
  private keys = new Uint32Array(2048);
  private ranks = new Int32Array(2048);
  /** A slot is used when its generation is the current one (no clearing between texts). */
  private generations = new Int32Array(2048);
  private generation = 0;

  /** Files the first `m` values of `sorted` under their index. */
  fill(sorted: Uint32Array, m: number): void {
    if (4 * m > this.keys.length) {
      const size = 1 << (32 - Math.clz32(8 * m - 1));
      this.keys = new Uint32Array(size);
      this.ranks = new Int32Array(size);
      this.generations = new Int32Array(size);
    }
    const gen = ++this.generation;
    const mask = this.keys.length - 1;
    for (let r = 0; r < m; r++) {
      let slot = sorted[r] & mask;
      while (this.generations[slot] === gen) slot = (slot + 1) & mask;
      this.generations[slot] = gen;
      this.keys[slot] = sorted[r];
      this.ranks[slot] = r;
    }
  }

  /** The rank of `h`, or -1 when it is not one of the distinct hashes. */
  rankOf(h: number): number {
    const mask = this.keys.length - 1;
    for (let slot = h & mask; this.generations[slot] === this.generation; slot = (slot + 1) & mask) {
      if (this.keys[slot] === h) return this.ranks[slot];
    }
    return -1;
  }
}
