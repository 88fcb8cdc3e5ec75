/**
 * Document fingerprints for syndication: hashed word 5-grams of the content text (boilerplate lines
 * removed), winnowed (the minimum hash of every window of shingles), so any passage shared by two
 * files of more than SHINGLE + WINDOW - 1 words yields at least one common fingerprint.
 */
import type { BoilerplateLine } from '../types';
import { normaliseWords, shingleHashes, sortedSet } from './text';

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
  if (hashes.length <= WINDOW) return sortedSet(hashes.length > 0 ? [Math.min(...hashes)] : []);
  const picked: number[] = [];
  let last = -1;
  for (let i = 0; i + WINDOW <= hashes.length; i++) {
    let best = i;
    for (let j = i + 1; j < i + WINDOW; j++) if (hashes[j] <= hashes[best]) best = j;
    if (best !== last) {
      picked.push(hashes[best]);
      last = best;
    }
  }
  return sortedSet(picked);
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
