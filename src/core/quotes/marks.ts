/**
 * Quote-mark scanner: finds balanced quotation spans inside one paragraph (line).
 * One left-to-right pass with a small bounded stack, so hostile input (a 1 MB line of
 * quote marks, unclosed marks) stays linear and never yields a runaway span.
 */
import { isLetterOrDigitCode } from './chars';

/** A balanced span: `start` is the opening mark, `end` is just past the closing mark. */
export interface MarkSpan {
  start: number;
  end: number;
}

/** Quote families: a closer only matches an opener of the same family. */
const enum Family {
  Double = 1,
  Guillemet = 2,
  Single = 3,
  Angle = 4,
}

interface Open {
  pos: number;
  family: Family;
  /** The mark that opened it: „ is closed by “ as well as ”. */
  mark: number;
  /** Balanced spans found inside this (still open) quote; emitted only if it never closes. */
  children: MarkSpan[];
}

/** Longest span accepted between an opening and a closing mark (characters). */
export const MAX_QUOTE_LENGTH = 4000;
/** Deepest nesting tracked; older openers beyond it are given up as unclosed. */
const MAX_DEPTH = 6;

const LAQUO = 0xab; // «
const RAQUO = 0xbb; // »
const LDQUO = 0x201c; // “
const RDQUO = 0x201d; // ”
const BDQUO = 0x201e; // „
const LSQUO = 0x2018; // ‘
const RSQUO = 0x2019; // ’
const LSAQUO = 0x2039; // ‹
const RSAQUO = 0x203a; // ›
const QUOT = 0x22; // "

