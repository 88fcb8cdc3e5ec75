/**
 * Context signatures of many claims of one text from a single tokenisation: the informative words
 * of the text are found once (hashed from char codes by the scan in `ScannedWords`), their distinct
 * hashes sorted once, and each claim's signatures mark the ranks of the words around it in bitsets
 * read back in order: no per-claim string, map or sort. The scratch arrays are shared by all instances
 * (one text at a time per thread); an instance whose words were overwritten scans its text again.
 */
import type { BoilerplateLine } from '../types';
import { ScannedWords } from './scannedWords';
import { type ContextSignature, hashString, RankTable, sortUnique, wordInfo } from './text';
import { rawCharLength, rawWordEnd } from './wordScan';

export class TextWords {
  /** `boilerplate`: the lines left out of the content fingerprints (see `fingerprints`). */
  constructor(
    private readonly text: string,
    private readonly boilerplate: readonly BoilerplateLine[] = [],
  ) {
    WORDS.scan(this, text, boilerplate);
  }

  /** `contentFingerprints(text, boilerplate)`, from the words read by the same scan. */
  fingerprints(): Uint32Array {
    if (WORDS.owner !== this) WORDS.scan(this, this.text, this.boilerplate);
    return WORDS.fingerprints();
  }

  /**
   * The signature of the words lying wholly within `radius` characters of [start, end) but outside
   * it, plus the words of `extra`; stems in `exclude` are dropped.
   */
  signature(start: number, end: number, radius: number, exclude: ReadonlySet<string>, extra = ''): ContextSignature {
    return this.signatures(start, end, radius, radius, exclude, extra)[0];
  }

  /** The signatures of [start, end) for a wide and a near radius (near ≤ wide), in one pass. */
  signatures(start: number, end: number, wide: number, near: number, exclude: ReadonlySet<string>, extra = ''): [ContextSignature, ContextSignature] {
    if (WORDS.owner !== this) WORDS.scan(this, this.text, this.boilerplate);
    return WORDS.signatures(start, end, wide, near, exclude, extra);
  }
}

/** Bitsets over the ranks: wide words, wide names, near words, near names. */
const WIDE_WORDS = 0;
const WIDE_NAMES = 1;
const NEAR_WORDS = 2;
const NEAR_NAMES = 3;

/** The informative words of one text (the last scanned, see `ScannedWords`), their ranks and a signature's scratch. */
class WordTable extends ScannedWords {
  owner: TextWords | null = null;
  /** The distinct hashes ascending (the first `nDistinct`), and each word's index there; -1: not ranked yet. */
  private nDistinct = -1;
  private distinct = new Uint32Array(1024);
  private ranks = new Int32Array(1024);
  private bits = [new Int32Array(32), new Int32Array(32), new Int32Array(32), new Int32Array(32)];
  /** `excluded[r] === stamp`: rank r is the hash of an excluded stem in the current signature. */
  private excluded = new Int32Array(1024);
  private stamp = 0;
  private outside: number[][] = [[], [], [], []];
  /** The ranks set in the bitsets by the current signature (each once), and whether they are few. */
  private touched = new Int32Array(1024);
  private nTouched = 0;
  private sparse = false;

  /** Reads `text` (see `ScannedWords.load`) for `owner`; ranks are made again on demand. */
  scan(owner: TextWords, text: string, boilerplate: readonly BoilerplateLine[]): void {
    this.owner = owner;
    this.nDistinct = -1;
    this.load(text, boilerplate);
  }

  signatures(start: number, end: number, wide: number, near: number, exclude: ReadonlySet<string>, extra: string): [ContextSignature, ContextSignature] {
    if (this.nDistinct < 0) this.rank();
    const stamp = ++this.stamp;
    const excludedHashes = this.markExcluded(exclude, stamp);
    const { starts, ends, ranks, names, excluded, text } = this;
    const [wideWords, wideNames, nearWords, nearNames] = this.bits;
    this.clearTouched();
    for (const o of this.outside) o.length = 0;
    const to = end + wide;
    for (let i = this.firstAtOrAfter(start - wide); i < this.count && starts[i] < to; i++) {
      if ((ends[i] > start && starts[i] < end) || ends[i] > to) continue;
      const r = ranks[i];
      if (excluded[r] === stamp && exclude.has(stemOf(text, starts[i], ends[i]))) continue;
      const word = r >>> 5;
      const bit = 1 << (r & 31);
      const name = names[i] !== 0;
      if ((wideWords[word] & bit) === 0) this.touched[this.nTouched++] = r;
      wideWords[word] |= bit;
      if (name) wideNames[word] |= bit;
      if (starts[i] >= start - near && ends[i] <= end + near) {
        nearWords[word] |= bit;
        if (name) nearNames[word] |= bit;
      }
    }
    if (extra !== '') this.addExtra(extra, exclude, excludedHashes);
    this.sortTouched();
    return [
      { words: this.collect(WIDE_WORDS), names: this.collect(WIDE_NAMES) },
      { words: this.collect(NEAR_WORDS), names: this.collect(NEAR_NAMES) },
    ];
  }

  /** The word arrays doubled, and the per-word and per-rank arrays sized like them. */
  protected override grow(): void {
    super.grow();
    const n = this.starts.length;
    this.distinct = new Uint32Array(n);
    this.ranks = new Int32Array(n);
    this.excluded = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.bits = this.bits.map(() => new Int32Array((n + 31) >>> 5));
  }

  /** Sorts the distinct hashes once and gives every word its rank. */
  private rank(): void {
    const n = this.count;
    const distinct = this.distinct;
    distinct.set(this.hashes.subarray(0, n));
    const m = sortUnique(distinct, n);
    RANKS.fill(distinct, m);
    for (let i = 0; i < n; i++) this.ranks[i] = RANKS.rankOf(this.hashes[i]);
    this.excluded.fill(0, 0, m);
    this.clearTouched();
    this.stamp = 0;
    this.nDistinct = m;
  }

