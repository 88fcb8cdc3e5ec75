/**
 * Viewport-first analysis of a large dump: analyse only a window of lines around what the reader
 * sees, with enough preceding context (back to a paragraph boundary) that attribution finds its
 * speakers, and report the claims inside the window with document offsets. The whole-file
 * analysis later replaces it; this is what can be drawn within a frame or two.
 * Pure: plain string in, plain data out; linear in the window's size.
 */
import { analyzeText, type AnalyzeOptions } from './analyze';
import type { FileAnalysis } from './types';

export interface WindowOptions extends AnalyzeOptions {
  /** Characters of context read above `start` before looking for a blank line (default 32,000). */
  contextChars?: number;
  /** How much further up (characters) the blank-line search may go (default 8,000). */
  paragraphSearchChars?: number;
  /** Characters read past `end` to finish the paragraph the window ends in (default 4,000). */
  trailingChars?: number;
  /**
   * Where `text` sits in a larger document (it may itself be a slice the caller read): claims come
   * back shifted by `offset`, boilerplate line numbers by `firstLine` (0-based line of `text[0]`;
   * counted from `text` when absent).
   */
  offset?: number;
  firstLine?: number;
}

export interface WindowAnalysis {
  /** The analysed slice `[from, to)` of the text (context included). */
  from: number;
  to: number;
  /** Claims that overlap `[start, end)`, with offsets shifted by `offset`. `meta` is left empty: a window has no header. */
  analysis: FileAnalysis;
}

const DEFAULT_CONTEXT = 32_000;
const DEFAULT_PARAGRAPH_SEARCH = 8_000;
const DEFAULT_TRAILING = 4_000;

/**
 * The slice a window analysis reads for `[start, end)`: it opens at the start of a line after a
 * blank line (a paragraph boundary) at least `contextChars` above `start` when one is near, else at a
 * line start, and closes at the end of the paragraph `end` falls in (bounded). Never cuts a line.
 */
export function windowBounds(text: string, start: number, end: number, options: WindowOptions = {}): { from: number; to: number } {
  const n = text.length;
  const s = clamp(start, 0, n);
  const e = Math.max(s, clamp(end, 0, n));
  const context = options.contextChars ?? DEFAULT_CONTEXT;
  const search = options.paragraphSearchChars ?? DEFAULT_PARAGRAPH_SEARCH;
  const trailing = options.trailingChars ?? DEFAULT_TRAILING;
  const from = paragraphStartBefore(text, lineStart(text, Math.max(0, s - context)), search);
  return { from, to: paragraphEndAfter(text, lineEnd(text, e), trailing) };
}

/**
 * Analyses the window around `[start, end)` (see `windowBounds`) and keeps the quotes, numbers and
 * boilerplate lines overlapping `[start, end)`, with offsets into `text` plus `options.offset`.
 */
export function analyzeWindow(text: string, start: number, end: number, options: WindowOptions = {}): WindowAnalysis {
  const { from, to } = windowBounds(text, start, end, options);
  const a = analyzeText(text.slice(from, to), { corpusBoilerplate: options.corpusBoilerplate });
  const lo = clamp(start, 0, text.length);
  const hi = Math.max(lo, clamp(end, 0, text.length));
  const shift = from + (options.offset ?? 0);
  const keep = <T extends { start: number; end: number }>(xs: readonly T[]): T[] => {
    const out: T[] = [];
    for (const x of xs) {
      const s = x.start + from;
      const e = x.end + from;
      if ((e > lo && s < hi) || (s === e && s >= lo && s < hi)) out.push({ ...x, start: x.start + shift, end: x.end + shift });
    }
    return out;
  };
  const boilerplate = keep(a.boilerplate);
  const lineShift = (options.firstLine ?? 0) + (from === 0 ? 0 : countLines(text, from));
  for (const b of boilerplate) b.line += lineShift;
  const meta = { outlet: null, title: null, url: null, author: null, published: null };
  return { from, to, analysis: { language: a.language, meta, boilerplate, quotes: keep(a.quotes), numbers: keep(a.numbers) } };
}

function clamp(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, Math.floor(x))) : lo;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Offset of the start of the line holding `at`. */
function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Offset just past the last character of the line holding `at` (terminator excluded). */
function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  return i;
}

/** True when the line `[s, e)` holds only blanks. */
function blankLine(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x202f && c !== 0xfeff && c !== 0x200b) return false;
  }
  return true;
}

/** Walks up from the line starting at `at` to the first line after a blank line, at most `budget` characters up. */
function paragraphStartBefore(text: string, at: number, budget: number): number {
  let s = at;
  while (s > 0 && at - s <= budget) {
    // Previous line: [prevStart, prevEnd) where prevEnd is before the terminator ending at s.
    let prevEnd = s - 1;
    if (prevEnd > 0 && text.charCodeAt(prevEnd) === 10 && text.charCodeAt(prevEnd - 1) === 13) prevEnd--;
    const prevStart = lineStart(text, prevEnd);
    if (blankLine(text, prevStart, prevEnd)) return s;
    s = prevStart;
  }
  return s <= 0 ? 0 : at;
}

/** Walks down from a line end to the end of its paragraph (the line before a blank line), at most `budget` characters on. */
function paragraphEndAfter(text: string, at: number, budget: number): number {
  let e = at;
  while (e < text.length && e - at <= budget) {
    let next = e + 1;
    if (text.charCodeAt(e) === 13 && text.charCodeAt(next) === 10) next++;
    const nextEnd = lineEnd(text, next);
    if (blankLine(text, next, nextEnd)) return e;
    e = nextEnd;
  }
  return e;
}

/** Number of line terminators before `at` (a CRLF counts once); `indexOf` keeps it fast on megabytes. */
function countLines(text: string, at: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) lines++;
  for (let i = text.indexOf('\r'); i >= 0 && i < at; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) lines++;
  return lines;
}
