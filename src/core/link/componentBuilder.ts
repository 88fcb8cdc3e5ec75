/**
 * Builds the group objects of one link-graph component: its member sets (number components that
 * chain too wide a range of figures are split, see `refine.ts`), then one group per set with its
 * members' views and order (see `groupBuild.ts`). A large component is built in steps, so a caller
 * on the UI thread can spread it over short slices; a stepped build notices a change of the index
 * meanwhile and gives up (null), to be built again.
 */
import type { ClaimGroup } from '../types';
import type { Component, LinkGraph, Relinker } from './graph';
import type { BuiltGroups } from './groupCache';
import { refineComponent, spansTooWide } from './refine';
import { numberGroupSteps, quoteGroupSteps } from './groupBuild';
import { figuresCompatible } from './numberMatch';
import type { NumberNode } from './numberNode';
import type { QuoteNode } from './quoteNode';
import type { IdTable } from './idTable';

/** Components from this size are built in steps by `steps` (smaller ones in one go). */
const STEPPED_MIN = 512;

/** What the builder reads of the index. */
export interface BuilderDeps {
  quotes: IdTable<QuoteNode>;
  numbers: IdTable<NumberNode>;
  graph: LinkGraph;
  relinker: Relinker;
  /** Whether two files are syndicated copies or share passages. */
  related(fileA: number, fileB: number): boolean;
  /** A counter the index bumps at every change. */
  mutations(): number;
  /** Component size from which builds are stepped (tests lower it); undefined: STEPPED_MIN. */
  steppedFrom(): number | undefined;
}

/** Group objects of components (see the file comment). */
export class ComponentBuilder {
  constructor(private readonly deps: BuilderDeps) {}

  /** Builds the group objects of one component (see `GroupCache`). */
  build(c: Component): BuiltGroups {
    for (const s = this.steps(c, false); ;) {
      const step = s.next();
      if (step.done) return step.value ?? { groups: [], byNode: null }; // never null in one go
    }
  }

  /**
   * `build` in steps when `stepped` and the component is large (its deferred tests, then
   * each group's views and sort, see `numberGroupSteps`); null when the index changed meanwhile.
   */
  *steps(c: Component, stepped = true): Generator<void, BuiltGroups | null, void> {
    const at = this.deps.mutations();
    const large = stepped && c.members.size >= (this.deps.steppedFrom() ?? STEPPED_MIN);
    if (large && c.pending) {
      const members = [...c.members];
      if (this.deps.numbers.has(members[0]) && spansTooWide(members, (id) => this.deps.numbers.get(id)?.abs ?? 0)) {
        yield* this.deps.graph.resolveInSteps(c, this.deps.relinker);
        if (this.deps.mutations() !== at) return null;
      }
    }
    const parts = this.partsOf(c);
    const out: BuiltGroups = { groups: [], byNode: parts.length > 1 ? new Map() : null };
    for (const part of parts) {
      if (large) yield;
      const group = yield* this.memberGroupSteps(part);
      if (this.deps.mutations() !== at) return null;
      if (!group) continue;
      out.groups.push(group);
      if (out.byNode) for (const id of part) out.byNode.set(id, group);
    }
    return out;
  }

  /** A component's member sets: number components that chain too wide a range are split. */
  private partsOf(c: Component): number[][] {
    if (c.members.size < 2) return [];
    const members = [...c.members];
    if (!this.deps.numbers.has(members[0])) return [members];
    return refineComponent({
      members,
      // Splitting reads the stored links: the deferred tests are run first (see `LinkGraph.deferIfConnected`).
      beforeSplit: () => this.deps.graph.resolve(members[0], this.deps.relinker),
      neighbours: (id) => this.deps.graph.neighbours(id),
      value: (id) => this.deps.numbers.get(id)?.abs ?? 0,
      strength: (a, b) => this.numberStrength(a, b),
    });
  }

  private numberStrength(a: number, b: number): number {
    const x = this.deps.numbers.get(a);
    const y = this.deps.numbers.get(b);
    if (!x || !y) return 0;
    if (this.deps.related(x.fileId, y.fileId)) return 2;
    return figuresCompatible(x, y) ? 1 : 0;
  }

  /** The group of one member set, in steps (see `quoteGroupSteps`), or null. */
  private *memberGroupSteps(ids: readonly number[]): Generator<void, ClaimGroup | null, void> {
    const first = ids[0];
    if (first === undefined || ids.length < 2) return null;
    if (this.deps.quotes.has(first)) return yield* quoteGroupSteps(this.locate(ids, this.deps.quotes));
    return yield* numberGroupSteps(this.locate(ids, this.deps.numbers));
  }

  private locate<T extends { path: string }>(ids: readonly number[], nodes: IdTable<T>): Array<{ node: T; path: string }> {
    const out: Array<{ node: T; path: string }> = [];
    for (const id of ids) {
      const node = nodes.get(id);
      if (node) out.push({ node, path: node.path });
    }
    return out;
  }
}