/** True for the characters this scanner treats as quotation marks. */
export function isQuoteMark(c: number): boolean {
  return (
    c === LAQUO || c === RAQUO || c === LDQUO || c === RDQUO || c === BDQUO ||
    c === LSQUO || c === RSQUO || c === LSAQUO || c === RSAQUO || c === QUOT
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** `[\p{L}\p{N}]` for the code unit at i (false outside the text), from a table: no regex per mark. */
function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetterOrDigitCode(text.charCodeAt(i));
}

/** Character code at i, or -1 outside [from, to). */
function at(text: string, i: number, from: number, to: number): number {
  return i >= from && i < to ? text.charCodeAt(i) : -1;
}

/** Closing punctuation that never starts a quotation. */
function isClosingPunct(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d || c === 0x2026;
}

/** Opening context: something non-blank follows, and no letter/digit sits glued before (apostrophes allowed). */
function leftFlanking(text: string, i: number, from: number, to: number): boolean {
  const next = at(text, i + 1, from, to);
  if (next === -1 || isSpace(next) || isClosingPunct(next)) return false;
  const prev = at(text, i - 1, from, to);
  if (prev === -1) return true;
  return !isWordChar(text, i - 1) || prev === 0x27 || prev === RSQUO;
}

/** Closing context: something non-blank precedes, and no letter/digit follows glued. */
function rightFlanking(text: string, i: number, from: number, to: number): boolean {
  const prev = at(text, i - 1, from, to);
  if (prev === -1 || isSpace(prev)) return false;
  return i + 1 >= to || !isWordChar(text, i + 1);
}

/** Index in the stack of the nearest opener of `family`, or -1. */
function findOpen(stack: Open[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
  return -1;
}

/** A mark wedged between punctuation and a letter (`accidents."He`, `nord.”Les`). */
function glued(text: string, i: number, from: number, to: number): boolean {
  const prev = at(text, i - 1, from, to);
  return prev !== -1 && !isSpace(prev) && !isWordChar(text, i - 1) && prev !== 0x27 && prev !== RSQUO && prev !== 0x28;
}

/** A glued mark closes the open quote when there is one (sentences run together), else it opens. */
function gluedRole(stack: Open[]): Role {
  const pending = findOpen(stack, Family.Double) >= 0;
  return { family: Family.Double, open: !pending, close: pending };
}

type Role = { family: Family; open: boolean; close: boolean };

/** What a mark at `i` may do, from its shape and the characters around it. */
function roleOf(text: string, i: number, from: number, to: number, stack: Open[]): Role | null {
  const c = text.charCodeAt(i);
  switch (c) {
    case LAQUO: return { family: Family.Guillemet, open: true, close: false };
    case RAQUO: return { family: Family.Guillemet, open: false, close: true };
    case LSAQUO: return { family: Family.Angle, open: true, close: false };
    case RSAQUO: return { family: Family.Angle, open: false, close: true };
    case BDQUO: return { family: Family.Double, open: true, close: false };
    case LDQUO: {
      const k = findOpen(stack, Family.Double);
      const germanClose = k >= 0 && stack[k].mark === BDQUO;
      const lateClose = k >= 0 && rightFlanking(text, i, from, to) && !leftFlanking(text, i, from, to);
      return { family: Family.Double, open: !germanClose && !lateClose, close: germanClose || lateClose };
    }
    case RDQUO: {
      const l = leftFlanking(text, i, from, to);
      const r = rightFlanking(text, i, from, to);
      if (l && !r && glued(text, i, from, to)) return gluedRole(stack);
      // ”…” opening with a closing mark: only where it cannot be a closer.
      return { family: Family.Double, open: l && !r, close: r || !l };
    }
    case QUOT: {
      const l = leftFlanking(text, i, from, to);
      const r = rightFlanking(text, i, from, to);
      if (!l && !r) {
        // French-style spacing (" Bonjour ", " , ") or a stray mark: close what is open, else open.
        const pending = findOpen(stack, Family.Double) >= 0;
        const next = at(text, i + 1, from, to);
        const letters = isWordChar(text, i - 1) && isWordChar(text, i + 1); // More"This, with"gilets
        return { family: Family.Double, open: !pending && (next === -1 || isSpace(next) || letters), close: pending };
      }
      if (l && !r && glued(text, i, from, to)) return gluedRole(stack);
      return { family: Family.Double, open: l, close: r };
    }
    case LSQUO: {
      if (isWordChar(text, i - 1)) return null; // misused as an apostrophe
      return leftFlanking(text, i, from, to) ? { family: Family.Single, open: true, close: false } : null;
    }
    case RSQUO: {
      if (isWordChar(text, i - 1) && isWordChar(text, i + 1)) return null; // apostrophe: l’Otan, don’t
      return { family: Family.Single, open: false, close: true };
    }
    default: return null;
  }
}

/** The first index from `i` below `to` holding ", ' or a code from « up (where every mark is), else `to`. */
function nextMarkLike(text: string, i: number, to: number): number {
  let j = i;
  for (; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c >= 0xab || c === QUOT || c === 0x27) break;
  }
  return j;
}

/** Openers stack[0..k] never closed: their inner quotes become top-level (moved to `out`). */
function giveUp(stack: Open[], k: number, out: MarkSpan[]): void {
  for (let j = 0; j <= k; j++) for (const s of stack[j].children) out.push(s);
  stack.splice(0, k + 1);
}

/**
 * Finds the outermost balanced quote spans in text[from, to) (one paragraph).
 * Nested quotes are folded into their outer quote; an unclosed mark yields nothing,
 * though balanced quotes found inside it are kept.
 */
export function findMarkSpans(text: string, from: number, to: number): MarkSpan[] {
  const out: MarkSpan[] = [];
  const stack: Open[] = [];
  for (let i = nextMarkLike(text, from, to); i < to; i = nextMarkLike(text, i + 1, to)) {
    const c = text.charCodeAt(i);
    if (c === 0x27 && text.charCodeAt(i + 1) === 0x27 && i + 1 < to) {
      const k = findOpen(stack, Family.Double);
      if (k >= 0 && rightFlanking(text, i + 1, from, to) && i - stack[k].pos <= MAX_QUOTE_LENGTH) {
        const span = { start: stack[k].pos, end: i + 2 };
        stack.length = k;
        if (k === 0) out.push(span);
        else stack[k - 1].children.push(span);
      }
      i++;
      continue;
    }
    if (c !== QUOT && (c < 0xab || (c !== LAQUO && c !== RAQUO && (c < 0x2018 || c > 0x203a)))) continue;
    const role = roleOf(text, i, from, to, stack);
    if (!role) continue;
    if (role.close) {
      let k = findOpen(stack, role.family);
      if (k >= 0 && i - stack[k].pos > MAX_QUOTE_LENGTH) {
        giveUp(stack, k, out);
        k = -1;
      }
      if (k >= 0 && (i - stack[k].pos > 1 || !role.open)) {
        const span = { start: stack[k].pos, end: i + 1 };
        stack.length = k; // inner unclosed openers are absorbed into this quote
        if (k === 0) out.push(span);
        else stack[k - 1].children.push(span);
        continue;
      }
    }
    if (role.open) {
      if (stack.length >= MAX_DEPTH) giveUp(stack, 0, out);
      stack.push({ pos: i, family: role.family, mark: c, children: [] });
    }
  }
  if (stack.length > 0) giveUp(stack, stack.length - 1, out);
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}
