/**
 * Which parts of a component fall away when claims are removed from it. Every remaining piece
 * holds a neighbour of a removed claim (a seed), so breadth-first searches run from all seeds in
 * turn, one node each per round; searches that meet merge (union-find), and a search that runs out
 * of nodes has found a whole piece. It stops when one search is left: that one is the rest of the
 * component, never walked in full. Cost: about the size of the pieces cut off times the number
 * of seeds, independent of the size of the component.
 */

interface Search {
  /** Union-find parent (a search merged into another points to it). */
  parent: Search | null;
  queue: number[];
  head: number;
  members: number[];
}

export class PieceSearch {
  private readonly owner = new Map<number, Search>();
  private readonly active: Search[] = [];

  constructor(seeds: readonly number[], private readonly neighbours: (id: number) => Iterable<number>) {
    for (const s of new Set(seeds)) {
      const search: Search = { parent: null, queue: [s], head: 0, members: [s] };
      this.owner.set(s, search);
      this.active.push(search);
    }
  }

  /** The pieces cut off from the component (empty when it is still connected). */
  run(): number[][] {
    const cut: number[][] = [];
    let live = this.active.filter((s) => s.parent === null);
    while (live.length > 1) {
      for (const s of live) {
        if (s.parent !== null) continue;
        if (s.head >= s.queue.length) {
          cut.push(s.members);
          s.parent = s; // finished: no longer live
          continue;
        }
        this.expand(s, s.queue[s.head++]);
      }
      live = live.filter((s) => s.parent === null);
    }
    // Every search finished in the same round: the last piece keeps the component.
    if (live.length === 0) cut.pop();
    return cut;
  }

  private expand(s: Search, id: number): void {
    let me = this.root(s);
    for (const n of this.neighbours(id)) {
      const o = this.owner.get(n);
      if (o === undefined) {
        this.owner.set(n, me);
        me.queue.push(n);
        me.members.push(n);
        continue;
      }
      const r = this.root(o);
      if (r !== me) me = this.union(me, r);
    }
  }

  /** The live search `s` belongs to (a finished search is its own root). */
  private root(s: Search): Search {
    let r = s;
    while (r.parent !== null && r.parent !== r) r = r.parent;
    // Path compression: later look-ups from `s` take one step.
    if (s !== r && s.parent !== r) s.parent = r;
    return r;
  }

  /** Merges two live searches: the smaller one's queue and members move into the larger. */
  private union(a: Search, b: Search): Search {
    const [big, small] = a.members.length >= b.members.length ? [a, b] : [b, a];
    for (let i = small.head; i < small.queue.length; i++) big.queue.push(small.queue[i]);
    for (const m of small.members) big.members.push(m);
    small.parent = big;
    small.queue = [];
    small.members = [];
    return big;
  }
}
