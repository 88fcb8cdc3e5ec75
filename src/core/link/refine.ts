/**
 * Guards number groups against chaining (10 → 18 → 30 → 55 … through pairwise links): a component
 * whose figures span more than MAX_SPAN is split, keeping first only links between compatible
 * figures, then only links between syndicated copies.
 */

export const MAX_SPAN = 2;

export interface RefineInput {
  members: readonly number[];
  neighbours: (id: number) => Iterable<number>;
  /** 2: syndicated copies, 1: compatible figures, 0: merely similar. */
  strength: (a: number, b: number) => number;
  value: (id: number) => number;
  /** Called once before the links are read (only when the span is too wide), to complete them. */
  beforeSplit?: () => void;
}

function span(ids: readonly number[], value: (id: number) => number): number {
  let lo = Infinity;
  let hi = 0;
  for (const id of ids) {
    const v = Math.abs(value(id));
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi / Math.max(lo, 1e-9);
}

function components(ids: readonly number[], input: RefineInput, minStrength: number): number[][] {
  const inside = new Set(ids);
  const seen = new Set<number>();
  const out: number[][] = [];
  for (const start of ids) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const a = queue[i];
      for (const b of input.neighbours(a)) {
        if (inside.has(b) && !seen.has(b) && input.strength(a, b) >= minStrength) {
          seen.add(b);
          queue.push(b);
        }
      }
    }
    out.push(queue.sort((x, y) => x - y));
  }
  return out;
}

/** True when `refineComponent` would split `members` (and so read every stored link first). */
export function spansTooWide(members: readonly number[], value: (id: number) => number): boolean {
  return span(members, value) > MAX_SPAN;
}

/** The member sets a component stands for: itself when its span is plausible, else its splits. */
export function refineComponent(input: RefineInput): number[][] {
  if (!spansTooWide(input.members, input.value)) return [[...input.members]];
  input.beforeSplit?.();
  const out: number[][] = [];
  for (const part of components(input.members, input, 1)) {
    if (span(part, input.value) <= MAX_SPAN) out.push(part);
    else out.push(...components(part, input, 2));
  }
  return out;
}
