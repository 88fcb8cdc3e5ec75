/**
 * Context signatures of many claims of one text from a single tokenisation: the informative words
 * of the text are found once (hashed from char codes, see `foldedWordInfo`), their distinct hashes
 * sorted once, and each claim's signatures mark the ranks of the words around it in bitsets read
 * back in order: no per-claim string, map or sort. The scratch arrays are shared by all instances
 * (one text at a time per thread); an instance whose words were overwritten scans its text again.
 */
import type { BoilerplateLine } from '../types';
import { contentFingerprints, contentParts, INSIDE, PartCursor, STRADDLES, wordFingerprints } from './fingerprint';
import {
  type ContextSignature, foldedScratch, foldedWordInfo, HAS_INFO, hashString, mix, NEEDS_REFERENCE, RankTable, SCANNED, sortUnique,
  wordInfo,
} from './text';
import {
  COMPLEX, foldClass, foldMulti, foldUnit, JOINT_LETTER, JOINT_MARK, JOINT_OTHER, JOINT_SPACE, jointClass, rawCharLength, rawPairLength, rawUnitClass,
  rawWordEnd, REMOVED, SEP, WORD1, WORDN,
} from './wordScan';

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

/** The informative words of one text (the last scanned), their ranks and a signature's scratch. */
class WordTable {
  owner: TextWords | null = null;
  private text = '';
  private boilerplate: readonly BoilerplateLine[] = [];
  /** The content words' hashes are the first `normCount` of NORM, unless a unit needs the reference. */
  private normCount = 0;
  private normOk = true;
  private count = 0;
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  /** Per informative word, in text order: the hash of its stem, and 1 for a name. */
  private hashes = new Uint32Array(1024);
  private names = new Uint8Array(1024);
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

  /**
   * One pass over the text: its raw words (the informative ones are kept) and the hashes of the
   * normalised words of its content parts (for the fingerprints), read from the same code units.
   */
  scan(owner: TextWords, text: string, boilerplate: readonly BoilerplateLine[]): void {
    this.owner = owner;
    this.text = text;
    this.boilerplate = boilerplate;
    this.count = 0;
    this.nDistinct = -1;
    const parts = contentParts(text, boilerplate);
    if (!this.readPlain(parts)) this.read(parts);
  }

