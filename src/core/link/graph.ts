/**
 * Connected components of linked claims, kept incrementally. Components merge small-into-large as
 * links are found, so a new claim is compared only with candidates of components it has not joined
 * yet: a quote shared by thousands of files costs one comparison per copy, not one per pair, and
 * only those links are stored (a sparse spanning structure, never n² edges). Removing a claim marks
 * its component broken and remembers the claim's neighbours; `flush` searches from those neighbours
 * at once and stops as soon as the searches meet (see `PieceSearch`), so splitting a giant component
 * costs the size of the pieces cut off, not of the component. The smaller pieces are re-linked
 * through their candidates, so the components always equal those of the full link relation.
 * Tests between claims already connected can be deferred until the stored links are read
 * (`deferIfConnected`): most components are never split nor refined.
 */
import { IdTable } from './idTable';
import { PieceSearch } from './pieces';


/** One connected component; the object identity is stable until it merges, splits or empties. */
export class Component {
  readonly members = new Set<number>();
  /** Deferred link tests between members (see `LinkGraph.deferIfConnected`), or null. */
  pending: PairLog | null = null;
}

/** A growing list of claim pairs (ids < 2^31) in one typed array: 8 bytes a pair, nothing for the GC to trace. */
export class PairLog {
  private ids = new Int32Array(8);
  /** Values used (two per pair). */
  length = 0;

  push(a: number, b: number): void {
    if (this.length + 2 > this.ids.length) this.grow(this.length + 2);
    this.ids[this.length++] = a;
    this.ids[this.length++] = b;
  }

