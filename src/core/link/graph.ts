/**
 * Connected components of linked claims, kept incrementally. Components merge small-into-large as
 * links are found, so a new claim is compared only with candidates of components it has not joined
 * yet: a quote shared by thousands of files costs one comparison per copy, not one per pair, and
 * only those links are stored (a sparse spanning structure, never n² edges). Removing a claim marks
 * its component broken; `flush` splits it along the stored links and re-links the smaller pieces
 * through their candidates, so the components always equal those of the full link relation.
 */

/** One connected component; the object identity is stable until it merges, splits or empties. */
export class Component {
  readonly members = new Set<number>();
}

/** How to find and test the links of a claim again when a component has to be split. */
export interface Relinker {
  /** Claims that may link with `id` (from the inverted lists; may include `id` and duplicates). */
  candidates(id: number): Iterable<number>;
  /** True when the two claims link. */
  linked(a: number, b: number): boolean;
}

export interface FlushResult {
  /** Components that no longer exist (merged away, split or emptied). */
  dropped: Component[];
  /** Live components whose membership changed. */
  changed: Component[];
}

export class LinkGraph {
  private readonly adj = new Map<number, Set<number>>();
  private readonly compOf = new Map<number, Component>();
  private readonly broken = new Set<Component>();
  private readonly changed = new Set<Component>();
  private readonly dropped = new Set<Component>();
  /** Link tests run (insertions and re-links): a measure of work for tests and benchmarks. */
  comparisons = 0;

  addNode(id: number): void {
    if (this.compOf.has(id)) return;
    const c = new Component();
    c.members.add(id);
    this.compOf.set(id, c);
    this.adj.set(id, new Set());
    this.changed.add(c);
  }

  /** True when the two claims already sit in one component (a link test would change nothing). */
  connected(a: number, b: number): boolean {
    const c = this.compOf.get(a);
    return c !== undefined && c === this.compOf.get(b);
  }

  /** Records a link and merges the two components. */
  link(a: number, b: number): void {
    const sa = this.adj.get(a);
    const sb = this.adj.get(b);
    if (a === b || !sa || !sb) return;
    sa.add(b);
    sb.add(a);
    this.merge(a, b);
  }

  removeNode(id: number): void {
    const c = this.compOf.get(id);
    const near = this.adj.get(id);
    if (!c || !near) return;
    for (const n of near) this.adj.get(n)?.delete(id);
    this.adj.delete(id);
    this.compOf.delete(id);
    c.members.delete(id);
    if (c.members.size === 0) this.drop(c);
    else {
      this.changed.add(c);
      if (near.size > 1) this.broken.add(c);
    }
  }

  /** The stored links of `id`. */
  neighbours(id: number): Iterable<number> {
    return this.adj.get(id) ?? [];
  }

  componentOf(id: number): Component | undefined {
    return this.compOf.get(id);
  }

  /** Splits broken components, then reports what changed since the last flush. */
  flush(relinker: Relinker): FlushResult {
    for (const c of [...this.broken]) this.split(c, relinker);
    this.broken.clear();
    const out = { dropped: [...this.dropped], changed: [...this.changed] };
    this.dropped.clear();
    this.changed.clear();
    return out;
  }

  private merge(a: number, b: number): void {
    const ca = this.compOf.get(a);
    const cb = this.compOf.get(b);
    if (!ca || !cb || ca === cb) return;
    const [big, small] = ca.members.size >= cb.members.size ? [ca, cb] : [cb, ca];
    for (const m of small.members) {
      big.members.add(m);
      this.compOf.set(m, big);
    }
    if (this.broken.delete(small)) this.broken.add(big);
    this.drop(small);
    this.changed.add(big);
  }

  private drop(c: Component): void {
    this.changed.delete(c);
    this.broken.delete(c);
    this.dropped.add(c);
  }

  /** Pieces along stored links; the smaller pieces look for links they may have skipped. */
  private split(c: Component, relinker: Relinker): void {
    if (!c.members.size || this.dropped.has(c)) return;
    const pieces = this.pieces(c);
    if (pieces.length < 2) return;
    this.drop(c);
    const fresh = new Set<Component>();
    for (const piece of pieces) {
      const p = new Component();
      for (const m of piece) {
        p.members.add(m);
        this.compOf.set(m, p);
      }
      fresh.add(p);
      this.changed.add(p);
    }
    pieces.sort((x, y) => y.length - x.length);
    for (const piece of pieces.slice(1)) {
      for (const m of piece) this.relink(m, fresh, relinker);
    }
  }

  private relink(m: number, fresh: ReadonlySet<Component>, relinker: Relinker): void {
    for (const other of relinker.candidates(m)) {
      const oc = this.compOf.get(other);
      if (!oc || !fresh.has(oc) || oc === this.compOf.get(m)) continue;
      this.comparisons++;
      if (relinker.linked(m, other)) this.link(m, other);
    }
  }

  private pieces(c: Component): number[][] {
    const seen = new Set<number>();
    const out: number[][] = [];
    for (const start of c.members) {
      if (seen.has(start)) continue;
      seen.add(start);
      const queue = [start];
      for (let i = 0; i < queue.length; i++) {
        for (const n of this.adj.get(queue[i]) ?? []) {
          if (!seen.has(n)) {
            seen.add(n);
            queue.push(n);
          }
        }
      }
      out.push(queue);
    }
    return out;
  }
}
