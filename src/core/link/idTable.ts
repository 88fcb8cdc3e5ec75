/**
 * A map from small sequential ids (claims, files: `ClaimIndex` hands them out in increasing order)
 * to values, kept in a plain array indexed by id. Unlike a `Map` of a million entries, it never
 * rehashes all its entries at once when it grows (a growth copies one pointer per slot, a single
 * memcpy), so no single insertion stalls; it also takes one slot per id instead of a hash entry.
 * Keys iterate in increasing id order, which for increasing ids is insertion order, as with a Map.
 */
export class IdTable<T> {
  private readonly slots: Array<T | undefined> = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(id: number): T | undefined {
    return this.slots[id];
  }

  has(id: number): boolean {
    return this.slots[id] !== undefined;
  }

  /** Stores `value` (never undefined) under `id`. */
  set(id: number, value: T): void {
    if (this.slots[id] === undefined) this.count++;
    // Ids are handed out in increasing order, so the array grows at its end (no large gaps).
    while (this.slots.length < id) this.slots.push(undefined);
    this.slots[id] = value;
  }

  delete(id: number): boolean {
    if (this.slots[id] === undefined) return false;
    this.slots[id] = undefined;
    this.count--;
    return true;
  }

  /** Present ids in increasing order; ids set or deleted during the walk are seen as a Map would. */
  *keys(): Generator<number, void> {
    for (let i = 0; i < this.slots.length; i++) if (this.slots[i] !== undefined) yield i;
  }
}
