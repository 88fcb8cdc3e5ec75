/**
 * Set operations on ranges of one typed array: the index packs the sorted hash sets (and word
 * runs) of all claims of a file back to back in a single Uint32Array, so a claim costs no array
 * of its own and comparing two claims touches few objects.
 */

/** Shared entries of two sorted ranges [i, iEnd) of `a` and [j, jEnd) of `b` (linear merge). */
export function sharedRange(a: Uint32Array, i: number, iEnd: number, b: Uint32Array, j: number, jEnd: number): number {
  let n = 0;
  while (i < iEnd && j < jEnd) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** True when the run [from, to) of `small` occurs contiguously inside the run [bigFrom, bigTo) of `big`. */
export function containsRange(big: Uint32Array, bigFrom: number, bigTo: number, small: Uint32Array, from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0 || n > bigTo - bigFrom) return false;
  for (let i = bigFrom; i + n <= bigTo; i++) {
    let j = 0;
    while (j < n && big[i + j] === small[from + j]) j++;
    if (j === n) return true;
  }
  return false;
}

/** True when the run [from, to) of `small` is the start or the end of the run [bigFrom, bigTo) of `big`. */
export function atEdgeRange(big: Uint32Array, bigFrom: number, bigTo: number, small: Uint32Array, from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0 || n > bigTo - bigFrom) return false;
  let head = true;
  let tail = true;
  for (let i = 0; i < n; i++) {
    if (big[bigFrom + i] !== small[from + i]) head = false;
    if (big[bigTo - n + i] !== small[from + i]) tail = false;
  }
  return head || tail;
}

/**
 * The layout of a file's packed features (see `packFeatures`): one Uint32Array `sig` holding a
 * header of offsets and scalars, then every set of the file back to back. The claim index adopts
 * `sig` as the file's storage; all offsets are absolute indices into it.
 *   sig[0..3): where the fingerprints start, where the fingerprint index keys start and end;
 *   then one record of Q_STRIDE per quote, then one of N_STRIDE per numeric claim.
 */
export const HEADER = 3;
/** Quote record: words, seq, then where run, shingles, keys, context names, context words, near words start, and the end. */
export const Q_STRIDE = 9;
export const Q_WORDS = 0;
export const Q_SEQ = 1;
export const Q_RUN = 2;
/** Number record: inTitle (0/1), then where near names, near words, context names, context words start, and the end. */
export const N_STRIDE = 6;
export const N_TITLE = 0;
export const N_NAMES = 1;

/** Where quote `i`'s record starts in `sig`. */
export function quoteRecord(i: number): number {
  return HEADER + Q_STRIDE * i;
}

/** Where number `j`'s record starts in `sig`, for a file of `quotes` quotes. */
export function numberRecord(quotes: number, j: number): number {
  return HEADER + Q_STRIDE * quotes + N_STRIDE * j;
}
