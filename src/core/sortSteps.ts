/**
 * A stable sort that can be spread over short slices: sorted runs, then bottom-up merges, yielding
 * every so often. The caller drives it (a UI thread pauses between steps); the result is the same
 * as `[...items].sort(order)`.
 */
export function* sortInSteps<T>(items: readonly T[], order: (a: T, b: T) => number): Generator<void, T[], void> {
  const RUN = 2048;
  let src: T[] = [];
  for (let i = 0; i < items.length; i += RUN) {
    const run = items.slice(i, i + RUN).sort(order);
    for (let j = 0; j < run.length; j++) src.push(run[j]);
    yield;
  }
  for (let width = RUN; width < src.length; width *= 2) {
    const dst: T[] = [];
    for (let lo = 0; lo < src.length; lo += 2 * width) {
      const mid = Math.min(lo + width, src.length);
      const hi = Math.min(lo + 2 * width, src.length);
      for (let i = lo, j = mid; i < mid || j < hi; ) {
        dst.push(j >= hi || (i < mid && order(src[i], src[j]) <= 0) ? src[i++] : src[j++]);
        if ((dst.length & 1023) === 0) yield;
      }
    }
    src = dst;
  }
  return src;
}
