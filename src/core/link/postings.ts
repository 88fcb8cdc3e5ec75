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
