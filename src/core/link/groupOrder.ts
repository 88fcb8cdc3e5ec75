/**
 * The stable order of the groups a `ClaimIndex` reports: quote groups first, then by number of
 * distinct files (descending), then by id, sorted at once or in short steps. Separate from the
 * index because it is pure over finished `ClaimGroup` objects and knows nothing of how they link.
 */
import type { ClaimGroup } from '../types';
import { sortInSteps } from '../sortSteps';

/** Code-unit order of two strings (-1, 0, 1), independent of the locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Distinct files of a group (members are sorted by path). Not memoised: a WeakMap of hundreds of
 * thousands of groups stalls for tens of milliseconds each time it grows, and a count is one pass.
 */
function fileCount(g: ClaimGroup): number {
  let n = 0;
  for (let i = 0; i < g.members.length; i++) if (i === 0 || g.members[i].path !== g.members[i - 1].path) n++;
  return n;
}

/** A group with its distinct file count, the sort key `groupOrder` reads. */
export interface Keyed {
  g: ClaimGroup;
  files: number;
}

/** Quote groups first, then by number of files (descending), then by id. */
function groupOrder(a: Keyed, b: Keyed): number {
  return cmp(b.g.kind, a.g.kind) || b.files - a.files || cmp(a.g.id, b.g.id);
}

/** `groups` in the reported order (a new array). */
export function sortGroups(groups: ClaimGroup[]): ClaimGroup[] {
  return groups.map((g) => ({ g, files: fileCount(g) })).sort(groupOrder).map((k) => k.g);
}

/** `all` keyed and sorted like `sortGroups`, pausing every 1,024 keys and inside the merge sort. */
export function* sortKeyedInSteps(all: readonly ClaimGroup[]): Generator<void, Keyed[], void> {
  const keyed: Keyed[] = [];
  for (let i = 0; i < all.length; i++) {
    keyed.push({ g: all[i], files: fileCount(all[i]) });
    if ((i & 1023) === 1023) yield;
  }
  return yield* sortInSteps(keyed, groupOrder);
}
