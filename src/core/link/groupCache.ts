/**
 * Group objects per component, built lazily and cached until the component changes. Requests
 * (`groups`, `groupsForFile`) build what they need, and `ClaimIndex.buildGroupsStep` builds the rest
 * in short slices; upserts never build (a giant component's groups would stall one call).
 */
import type { ClaimGroup } from '../types';
import type { Component, FlushResult } from './graph';

/** A component's group objects; `byNode` when it was split into several parts. */
export interface BuiltGroups {
  groups: ClaimGroup[];
  byNode: Map<number, ClaimGroup> | null;
}

export class GroupCache {
  /** Components of at least two claims (those that may hold groups). */
  private readonly live = new Set<Component>();
  private readonly built = new Map<Component, BuiltGroups>();

  constructor(private readonly build: (c: Component) => BuiltGroups) {}

  /** Forgets the groups of components that changed; true when anything did. */
  apply({ dropped, changed }: FlushResult): boolean {
    for (const c of dropped) {
      this.live.delete(c);
      this.built.delete(c);
    }
    for (const c of changed) {
      this.built.delete(c);
      if (c.members.size >= 2) this.live.add(c);
      else this.live.delete(c);
    }
    return dropped.length > 0 || changed.length > 0;
  }

  /** True when `c`'s group objects are built and current. */
  has(c: Component): boolean {
    return this.built.has(c);
  }

  /**
   * Builds every live component not built yet through `steps` (a stepped build, null when it went
   * stale: the component changed between its steps), pausing after each build and every 64
   * components visited. Components may change between pauses: those still missing are built by
   * the next pass (see `complete`).
   */
  *buildMissing(steps: (c: Component) => Generator<void, BuiltGroups | null, void>): Generator<void, void, void> {
    let n = 0;
    for (const c of this.live) {
      if (!this.built.has(c)) {
        const b = yield* steps(c);
        if (b && this.live.has(c)) this.built.set(c, b);
        yield;
      } else if ((++n & 63) === 0) yield;
    }
  }

  /**
   * Every group, like `all`, pausing every 1,024 components; null when a component is not built
   * (it changed meanwhile: build the missing ones first).
   */
  *allInSteps(): Generator<void, ClaimGroup[] | null, void> {
    const out: ClaimGroup[] = [];
    let n = 0;
    for (const c of this.live) {
      const b = this.built.get(c);
      if (!b) return null;
      for (const g of b.groups) out.push(g);
      if ((++n & 1023) === 0) yield;
    }
    return out;
  }

  /** The group objects of a component, built on first request. */
  get(c: Component): BuiltGroups {
    let hit = this.built.get(c);
    if (!hit) {
      hit = this.build(c);
      this.built.set(c, hit);
    }
    return hit;
  }

  /** The group holding claim `id` of component `c`, if any. */
  groupOf(c: Component, id: number): ClaimGroup | undefined {
    if (c.members.size < 2) return undefined;
    const b = this.get(c);
    return b.byNode ? b.byNode.get(id) : b.groups[0];
  }

  /** Every group, building what is missing. */
  all(): ClaimGroup[] {
    const out: ClaimGroup[] = [];
    for (const c of this.live) out.push(...this.get(c).groups);
    return out;
  }
}
