/**
 * One left-to-right pass over a line: finds digit runs and spelled-out numbers, rejects the ones
 * glued to letters or inside URLs, handles and phone numbers, and completes the rest into claims.
 * Every step advances past what it read, so the pass is linear in the line length.
 */
import { isApostrophe, isAsciiLetter, isDigit, isDigitAt, isHyphenCode, isLetterAt, isSpaceAt, letterRunEnd, nextWord, skipSpaces, wordAt, wordEnd, type Word } from './chars';
import { completeClaim, type Candidate } from './claim';
import { readDigits } from './digits';
import { SCALE_ABBREVIATIONS, scaleValue } from './lexicon';
import { maskedToken, mayStartNumber } from './lineScan';
import { shareRangeUnits, type Placed } from './ranges';
import { surelyArticle } from './article';
import { A_NEXT, readSpelled, type Spelled } from './spelled';
import type { Unit } from './unit';
import type { NumberClaim } from '../types';

/** Glued units accepted after digits ("29km", "5kg"); anything else glued is an ordinal or a code. */
const GLUED_UNITS: ReadonlySet<string> = new Set(['km', 'kg', 'cm', 'mm', 'ha', 'mw', 'gw', 'kw', 'kwh', 'mph', 'ml', 'mg', 'kt', 'km²', 'm²']);

/** Skips letters and digits glued together ("A320", "G20", "1er", "18h31"). */
function skipAlnum(s: string, i: number): number {
  let j = i;
  while (j < s.length && (isDigitAt(s, j) || isLetterAt(s, j))) j++;
  return Math.max(j, i + 1);
}

/**
 * Phone-number shape from i: at least three digit groups joined by single separators with at
 * least eight digits and a group that is not a thousands group ("0470 12 34 56").
 */
function phoneRun(s: string, i: number): { end: number; phone: boolean } {
  let j = i;
  let groups = 0;
  let digits = 0;
  let odd = false;
  for (;;) {
    const g = j;
    while (isDigitAt(s, j)) j++;
    groups++;
    digits += j - g;
    if (groups > 1 && j - g !== 3) odd = true;
    const sep = s[j];
    if ((sep === ' ' || sep === '.' || sep === '-' || sep === '/' || sep === '\u00a0') && isDigitAt(s, j + 1)) j++;
    else break;
  }
  return { end: j, phone: groups >= 3 && digits >= 8 && odd };
}

/** "the half-dozen comments": six, as one word. */
function halfDozen(w: Word): Spelled {
  return { start: w.start, end: w.end, value: 6, parts: 2, single: null, hyphenUnit: null };
}

/** "May ’68", "the '90s": a two-digit year after an apostrophe that opens a word. */
function isShortYear(s: string, i: number): boolean {
  return isApostrophe(s.charCodeAt(i - 1)) && !isLetterAt(s, i - 2) && isDigitAt(s, i + 1) && !isDigitAt(s, i + 2);
}

/**
 * Cheap necessary test for `A_NEXT.has(nextWord(s, end).lower)`: the next word (after one
 * apostrophe and up to four spaces, as `nextWord` reads it) starts with h, t, m, b or d.
 */
function mayFollowA(s: string, end: number): boolean {
  let j = end;
  if (j < s.length && isApostrophe(s.charCodeAt(j))) j++;
  const c = s.charCodeAt(skipSpaces(s, j)) | 32;
  return c === 104 || c === 116 || c === 109 || c === 98 || c === 100;
}

class LineScanner {
  readonly placed: Placed[] = [];
  private phoneCheckedUntil = -1;
  /** End of the last token checked by `masked`, and whether it was masked. */
  private tokenEnd = 0;
  private tokenMasked = false;

  constructor(private readonly s: string, private readonly language: 'fr' | 'en') {}

