/**
 * Document fingerprints for syndication: hashed word 5-grams of the content text (boilerplate lines
 * removed), winnowed (the minimum hash of every window of shingles), so any passage shared by two
 * files of more than SHINGLE + WINDOW - 1 words yields at least one common fingerprint.
 */
import type { BoilerplateLine } from '../types';
import { combine, mix, normaliseWords, shingleHashes, sortedSet } from './text';
import { COMPLEX, foldClass, foldMulti, foldUnit, REMOVED, SEP, WORD1 } from './wordScan';

export const SHINGLE = 5;
export const WINDOW = 8;

/** The text of every non-boilerplate line, joined by newlines. */
export function contentText(text: string, boilerplate: readonly BoilerplateLine[]): string {
  const spans = [...boilerplate].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const b of spans) {
    if (b.start > pos) parts.push(text.slice(pos, b.start));
    pos = Math.max(pos, b.end);
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return parts.join('\n');
}

/** Winnowed fingerprints of a text, as a sorted set of 32-bit hashes. */
export function fingerprints(content: string): Uint32Array {
  const hashes = shingleHashes(normaliseWords(content), SHINGLE);
  return winnow(hashes, hashes.length);
}

/**
 * `fingerprints(contentText(text, boilerplate))` in one scan of the text: the normalised words of
 * the content parts are hashed as they are read, without building the content text or any word.
 */
export function contentFingerprints(text: string, boilerplate: readonly BoilerplateLine[]): Uint32Array {
  const words = contentWordHashes(text, boilerplate);
  if (words === null) return fingerprints(contentText(text, boilerplate));
  return wordFingerprints(Uint32Array.from(words), words.length);
}

/** The winnowed fingerprints of the word 5-grams of the first `n` word hashes of `words` (`hashString` of each word). */
export function wordFingerprints(words: Uint32Array, n: number): Uint32Array {
  const count = Math.max(0, n - SHINGLE + 1);
  if (count > SHINGLES.length) SHINGLES = new Uint32Array(2 * count);
  const hashes = SHINGLES;
  for (let i = 0; i < count; i++) {
    let h = words[i];
    for (let j = 1; j < SHINGLE; j++) h = combine(h, words[i + j]);
    hashes[i] = h;
  }
  return winnow(hashes, count);
}

let SHINGLES = new Uint32Array(1024);

/** The [from, to) parts of the text that `contentText` joins. */
export function contentParts(text: string, boilerplate: readonly BoilerplateLine[]): number[] {
  const spans = [...boilerplate].sort((a, b) => a.start - b.start);
  const parts: number[] = [];
  let pos = 0;
  for (const b of spans) {
    if (b.start > pos) parts.push(pos, b.start);
    pos = Math.max(pos, b.end);
  }
  if (pos < text.length) parts.push(pos, text.length);
  return parts;
}

/**
 * `hashString` of every normalised word of the content parts (a part's end ends a word, as the
 * newline joining parts does), or null when a character needs the reference normalisation.
 */
function contentWordHashes(text: string, boilerplate: readonly BoilerplateLine[]): number[] | null {
  const parts = contentParts(text, boilerplate);
  const out: number[] = [];
  for (let p = 0; p < parts.length; p += 2) {
    let inWord = false;
    let h = 0;
    for (let i = parts[p], end = parts[p + 1]; i < end; i++) {
      const c = text.charCodeAt(i);
      const k = foldClass(c);
      if (k === WORD1) {
        if (!inWord) h = 0x811c9dc5;
        inWord = true;
        h = Math.imul(h ^ foldUnit(c), 0x01000193);
      } else if (k === SEP) {
        if (inWord) out.push(mix(h));
        inWord = false;
      } else if (k === REMOVED) continue;
      else if (k === COMPLEX) return null;
      else {
        if (!inWord) h = 0x811c9dc5;
        inWord = true;
        const f = foldMulti(c);
        for (let u = 0; u < f.length; u++) h = Math.imul(h ^ f.charCodeAt(u), 0x01000193);
      }
    }
    if (inWord) out.push(mix(h));
  }
  return out;
}

/** The winnowed minima of the first `n` values of `hashes`, as a sorted set. */
function winnow(hashes: ArrayLike<number>, n: number): Uint32Array {
  if (n <= WINDOW) return sortedSet(n > 0 ? [minimum(hashes, n)] : []);
  const picked: number[] = [];
  let last = -1;
  // `best`: the rightmost minimum of the window [i, i + WINDOW), updated as the window slides.
  let best = -1;
  for (let i = 0; i + WINDOW <= n; i++) {
    const entering = i + WINDOW - 1;
    if (best < i) {
      best = i;
      for (let j = i + 1; j <= entering; j++) if (hashes[j] <= hashes[best]) best = j;
    } else if (hashes[entering] <= hashes[best]) best = entering;
    if (best !== last) {
      picked.push(hashes[best]);
      last = best;
    }
  }
  return sortedSet(picked);
}

function minimum(values: ArrayLike<number>, n: number): number {
  let m = values[0];
  for (let i = 1; i < n; i++) if (values[i] < m) m = values[i];
  return m;
}

/** Files with fewer fingerprints than this index all of them (so short duplicates are found). */
const SMALL = 40;

/**
 * The fingerprints used as inverted-index keys: about one in four, chosen by value, or all of a
 * short file's. Two files are candidates when they share one, a symmetric test.
 */
export function indexKeys(fps: Uint32Array): number[] {
  if (fps.length < SMALL) return Array.from(fps);
  const out: number[] = [];
  for (const h of fps) if ((h & 3) === 0) out.push(h);
  return out;
}

/** Where a word lies for `PartCursor.place`: out of the content parts, in one, or across an edge. */
export const OUTSIDE = 0;
export const INSIDE = 1;
export const STRADDLES = 2;

/** Where words lie with respect to the content parts, for words given in text order. */
export class PartCursor {
  private at = 0;

  constructor(private readonly parts: readonly number[]) {}

  /** OUTSIDE, INSIDE or STRADDLES (across a part's edge) for the word [start, end). */
  place(start: number, end: number): number {
    const parts = this.parts;
    while (this.at < parts.length && parts[this.at + 1] <= start) this.at += 2;
    if (this.at >= parts.length || end <= parts[this.at]) return OUTSIDE;
    return start >= parts[this.at] && end <= parts[this.at + 1] ? INSIDE : STRADDLES;
  }
}
