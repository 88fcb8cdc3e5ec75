/**
 * Group objects per component, built lazily and cached until the component changes. Requests
 * (`groups`, `groupsForFile`) build what they need; between requests, `work` builds a few components
 * that have not changed for a while, so a final `groups()` after bulk indexing has little left to do
 * and a component that keeps growing is not rebuilt at every step.
 */
import type { ClaimGroup } from '../types';
import type { Component, FlushResult } from './graph';

/** A component's group objects; `byNode` when it was split into several parts. */
export interface BuiltGroups {
  groups: ClaimGroup[];
  byNode: Map<number, ClaimGroup> | null;
}

/** Upserts a component must stay unchanged before it is built ahead of a request. */
export const STABLE_AFTER = 256;

export class GroupCache {
  /** Components of at least two claims (those that may hold groups). */
  private readonly live = new Set<Component>();
  private readonly built = new Map<Component, BuiltGroups>();
  /** Live components not built yet → tick of their last change (oldest first). */
  private readonly pending = new Map<Component, number>();

  constructor(private readonly build: (c: Component) => BuiltGroups) {}

  /** Forgets the groups of components that changed; true when anything did. */
  apply({ dropped, changed }: FlushResult, tick: number): boolean {
    for (const c of dropped) {
      this.live.delete(c);
      this.built.delete(c);
      this.pending.delete(c);
    }
    for (const c of changed) {
      this.built.delete(c);
      this.pending.delete(c);
      if (c.members.size >= 2) {
        this.live.add(c);
        this.pending.set(c, tick);
      } else this.live.delete(c);
    }
    return dropped.length > 0 || changed.length > 0;
  }

  /** The group objects of a component, built on first request. */
  get(c: Component): BuiltGroups {
    let hit = this.built.get(c);
    if (!hit) {
      hit = this.build(c);
      this.built.set(c, hit);
      this.pending.delete(c);
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

  /** Builds up to `max` components unchanged for STABLE_AFTER ticks (background work). */
  work(tick: number, max: number): void {
    let n = 0;
    for (const [c, since] of this.pending) {
      if (n >= max || tick - since < STABLE_AFTER) return;
      this.get(c);
      n++;
    }
  }
}
