/**
 * Context signatures of many claims of one text from a single tokenisation: the words of the text
 * are found once, and each claim's signature reads the words within a radius of it (binary search),
 * instead of re-normalising overlapping slices of text for every claim.
 */
import { type ContextSignature, computeWordInfo, sortUnique, type WordInfo } from './text';
import { rawCharLength, rawPairLength, rawUnitClass, rawWordEnd } from './wordScan';

export class TextWords {
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  /** The words that carry info (see `computeWordInfo`), in text order. */
  private readonly infos: WordInfo[] = [];
  private count = 0;
  /** The signatures' sets are views into these chunks (doubling from 256 values): one buffer per chunk, not two per signature. */
  private arena = new Uint32Array(0);
  private arenaUsed = 0;

  constructor(text: string) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (rawCharLength(text, i) === 0) {
        i++;
        continue;
      }
      // One pass over the word: its end and the hash of its code units (the cache key).
      let h = FNV_OFFSET;
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        const k = rawUnitClass(c);
        if (k === 2) {
          h = Math.imul(h ^ c, FNV_PRIME);
          j++;
        } else if (k === 3 && rawPairLength(text, j) === 2) {
          h = Math.imul(Math.imul(h ^ c, FNV_PRIME) ^ text.charCodeAt(j + 1), FNV_PRIME);
          j += 2;
        } else break;
      }
      // Words without info (short words, stopwords, numbers) never enter a signature: not kept.
      const info = j - i < 4 ? null : lookupHashed(text, i, j, h);
      if (info !== null) this.push(i, j, info);
      i = j;
    }
  }

  /**
   * The signature of the words lying wholly within `radius` characters of [start, end) but outside
   * it, plus the words of `extra`; stems in `exclude` are dropped.
   */
  signature(start: number, end: number, radius: number, exclude: ReadonlySet<string>, extra = ''): ContextSignature {
    const acc = new SignatureBuilder(exclude, this);
    const from = start - radius;
    const to = end + radius;
    const starts = this.starts;
    const ends = this.ends;
    for (let i = this.firstAtOrAfter(from); i < this.count && starts[i] < to; i++) {
      const inside = ends[i] > start && starts[i] < end;
      if (!inside && ends[i] <= to) acc.add(this.infos[i]);
    }
    for (let i = 0; i < extra.length; ) {
      if (rawCharLength(extra, i) === 0) {
        i++;
        continue;
      }
      const e = rawWordEnd(extra, i, extra.length);
      acc.add(lookupWordInfo(extra, i, e));
      i = e;
    }
    return acc.done();
  }

  /** A view holding a copy of the first `n` values of `values`, allocated from the arena. */
  keep(values: Uint32Array, n: number): Uint32Array {
    if (this.arenaUsed + n > this.arena.length) {
      this.arena = new Uint32Array(Math.max(n, Math.min(65536, 2 * this.arena.length), 256));
      this.arenaUsed = 0;
    }
    const at = this.arenaUsed;
    const arena = this.arena;
    for (let i = 0; i < n; i++) arena[at + i] = values[i];
    this.arenaUsed = at + n;
    return new Uint32Array(arena.buffer, at * 4, n);
  }

  private push(start: number, end: number, info: WordInfo): void {
    if (this.count === this.starts.length) {
      const s = new Int32Array(this.count * 2);
      s.set(this.starts);
      this.starts = s;
      const e = new Int32Array(this.count * 2);
      e.set(this.ends);
      this.ends = e;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.infos.push(info);
    this.count++;
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

/** Collects the hashes of a signature into shared scratch buffers, then copies out sorted sets. */
class SignatureBuilder {
  private nWords = 0;
  private nNames = 0;

  constructor(
    private readonly exclude: ReadonlySet<string>,
    private readonly owner: TextWords,
  ) {}

  add(info: WordInfo | null): void {
    if (!info || (this.exclude.size > 0 && this.exclude.has(info.stem))) return;
    if (this.nWords === SCRATCH_WORDS.length) SCRATCH_WORDS = grow(SCRATCH_WORDS);
    SCRATCH_WORDS[this.nWords++] = info.hash;
    if (info.name) {
      if (this.nNames === SCRATCH_NAMES.length) SCRATCH_NAMES = grow(SCRATCH_NAMES);
      SCRATCH_NAMES[this.nNames++] = info.hash;
    }
  }

  done(): ContextSignature {
    const words = this.owner.keep(SCRATCH_WORDS, sortUnique(SCRATCH_WORDS, this.nWords));
    const names = this.owner.keep(SCRATCH_NAMES, sortUnique(SCRATCH_NAMES, this.nNames));
    return { words, names };
  }
}

let SCRATCH_WORDS: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
let SCRATCH_NAMES: Uint32Array<ArrayBuffer> = new Uint32Array(1024);

function grow(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Raw word → info, keyed by the word's code units in the text (no substring is made for words
 * already seen); shared across texts, cleared when large. A pure cache of `computeWordInfo`.
 */
const TABLE_BITS = 17;
const TABLE_SIZE = 1 << TABLE_BITS;
const TABLE_MAX = TABLE_SIZE >>> 1;
let keys = emptyTable<string | undefined>(undefined);
let values = emptyTable<WordInfo | null>(null);
let filled = 0;

/** A packed array of TABLE_SIZE entries (`new Array(n)` this large would be a slow dictionary). */
function emptyTable<T>(fill: T): T[] {
  const a: T[] = [];
  for (let i = 0; i < TABLE_SIZE; i++) a.push(fill);
  return a;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** `computeWordInfo(text.slice(start, end))`, cached. */
function lookupWordInfo(text: string, start: number, end: number): WordInfo | null {
  if (end - start < 4) return null;
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return lookupHashed(text, start, end, h);
}

/** `lookupWordInfo` given `h`, the FNV-1a hash of the word's code units. */
function lookupHashed(text: string, start: number, end: number, h: number): WordInfo | null {
  const len = end - start;
  let slot = (h ^ (h >>> TABLE_BITS)) & (TABLE_SIZE - 1);
  for (;;) {
    const key = keys[slot];
    if (key === undefined) break;
    if (key.length === len && sameUnits(key, text, start)) return values[slot];
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  const raw = text.slice(start, end);
  const info = computeWordInfo(raw);
  if (filled >= TABLE_MAX) {
    keys = emptyTable<string | undefined>(undefined);
    values = emptyTable<WordInfo | null>(null);
    filled = 0;
    return info;
  }
  keys[slot] = raw;
  values[slot] = info;
  filled++;
  return info;
}

function sameUnits(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
