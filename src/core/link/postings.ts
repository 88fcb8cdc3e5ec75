/**
 * An inverted index: key → ids, with removal. Lists are arrays (most hold one or two ids); callers
 * never add the same id twice under one key.
 */
const EMPTY: readonly number[] = [];

export class Postings<K> {
  private readonly lists = new Map<K, number[]>();

  get(key: K): readonly number[] {
    return this.lists.get(key) ?? EMPTY;
  }

  add(key: K, id: number): void {
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [id]);
    else list.push(id);
  }

  delete(key: K, id: number): void {
    const list = this.lists.get(key);
    if (!list) return;
    const at = list.indexOf(id);
    if (at < 0) return;
    list[at] = list[list.length - 1]!;
    list.pop();
    if (list.length === 0) this.lists.delete(key);
  }
}