  /** Appends every pair of `other`. */
  append(other: PairLog): void {
    if (this.length + other.length > this.ids.length) this.grow(this.length + other.length);
    this.ids.set(other.ids.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  /** The i-th value (pair k: values 2k and 2k + 1). */
  at(i: number): number {
    return this.ids[i];
  }

  private grow(min: number): void {
    let n = this.ids.length * 2;
    while (n < min) n *= 2;
    const ids = new Int32Array(n);
    ids.set(this.ids.subarray(0, this.length));
    this.ids = ids;
  }
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

/**
 * Only claims with links are stored: a claim without any has no adjacency list and no component
 * (most claims link to nothing, and their singleton components would carry no group).
 */
export class LinkGraph {
  /** Stored links, for claims that have at least one: most have one, stored bare (no array). */
  private readonly adj = new IdTable<number | number[]>();
  /** Component of every claim that has one (components hold at least two claims). */
  private readonly compOf = new IdTable<Component>();
  private readonly broken = new Set<Component>();
  /** Neighbours of claims removed since the last flush, per component: every piece holds one. */
  private readonly frontier = new Map<Component, Set<number>>();
  private readonly changed = new Set<Component>();
  private readonly dropped = new Set<Component>();
  /** Components holding deferred tests (see `resolveSomePending`). */
  private readonly withPending = new Set<Component>();
  /** Link tests run (insertions and re-links): a measure of work for tests and benchmarks. */
  comparisons = 0;

  /** A new claim: nothing to store until it links (kept for symmetry with `removeNode`). */
  addNode(id: number): void {
    void id;
  }

  /** True when the two claims already sit in one component (a link test would change nothing). */
  connected(a: number, b: number): boolean {
    const c = this.compOf.get(a);
    return c !== undefined && c === this.compOf.get(b);
  }

  /**
   * When `a` and `b` already sit in one component, records (true) that they are to be tested for a
   * link (`Relinker.linked(a, b)`) only once the stored links are read: such a link changes no membership; the
   * stored links are read only to split a component (`flush`, after a removal: see `resolve`) or to
   * refine one that spans too wide a range of figures (`ClaimIndex.partsOf`), which most never need.
   * Resolving before any read gives the same stored links as testing now: the test's inputs (the two
   * claims and whether their files are related) do not change while both claims are present.
   */
  deferIfConnected(a: number, b: number): boolean {
    const c = this.compOf.get(a);
    if (c === undefined || c !== this.compOf.get(b)) return false;
    if (!c.pending) {
      c.pending = new PairLog();
      this.withPending.add(c);
    }
    c.pending.push(a, b);
    return true;
  }

  /** Runs the deferred link tests of `id`'s component (see `deferIfConnected`), storing the links found. */
  resolve(id: number, relinker: Relinker): void {
    const c = this.compOf.get(id);
    if (c) this.resolveComponent(c, relinker);
  }

  /**
   * Runs deferred tests, whole components or part of one, until `budgetMs` has passed; true when none
   * is left. For idle time after a scan: a later removal or split then finds its component settled
   * instead of running a long backlog at once. Which tests run first changes nothing: each test's
   * inputs stay fixed while both claims are present (see `deferIfConnected`).
   */
  resolveSomePending(relinker: Relinker, budgetMs: number): boolean {
    const deadline = Date.now() + budgetMs;
    for (const c of this.withPending) {
      const p = c.pending;
      if (p) {
        while (p.length > 0) {
          const b = p.at(p.length - 1);
          const a = p.at(p.length - 2);
          p.length -= 2;
          if (this.compOf.get(a) === c && this.compOf.get(b) === c) {
            this.comparisons++;
            if (relinker.linked(a, b)) this.link(a, b);
          }
          if ((p.length & 255) === 0 && p.length > 0 && Date.now() >= deadline) return false;
        }
        c.pending = null;
      }
      this.withPending.delete(c);
      if (Date.now() >= deadline) return this.withPending.size === 0;
    }
    return true;
  }

  /**
   * `resolve` of component `c` in steps of `perStep` tests (a UI thread pauses between them). The
   * component may change between steps: its list is read again each time (a merge may have moved it).
   */
  *resolveInSteps(c: Component, relinker: Relinker, perStep = 4096): Generator<void, void, void> {
    for (;;) {
      const p = c.pending;
      if (!p || p.length === 0) {
        if (p) c.pending = null;
        this.withPending.delete(c);
        return;
      }
      for (let k = 0; k < perStep && p.length > 0; k++) {
        const b = p.at(p.length - 1);
        const a = p.at(p.length - 2);
        p.length -= 2;
        if (this.compOf.get(a) !== c || this.compOf.get(b) !== c) continue;
        this.comparisons++;
        if (relinker.linked(a, b)) this.link(a, b);
      }
      yield;
    }
  }

  private resolveComponent(c: Component, relinker: Relinker): void {
    const p = c.pending;
    this.withPending.delete(c);
    if (!p) return;
    c.pending = null;
    for (let i = 0; i < p.length; i += 2) {
      const a = p.at(i);
      const b = p.at(i + 1);
      // Both are members unless one was removed without `resolve` first (then it has no links to keep).
      if (this.compOf.get(a) !== c || this.compOf.get(b) !== c) continue;
      this.comparisons++;
      if (relinker.linked(a, b)) this.link(a, b);
    }
  }

  /** Records a link between two present claims (never one already stored) and merges their components. */
  link(a: number, b: number): void {
    if (a === b) return;
    this.addEdge(a, b);
    this.addEdge(b, a);
    this.merge(a, b);
  }

  /** Forgets a claim and its links; `resolve` its component first when it may hold deferred tests. */
  removeNode(id: number): void {
    const near = this.neighbours(id);
    this.adj.delete(id);
    for (const n of near) this.unlink(n, id);
    const c = this.compOf.get(id);
    if (!c) return;
    this.compOf.delete(id);
    c.members.delete(id);
    if (c.members.size <= 1) {
      for (const m of c.members) this.compOf.delete(m);
      this.drop(c);
      return;
    }
    this.changed.add(c);
    if (near.length > 1) this.broken.add(c);
    let f = this.frontier.get(c);
    if (!f) this.frontier.set(c, (f = new Set()));
    for (const n of near) f.add(n);
  }

  /** The stored links of `id`. */
  neighbours(id: number): readonly number[] {
    const v = this.adj.get(id);
    return v === undefined ? [] : typeof v === 'number' ? [v] : v;
  }

  componentOf(id: number): Component | undefined {
    return this.compOf.get(id);
  }

  /** Splits broken components, then reports what changed since the last flush. */
  flush(relinker: Relinker): FlushResult {
    for (const c of [...this.broken]) this.split(c, relinker);
    this.broken.clear();
    this.frontier.clear();
    const out = { dropped: [...this.dropped], changed: [...this.changed] };
    this.dropped.clear();
    this.changed.clear();
    return out;
  }

  private addEdge(from: number, to: number): void {
    const v = this.adj.get(from);
    if (v === undefined) this.adj.set(from, to);
    else if (typeof v === 'number') this.adj.set(from, [v, to]);
    else v.push(to);
  }

  private unlink(from: number, to: number): void {
    const v = this.adj.get(from);
    if (v === undefined) return;
    if (typeof v === 'number') {
      if (v === to) this.adj.delete(from);
      return;
    }
    const at = v.indexOf(to);
    if (at >= 0) {
      v[at] = v[v.length - 1];
      v.pop();
    }
    if (v.length === 1) this.adj.set(from, v[0]);
  }

  private merge(a: number, b: number): void {
    const ca = this.compOf.get(a);
    const cb = this.compOf.get(b);
    if (ca && ca === cb) return;
    if (!ca || !cb) {
      const c = ca ?? cb ?? new Component();
      for (const m of [a, b]) {
        c.members.add(m);
        this.compOf.set(m, c);
      }
      this.changed.add(c);
      return;
    }
    const [big, small] = ca.members.size >= cb.members.size ? [ca, cb] : [cb, ca];
    for (const m of small.members) {
      big.members.add(m);
      this.compOf.set(m, big);
    }
    this.mergePending(big, small);
    if (this.broken.delete(small)) this.broken.add(big);
    const f = this.frontier.get(small);
    if (f) {
      const into = this.frontier.get(big);
      if (into) for (const n of f) into.add(n);
      else this.frontier.set(big, f);
    }
    this.drop(small);
    this.changed.add(big);
  }

  /** Moves the deferred tests of `small` to `big` (the shorter list is copied, so a pair moves O(log n) times). */
  private mergePending(big: Component, small: Component): void {
    const from = small.pending;
    small.pending = null;
    this.withPending.delete(small);
    if (!from) return;
    const into = big.pending;
    if (!into || into.length < from.length) {
      big.pending = from;
      if (into) from.append(into);
    } else into.append(from);
    this.withPending.add(big);
  }

  private drop(c: Component): void {
    this.withPending.delete(c);
    this.changed.delete(c);
    this.broken.delete(c);
    this.frontier.delete(c);
    this.dropped.add(c);
  }

  /**
   * Pieces along stored links: the pieces cut off get new components and look for links they may
   * have skipped; the rest keeps the component (its group objects are rebuilt: it changed). Pieces
   * left with one claim then lose their component.
   */
  private split(c: Component, relinker: Relinker): void {
    if (!c.members.size || this.dropped.has(c)) return;
    // The pieces are found along stored links: every deferred one is stored first.
    this.resolveComponent(c, relinker);
    const seeds = [...(this.frontier.get(c) ?? [])].filter((id) => this.compOf.get(id) === c);
    const cut = new PieceSearch(seeds, (id) => this.neighbours(id)).run();
    if (cut.length === 0) return;
    const fresh = new Set<Component>([c]);
    for (const piece of cut) {
      const p = new Component();
      for (const m of piece) {
        c.members.delete(m);
        p.members.add(m);
        this.compOf.set(m, p);
      }
      fresh.add(p);
      this.changed.add(p);
    }
    this.changed.add(c);
    for (const piece of cut) {
      for (const m of piece) this.relink(m, fresh, relinker);
    }
    for (const p of fresh) {
      if (p.members.size > 1 || this.dropped.has(p)) continue;
      for (const m of p.members) this.compOf.delete(m);
      this.drop(p);
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
}
