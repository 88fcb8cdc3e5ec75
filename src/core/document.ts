/**
 * A read-only view of a dump's text split into lines, shared by every analysis pass.
 * Handles LF, CRLF and lone CR terminators; offsets are string indices into `text`.
 */

export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, terminator excluded. */
  end: number;
}

export interface Doc {
  readonly text: string;
  readonly lines: readonly Line[];
  /** 0-based index of the line holding `offset` (binary search, O(log n)). */
  lineAt(offset: number): number;
  /** The text of line `index`, terminator excluded. */
  lineText(index: number): string;
}

/** Splits `text` into lines in one linear pass. */
export function makeDoc(text: string): Doc {
  const lines = text.indexOf('\r') < 0 ? splitLf(text) : splitAny(text);
  return {
    text,
    lines,
    lineAt(offset: number): number {
      let lo = 0;
      let hi = lines.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (lines[mid].start <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    lineText(index: number): string {
      const l = lines[index];
      return l ? text.slice(l.start, l.end) : '';
    },
  };
}

/** Text without any CR: native `indexOf` finds each LF, far cheaper than reading every code unit. */
function splitLf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    lines.push({ index: lines.length, start, end: i });
    start = i + 1;
  }
  lines.push({ index: lines.length, start, end: text.length });
  return lines;
}

/** LF, CRLF and lone CR terminators, one code unit at a time. */
function splitAny(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */) {
      lines.push({ index: lines.length, start, end: i });
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: n });
  return lines;
}