  /**
   * The scan of a plain text, where raw and normalised words are the same words (letters, digits,
   * combining accents and separators only, no word across a content part's edge): one hash per
   * word serves both. False, with nothing kept, on any other text (`read` handles it).
   */
  private readPlain(parts: readonly number[]): boolean {
    const text = this.text;
    const n = text.length;
    const units = foldedScratch(n);
    const content = new PartCursor(parts);
    let start = -1;
    let len = 0;
    let hash = 0;
    let first = -1;
    let normCount = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      const k = jointClass(c);
      if (k === JOINT_LETTER) {
        if (start < 0) {
          start = i;
          len = 0;
          hash = 0x811c9dc5;
          first = -1;
        }
        const u = foldUnit(c);
        if (first < 0) first = c;
        units[len++] = u;
        hash = Math.imul(hash ^ u, 0x01000193);
      } else if (k === JOINT_SPACE) {
        if (start < 0) continue;
        const where = content.place(start, i);
        if (where === STRADDLES) return this.restart();
        if (where === INSIDE && len > 0) NORM = pushed(NORM, normCount++, mix(hash));
        this.endRawWord(start, i, len, hash, first, false);
        start = -1;
      } else if (k === JOINT_MARK) {
        if (start < 0) {
          start = i;
          len = 0;
          hash = 0x811c9dc5;
          first = -1;
        }
      } else return this.restart();
    }
    this.normCount = normCount;
    this.normOk = true;
    return true;
  }

  private restart(): false {
    this.count = 0;
    return false;
  }

  /**
   * The scan's loop. Its state is in locals (hashes in object fields would be boxed): the raw word
   * being read from `rawStart` (its folded units, their hash, its first letter, whether it needs
   * the reference) and the normalised word being hashed inside the content parts.
   */
  private read(parts: readonly number[]): void {
    const text = this.text;
    const n = text.length;
    const units = foldedScratch(n);
    let rawStart = -1;
    let rawN = 0;
    let rawHash = 0;
    let first = -1;
    let reference = false;
    let pendingLow = false;
    let part = -2;
    let boundary = parts.length > 0 ? parts[0] : Infinity;
    let inPart = false;
    let inNorm = false;
    let normHash = 0;
    let normCount = 0;
    let normOk = true;
    for (let i = 0; i < n; i++) {
      while (i >= boundary) {
        // Entering or leaving a content part (a part's end ends a normalised word).
        if (inPart && inNorm) NORM = pushed(NORM, normCount++, mix(normHash));
        inNorm = false;
        inPart = !inPart;
        if (!inPart) part += 2;
        boundary = inPart ? parts[part + 3] : part + 2 < parts.length ? parts[part + 2] : Infinity;
      }
      const c = text.charCodeAt(i);
      const k = jointClass(c);
      let fold = k === JOINT_SPACE ? SEP : WORD1;
      let rawChar = k === JOINT_LETTER;
      if (k === JOINT_OTHER || k === JOINT_MARK) {
        fold = foldClass(c);
        if (pendingLow) {
          // The low half of a surrogate pair holding a word character.
          rawChar = true;
          pendingLow = false;
        } else {
          const raw = rawUnitClass(c);
          pendingLow = raw === 3 && rawPairLength(text, i) === 2;
          rawChar = raw === 2 || pendingLow;
        }
      }
      if (rawChar) {
        if (rawStart < 0) {
          rawStart = i;
          rawN = 0;
          rawHash = 0x811c9dc5;
          first = -1;
          reference = false;
        }
        if (fold === WORD1) {
          const u = foldUnit(c);
          if (first < 0) first = c;
          units[rawN++] = u;
          rawHash = Math.imul(rawHash ^ u, 0x01000193);
        } else if (fold !== REMOVED) reference = true;
      } else if (rawStart >= 0) {
        this.endRawWord(rawStart, i, rawN, rawHash, first, reference);
        rawStart = -1;
      }
      if (!inPart || !normOk) continue;
      if (fold === WORD1 || fold === WORDN) {
        if (!inNorm) normHash = 0x811c9dc5;
        inNorm = true;
        if (fold === WORD1) normHash = Math.imul(normHash ^ foldUnit(c), 0x01000193);
        else for (const u of foldMulti(c)) normHash = Math.imul(normHash ^ u.charCodeAt(0), 0x01000193);
      } else if (fold === SEP && inNorm) {
        NORM = pushed(NORM, normCount++, mix(normHash));
        inNorm = false;
      } else if (fold === COMPLEX) normOk = false;
    }
    if (rawStart >= 0) this.endRawWord(rawStart, n, rawN, rawHash, first, reference);
    if (inPart && inNorm) NORM = pushed(NORM, normCount++, mix(normHash));
    this.normCount = normCount;
    this.normOk = normOk;
  }

  /** The fingerprints of the content words found by the last scan. */
  fingerprints(): Uint32Array {
    if (!this.normOk) return contentFingerprints(this.text, this.boilerplate);
    return wordFingerprints(NORM, this.normCount);
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

  /** Keeps the raw word [start, end) when it carries info (its folded form: the first `n` scratch units). */
  private endRawWord(start: number, end: number, n: number, hash: number, first: number, reference: boolean): void {
    if (end - start < 4) return;
    const k = reference ? NEEDS_REFERENCE : foldedWordInfo(foldedScratch(0), n, hash, first);
    if (k === HAS_INFO) this.push(start, end, SCANNED.hash, SCANNED.name);
    else if (k === NEEDS_REFERENCE) {
      const info = wordInfo(this.text.slice(start, end));
      if (info) this.push(start, end, info.hash, info.name);
    }
  }

  private push(start: number, end: number, hash: number, name: boolean): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.hashes[i] = hash;
    this.names[i] = name ? 1 : 0;
  }

  private grow(): void {
    const n = this.count * 2;
    this.starts = copied(new Int32Array(n), this.starts);
    this.ends = copied(new Int32Array(n), this.ends);
    this.hashes = copied(new Uint32Array(n), this.hashes);
    this.names = copied(new Uint8Array(n), this.names);
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

let NORM: Uint32Array<ArrayBuffer> = new Uint32Array(1024);

/** `into` (or a copy twice as large when full) with `value` at index `at`. */
function pushed(into: Uint32Array<ArrayBuffer>, at: number, value: number): Uint32Array<ArrayBuffer> {
  let a = into;
  if (at === a.length) {
    a = new Uint32Array(at * 2);
    a.set(into);
  }
  a[at] = value;
  return a;
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

function copied<T extends Int32Array | Uint32Array | Uint8Array>(into: T, from: T): T {
  into.set(from);
  return into;
}

const RANKS = new RankTable();

/** The stem of the informative word [start, end) of `text` ('' when it has none). */
function stemOf(text: string, start: number, end: number): string {
  return wordInfo(text.slice(start, end))?.stem ?? '';
}
