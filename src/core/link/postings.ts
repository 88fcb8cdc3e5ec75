/**
 * An inverted index: 32-bit hash key → entries (ids, or the nodes themselves so a scan needs no
 * further look-up), with removal. Most keys hold one entry, stored bare (no array); callers never
 * add the same entry twice under one key. Keys are stored as int32: small integers hash faster
 * than heap numbers in a Map. The keys are spread over SHARDS maps (by their low bits, hashes are
 * uniform): a Map rehashes every entry when it grows, which for millions of keys stalls one call
 * for hundreds of ms; a shard holds 1/SHARDS of them.
 */
const EMPTY: readonly never[] = [];
const SHARDS = 256;

export class Postings<T = number> {
  private readonly shards: Array<Map<number, T | T[]>> = Array.from({ length: SHARDS }, () => new Map<number, T | T[]>());
  /** Returned for single-entry keys (see `get`). */
  private readonly one: T[] = [];

  /**
   * The entries under `key`. The array is only valid until the next call on this index (a
   * single entry is handed out in a shared array); do not keep or modify it.
   */
  get(key: number): readonly T[] {
    const k = key | 0;
    const v = this.shards[k & (SHARDS - 1)].get(k);
    if (v === undefined) return EMPTY;
    if (Array.isArray(v)) return v;
    this.one[0] = v;
    return this.one;
  }

  add(key: number, entry: T): void {
    const k = key | 0;
    const lists = this.shards[k & (SHARDS - 1)];
    const v = lists.get(k);
    if (v === undefined) lists.set(k, entry);
    else if (Array.isArray(v)) v.push(entry);
    else lists.set(k, [v, entry]);
  }

  delete(key: number, entry: T): void {
    const k = key | 0;
    const lists = this.shards[k & (SHARDS - 1)];
    const v = lists.get(k);
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      if (v === entry) lists.delete(k);
      return;
    }
    const at = v.indexOf(entry);
    if (at < 0) return;
    v[at] = v[v.length - 1];
    v.pop();
    if (v.length === 1) lists.set(k, v[0]);
  }
}

/** Slots of a new shard table (a power of two); a table doubles once over half full. */
const MIN_SLOTS = 16;

/** One shard of `IdPostings`: open addressing with linear probing over two typed arrays. */
class IdShard {
  keys = new Int32Array(MIN_SLOTS);
  /** 0: free slot; > 0: the key's single entry; < 0: -(i + 1) for the list `lists[i]`. */
  vals = new Int32Array(MIN_SLOTS);
  size = 0;

  /** The slot of `key`, or the free slot where it would go. */
  find(key: number): number {
    const mask = this.keys.length - 1;
    let i = (key >>> 8) & mask;
    while (this.vals[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** Stores `val` under `key` in the free slot `i` (from `find`), growing the table first when needed. */
  insert(i: number, key: number, val: number): void {
    if (2 * (this.size + 1) > this.keys.length) {
      this.grow();
      i = this.find(key);
    }
    this.keys[i] = key;
    this.vals[i] = val;
    this.size++;
  }

  /** Empties slot `i` and shifts the entries of its probe run back (no tombstones). */
  remove(i: number): void {
    const keys = this.keys;
    const vals = this.vals;
    const mask = keys.length - 1;
    let hole = i;
    for (let j = (i + 1) & mask; vals[j] !== 0; j = (j + 1) & mask) {
      const home = (keys[j] >>> 8) & mask;
      // Move j into the hole unless its home lies cyclically in (hole, j].
      if (hole <= j ? home > hole && home <= j : home > hole || home <= j) continue;
      keys[hole] = keys[j];
      vals[hole] = vals[j];
      hole = j;
    }
    vals[hole] = 0;
    this.size--;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.vals = new Int32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldVals[i] === 0) continue;
      const j = this.find(oldKeys[i]);
      this.keys[j] = oldKeys[i];
      this.vals[j] = oldVals[i];
    }
  }
}

/**
 * `Postings` of positive integer ids (at most 2^31 − 1), with the same lists and the same order
 * under adds and swap-removals, kept in typed arrays: a key with one entry costs 16 bytes or less
 * and nothing the garbage collector has to trace (a Map entry costs about three times that, in
 * the traced heap). Keys with several entries point to a plain array.
 */
export class IdPostings {
  private readonly shards: IdShard[] = Array.from({ length: SHARDS }, () => new IdShard());
  private readonly lists: number[][] = [];
  /** Indexes of `lists` free for reuse. */
  private readonly freeLists: number[] = [];
  private readonly one: number[] = [];

  /** The entries under `key`; valid until the next call on this index (do not keep or modify it). */
  get(key: number): readonly number[] {
    const k = key | 0;
    const shard = this.shards[k & (SHARDS - 1)];
    const v = shard.vals[shard.find(k)];
    if (v === 0) return EMPTY;
    if (v < 0) return this.lists[-v - 1];
    this.one[0] = v;
    return this.one;
  }

  /** Files `entry` (a positive integer) under `key`; the same entry is never added twice under one key. */
  add(key: number, entry: number): void {
    if (!(entry > 0 && entry <= 0x7fffffff && Number.isInteger(entry))) throw new RangeError(`IdPostings: bad entry ${entry}`);
    const k = key | 0;
    const shard = this.shards[k & (SHARDS - 1)];
    const i = shard.find(k);
    const v = shard.vals[i];
    if (v === 0) shard.insert(i, k, entry);
    else if (v < 0) this.lists[-v - 1].push(entry);
    else shard.vals[i] = -this.newList([v, entry]) - 1;
  }

  delete(key: number, entry: number): void {
    const k = key | 0;
    const shard = this.shards[k & (SHARDS - 1)];
    const i = shard.find(k);
    const v = shard.vals[i];
    if (v === 0) return;
    if (v > 0) {
      if (v === entry) shard.remove(i);
      return;
    }
    const list = this.lists[-v - 1];
    const at = list.indexOf(entry);
    if (at < 0) return;
    list[at] = list[list.length - 1];
    list.pop();
    if (list.length === 1) {
      shard.vals[i] = list[0];
      this.lists[-v - 1] = [];
      this.freeLists.push(-v - 1);
    }
  }

  private newList(list: number[]): number {
    const at = this.freeLists.pop();
    if (at === undefined) return this.lists.push(list) - 1;
    this.lists[at] = list;
    return at;
  }
}