  run(): void {
    const s = this.s;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isAsciiLetter(c) || (c >= 0xaa && isLetterAt(s, i))) {
        const end = letterRunEnd(s, i + 1);
        // A lone "a" / "A" (the French verb, the English article) not before "hundred", "dozen"…: `word` would skip it.
        if (end === i + 1 && (c | 32) === 97 && !isHyphenCode(s.charCodeAt(end)) && !mayFollowA(s, end)) i = end;
        else if (mayStartNumber(s, i, end) && !this.masked(i)) i = this.word(i);
        else i = isHyphenCode(s.charCodeAt(end)) ? wordEnd(s, end) : end;
      } else if (isDigit(c)) {
        i = this.masked(i) ? this.tokenEnd : this.digits(i);
      } else {
        i++;
      }
    }
  }

  /**
   * True when the whitespace-delimited token holding i is a URL, address, handle or hashtag.
   * The token's bounds are kept, so each token is read at most once per line.
   */
  private masked(i: number): boolean {
    if (i >= this.tokenEnd) {
      const t = maskedToken(this.s, i);
      this.tokenEnd = t.end;
      this.tokenMasked = t.masked;
    }
    return this.tokenMasked;
  }

  private digits(i: number): number {
    const s = this.s;
    const prev = s[i - 1] ?? ' ';
    const prev2 = i >= 2 ? i - 2 : -1;
    if (isLetterAt(s, i - 1) || '_#@/\\+°:'.includes(prev) || isShortYear(s, i)) return skipAlnum(s, i);
    if ((prev === '-' || prev === '.' || prev === ',') && (isLetterAt(s, prev2) || isDigitAt(s, prev2))) return skipAlnum(s, i);
    if (i >= this.phoneCheckedUntil) {
      const p = phoneRun(s, i);
      if (p.phone) return p.end;
      this.phoneCheckedUntil = p.end;
    }
    const run = readDigits(s, i, this.language);
    if (run.value === null || run.leadingZero) return skipAlnum(s, run.end);
    const after = s[run.end] ?? ' ';
    const afterDigit = isDigitAt(s, run.end + 1);
    if ((after === ':' || after === '/' || after === '-' || after === '–' || after === '.' || after === ',') && afterDigit) return this.skipJoined(run.end);
    const counter = this.language === 'en' ? /^ of (?=\d)/.exec(s.slice(run.end, run.end + 5)) : null;
    if (counter) return this.skipJoined(run.end + counter[0].length); // "1 of 39" photo counters
    const negative = (prev === '-' || prev === '−') && (i < 2 || isSpaceAt(s, i - 2) || s[i - 2] === '(');
    const cand: Candidate = {
      start: negative ? i - 1 : i,
      end: run.end,
      value: negative ? -run.value : run.value,
      spelled: false,
      bare: run.bare,
      percent: false,
      scaled: false,
      unit: null,
      single: null,
    };
    if (isLetterAt(s, run.end) && !this.glued(cand)) return skipAlnum(s, run.end);
    return this.complete(cand);
  }

  /** "2019-2020", "16/02/2019", "10:30": skip the whole joined run. */
  private skipJoined(i: number): number {
    let j = i;
    while (j < this.s.length && (isDigitAt(this.s, j) || ':/-–.,'.includes(this.s[j]))) j++;
    return j;
  }

  /** Letters glued after digits: a scale ("10k", "$2.5bn", "2millions") or a unit ("29km"). */
  private glued(c: Candidate): boolean {
    const w = wordAt(this.s, c.end);
    if (!w) return false;
    const scale = SCALE_ABBREVIATIONS.get(w.text) ?? scaleValue(w.lower, this.language);
    const currencyNear = /[$€£]/.test(this.s.slice(Math.max(0, c.start - 4), c.start));
    if (scale !== null && scale !== undefined && (w.text !== 'm' || currencyNear || this.language === 'en')) {
      c.value *= scale;
      c.end = w.end;
      c.scaled = true;
      return true;
    }
    if (GLUED_UNITS.has(w.lower) || w.text === 'm') {
      const unit: Unit = { start: w.start, end: w.end, text: w.text, plural: true };
      c.unit = unit;
      return true;
    }
    return false;
  }

  private word(i: number): number {
    const w = wordAt(this.s, i)!;
    if (this.s[i - 1] === '-' && isLetterAt(this.s, i - 2)) return w.end;
    // "a" starts a number only before "hundred", "dozen"…: settle the frequent French verb at once.
    if (w.lower === 'a' && !(mayFollowA(this.s, w.end) && A_NEXT.has(nextWord(this.s, w.end)?.lower ?? ''))) return w.end;
    if (surelyArticle(this.s, w)) return w.end; // "une décision": the frequent article, settled without the full read
    const sp = w.lower === 'half-dozen' ? halfDozen(w) : readSpelled(this.s, w, this.language);
    if (!sp) return w.end;
    const cand: Candidate = {
      start: sp.start,
      end: sp.end,
      value: sp.value,
      spelled: true,
      bare: false,
      percent: false,
      // The scale word is at least 7 letters of the number itself: shorter numbers skip the copy.
      scaled: sp.end - sp.start >= 7 && /^(?:million|milliard|billion|trillion)s?$/.test(this.s.slice(sp.end - 10, sp.end).split(/[\s-]/).pop()!.toLowerCase()),
      unit: sp.hyphenUnit ? { ...sp.hyphenUnit, text: this.s.slice(sp.hyphenUnit.start, sp.hyphenUnit.end), plural: false } : null,
      single: sp.single,
    };
    return this.complete(cand);
  }

  private complete(c: Candidate): number {
    const done = completeClaim(this.s, c, this.language);
    if (done.claim) this.placed.push({ claim: done.claim, numberStart: c.start, numberEnd: done.numberEnd, factor: done.factor });
    return Math.max(done.resume, c.end);
  }
}

/** Finds the numeric claims in one line; offsets are relative to the line. */
export function scanLine(line: string, language: 'fr' | 'en'): NumberClaim[] {
  const scanner = new LineScanner(line, language);
  scanner.run();
  shareRangeUnits(line, scanner.placed);
  return scanner.placed.map((p) => p.claim);
}
