/**
 * Quote-mark pairing for locating gold quotes: which pair of marks encloses a labelled substring.
 * Independent of src/core on purpose. Marks are paired left to right over the paragraph with a stack;
 * a symmetric mark (" ” ’) is an opener or a closer from its neighbours, or, when its neighbours do
 * not tell (`nord.”Les`, `STOP !"Cet`), from whether a quote of its family is open.
 */
import type { LineRange } from './text';

type Family = 'guillemet' | 'curly' | 'angle' | 'single';
type Role = 'open' | 'close' | 'either';

interface Mark {
  family: Family;
  role: Role;
}

function isWord(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function isSpaceOrEdge(c: string | undefined): boolean {
  return c === undefined || /[\s([{\-–—]/u.test(c);
}

function isTrailing(c: string | undefined): boolean {
  return c === undefined || /[\s,.;:!?…)\]}»›]/u.test(c);
}

function symmetric(family: Family, prev: string | undefined, next: string | undefined): Mark {
  if (isSpaceOrEdge(prev) && !isTrailing(next)) return { family, role: 'open' };
  if (!isSpaceOrEdge(prev) && isTrailing(next)) return { family, role: 'close' };
  return { family, role: 'either' };
}

/** The quote mark at `i`, with its family and role, or null for other characters and apostrophes. */
export function markAt(text: string, i: number): Mark | null {
  const c = text[i];
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  switch (c) {
    case '«':
      return { family: 'guillemet', role: 'open' };
    case '»':
      return { family: 'guillemet', role: 'close' };
    case '‹':
      return { family: 'angle', role: 'open' };
    case '›':
      return { family: 'angle', role: 'close' };
    case '“':
    case '„':
      return { family: 'curly', role: 'open' };
    case '"':
      return symmetric('curly', prev, next);
    case '”': // a closer, or the opener of a malformed ”…” pair when no quote is open
      return { family: 'curly', role: 'either' };
    case '‘':
      return { family: 'single', role: 'open' };
    case '’':
      // an apostrophe between letters (aujourd’hui, Macron’s) or before digits (’68)
      return (isWord(prev) && isWord(next)) || /\d/.test(next ?? '') ? null : symmetric('single', prev, next);
    default:
      return null;
  }
}

export interface Pair {
  start: number;
  end: number;
}

export interface MarkPair extends Pair {
  family: Family;
}

/** Pairs the quote marks of text[from, to); unclosed openers and stray closers yield nothing. */
export function pairMarks(text: string, from: number, to: number): MarkPair[] {
  const stack: { at: number; family: Family }[] = [];
  const pairs: MarkPair[] = [];
  for (let i = from; i < to; i++) {
    const m = markAt(text, i);
    if (!m) continue;
    let k = -1;
    if (m.role !== 'open') {
      for (let j = stack.length - 1; j >= 0; j--) {
        if (stack[j].family === m.family) {
          k = j;
          break;
        }
      }
    }
    if (k >= 0) {
      pairs.push({ start: stack[k].at, end: i + 1, family: m.family });
      stack.splice(k, 1); // openers of other families stay open (marks may cross)
    } else if (m.role !== 'close') {
      stack.push({ at: i, family: m.family });
    }
  }
  return pairs;
}

function isBlank(text: string, r: LineRange): boolean {
  return text.slice(r.start, r.end).trim() === '';
}

/** The paragraph (run of non-blank lines) holding line `index`, as an offset range. */
export function paragraphAround(text: string, lines: readonly LineRange[], index: number): Pair {
  let first = index;
  let last = index;
  while (first > 0 && !isBlank(text, lines[first - 1])) first--;
  while (last + 1 < lines.length && !isBlank(text, lines[last + 1])) last++;
  return { start: lines[first].start, end: lines[last].end };
}

/**
 * The outermost quote-mark pair of the paragraph that encloses [subStart, subEnd), or null. Pairs of
 * double marks win over single-mark pairs, which apostrophes make less reliable.
 */
export function enclosingQuote(text: string, lines: readonly LineRange[], lineIndex: number, subStart: number, subEnd: number): Pair | null {
  const para = paragraphAround(text, lines, lineIndex);
  let best: Pair | null = null;
  let bestSingle = true;
  for (const p of pairMarks(text, para.start, para.end)) {
    if (p.start >= subStart || p.end <= subEnd) continue;
    const single = p.family === 'single';
    const better = !best || (bestSingle && !single) || (bestSingle === single && p.end - p.start > best.end - best.start);
    if (better) {
      best = p;
      bestSingle = single;
    }
  }
  return best && { start: best.start, end: best.end };
}
