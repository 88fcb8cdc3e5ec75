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
 * Writes the parts of many claims into one array (one per file: a single allocation instead of
 * one or more per claim). `put` returns where each part starts, then where the last one ends.
 */
export class Packer {
  readonly sig: Uint32Array;
  private at = 0;

  constructor(total: number) {
    this.sig = new Uint32Array(total);
  }

  put(parts: ReadonlyArray<ArrayLike<number>>): number[] {
    const starts: number[] = [];
    for (const p of parts) {
      starts.push(this.at);
      this.sig.set(p, this.at);
      this.at += p.length;
    }
    starts.push(this.at);
    return starts;
  }
}

/** Total length of `parts`. */
export function lengthOf(parts: ReadonlyArray<ArrayLike<number>>): number {
  let n = 0;
  for (const p of parts) n += p.length;
  return n;
}
