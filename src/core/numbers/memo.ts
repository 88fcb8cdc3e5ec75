/**
 * A one-slot memo for look-ups keyed by (line, offset): the claim tests ask for the same neighbour
 * word or qualifier several times in a row, and each asking would copy and lower-case text again.
 * Callers never mutate an answer. On a hit the line's reference is kept, so a line that is equal
 * but another string object costs one string comparison, then later comparisons are by reference.
 */
export function memoLast<T>(compute: (line: string, at: number) => T): (line: string, at: number) => T {
  let lastLine = '';
  let lastAt = -1;
  let last: T;
  return (line, at) => {
    if (at === lastAt && line === lastLine) {
      lastLine = line;
      return last;
    }
    last = compute(line, at);
    lastLine = line;
    lastAt = at;
    return last;
  };
}