  /** Stamps the ranks of the excluded stems' hashes; returns those hashes. */
  private markExcluded(exclude: ReadonlySet<string>, stamp: number): number[] {
    if (exclude.size === 0) return [];
    const hashes: number[] = [];
    for (const stem of exclude) {
      const h = hashString(stem);
      hashes.push(h);
      const r = RANKS.rankOf(h);
      if (r >= 0) this.excluded[r] = stamp;
    }
    return hashes;
  }

  /** Adds the informative words of `extra` to all the sets (in `outside` when their hash has no rank). */
  private addExtra(extra: string, exclude: ReadonlySet<string>, excludedHashes: readonly number[]): void {
    for (let i = 0; i < extra.length; ) {
      if (rawCharLength(extra, i) === 0) {
        i++;
        continue;
      }
      const e = rawWordEnd(extra, i, extra.length);
      const info = wordInfo(extra.slice(i, e));
      i = e;
      if (!info || (excludedHashes.includes(info.hash) && exclude.has(info.stem))) continue;
      const r = RANKS.rankOf(info.hash);
      if (r >= 0 && (this.bits[WIDE_WORDS][r >>> 5] & (1 << (r & 31))) === 0) this.touched[this.nTouched++] = r;
      for (const set of [WIDE_WORDS, WIDE_NAMES, NEAR_WORDS, NEAR_NAMES]) {
        if ((set === WIDE_NAMES || set === NEAR_NAMES) && !info.name) continue;
        if (r >= 0) this.bits[set][r >>> 5] |= 1 << (r & 31);
        else this.outside[set].push(info.hash);
      }
    }
  }

  /** The sorted set of the hashes whose ranks are set in bitset `set`, merged with its `outside` hashes. */
  private collect(set: number): Uint32Array {
    const bits = this.bits[set];
    const m = sortedOutside(this.outside[set]);
    const out = arenaSpace(this.nTouched + m);
    const sparse = this.sparse;
    // The set ranks in order: from the sorted touched ranks when few, else from every bitset word.
    const count = sparse ? this.nTouched : (this.nDistinct + 31) >>> 5;
    let n = ARENA_USED;
    let x = 0;
    for (let t = 0; t < count; t++) {
      let b = sparse ? bits[SORTED_TOUCHED[t] >>> 5] & (1 << (SORTED_TOUCHED[t] & 31)) : bits[t];
      for (; b !== 0; b &= b - 1) {
        const h = this.distinct[sparse ? SORTED_TOUCHED[t] : (t << 5) + 31 - Math.clz32(b & -b)];
        while (x < m && EXTRA[x] < h) out[n++] = EXTRA[x++];
        out[n++] = h;
      }
    }
    while (x < m) out[n++] = EXTRA[x++];
    const view = new Uint32Array(out.buffer, ARENA_USED * 4, n - ARENA_USED);
    ARENA_USED = n;
    return view;
  }

  /** Zeroes the bitset words of the ranks the last signature set (all of them are wide words). */
  private clearTouched(): void {
    const words = (this.nDistinct + 31) >>> 5;
    if (this.nDistinct > 0 && this.nTouched > words) {
      // Many ranks touched: zeroing every word of the current ranks' bitsets is fewer stores.
      for (const b of this.bits) for (let w = 0; w < words; w++) b[w] = 0;
      this.nTouched = 0;
      return;
    }
    for (let t = 0; t < this.nTouched; t++) {
      const w = this.touched[t] >>> 5;
      for (const b of this.bits) b[w] = 0;
    }
    this.nTouched = 0;
  }

  /** Decides how `collect` reads the bitsets; when sparse, sorts the touched ranks into SORTED_TOUCHED. */
  private sortTouched(): void {
    this.sparse = 8 * this.nTouched < (this.nDistinct + 31) >>> 5;
    if (!this.sparse) return;
    if (SORTED_TOUCHED.length < this.nTouched) SORTED_TOUCHED = new Uint32Array(2 * this.nTouched);
    for (let t = 0; t < this.nTouched; t++) SORTED_TOUCHED[t] = this.touched[t];
    sortUnique(SORTED_TOUCHED, this.nTouched);
  }

  private firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const WORDS = new WordTable();
let EXTRA = new Uint32Array(64);
let SORTED_TOUCHED = new Uint32Array(64);

/**
 * The signatures' sets are views into shared chunks of ARENA_CHUNK values (one buffer per chunk,
 * not one per set); a chunk is never written twice, so views stay valid.
 */
const ARENA_CHUNK = 16384;
let ARENA = new Uint32Array(0);
let ARENA_USED = 0;

/** The arena chunk, with room for `n` more values from ARENA_USED. */
function arenaSpace(n: number): Uint32Array {
  if (ARENA_USED + n > ARENA.length) {
    ARENA = new Uint32Array(Math.max(n, ARENA_CHUNK));
    ARENA_USED = 0;
  }
  return ARENA;
}

/** Copies `hashes` into EXTRA, sorted and de-duplicated; returns their count. */
function sortedOutside(hashes: readonly number[]): number {
  if (hashes.length > EXTRA.length) EXTRA = new Uint32Array(2 * hashes.length);
  for (let i = 0; i < hashes.length; i++) EXTRA[i] = hashes[i];
  return sortUnique(EXTRA, hashes.length);
}

const RANKS = new RankTable();

/** The stem of the informative word [start, end) of `text` ('' when it has none). */
function stemOf(text: string, start: number, end: number): string {
  return wordInfo(text.slice(start, end))?.stem ?? '';
}
