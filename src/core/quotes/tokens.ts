/**
 * Tokens and sentences of one paragraph, with quotations treated as opaque single tokens so
 * punctuation inside a quote never splits the writer's sentence around it.
 */
import type { MarkSpan } from './marks';
import type { Line } from '../document';
import { isLetterCode, isLetterOrDigitCode, isLowerCode, isRegexSpace as isBlankCode, isUpperCode } from './chars';

export interface Token {
  /** Text as written ('' for a quote token). */
  text: string;
  /** Lower-cased text with ' normalised to ’. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff || c === 0;
}

/** Cheap pre-test for `isUpperCode`: ASCII capitals or any non-ASCII code (lower-case ASCII, digits, blanks are not). */
function mayBeUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || c > 127;
}

/** True at a glued heading join such as "KievWashington" or "ScholzL’Allemagne" (scraping artefact). */
export function gluedJoin(text: string, i: number): boolean {
  if (!isUpperCode(text.charCodeAt(i))) return false;
  const next = text.charCodeAt(i + 1);
  return isLowerCode(text.charCodeAt(i - 1)) && isLowerCode(text.charCodeAt(i - 2)) && isLowerCode(text.charCodeAt(i - 3)) &&
    (isLowerCode(next) || next === 0x2019 || next === 0x27);
}

/** Word characters that toLowerCase leaves as they are: ASCII digits and lower-case letters, and ß…ÿ (but ÷). */
function keptByLowerCase(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Trims characters matching `drop` from both ends (a linear scan; no regex backtracking). */
export function trimWith(s: string, drop: (c: string) => boolean, start = true): string {
  let a = 0;
  let b = s.length;
  while (start && a < b && drop(s[a])) a++;
  while (b > a && drop(s[b - 1])) b--;
  return s.slice(a, b);
}

/** Blank characters, including no-break and narrow no-break spaces. */
export function isBlankChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return isBlank(c) || c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  return isUpperCode(word.charCodeAt(0));
}

/** Index of the first span whose end is after `pos` (spans sorted by start). */
function firstSpanAfter(spans: readonly MarkSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokenises text[from, to); quote spans (sorted) become one 'quote' token each. */
export function tokenize(text: string, from: number, to: number, spans: readonly MarkSpan[]): Token[] {
  const out: Token[] = [];
  let si = firstSpanAfter(spans, from);
  let i = from;
  while (i < to) {
    const span = spans[si];
    if (span && span.start <= i) {
      if (span.start >= from) out.push({ text: '', lower: '', start: span.start, end: span.end, kind: 'quote' });
      i = Math.max(i, span.end);
      si++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === 10 || c === 13) { i++; continue; }
    if (!isLetterOrDigitCode(c)) {
      const ch = text[i];
      out.push({ text: ch, lower: ch, start: i, end: i + 1, kind: 'punct' });
      i++;
      continue;
    }
    let j = i + 1;
    const limit = span ? Math.min(to, span.start) : to;
    let plain = keptByLowerCase(c);
    let straight = false;
    let typoHyphen = false;
    while (j < limit) {
      const cj = text.charCodeAt(j);
      if ((cj >= 0x61 && cj <= 0x7a) || (cj >= 0xdf && cj <= 0xff && cj !== 0xf7) || (cj >= 0x30 && cj <= 0x39)) { j++; continue; } // lower-case ASCII/Latin-1 letters, digits: nothing to check
      if (isLetterOrDigitCode(cj)) {
        if (mayBeUpper(cj) && gluedJoin(text, j)) break;
        if (plain && !keptByLowerCase(cj)) plain = false;
        j++;
        continue;
      }
      const joiner = cj === 0x2019 || cj === 0x27 || cj === 0x2d || cj === 0x2011 || cj === 0x2010;
      if (joiner && j + 1 < limit && isLetterOrDigitCode(text.charCodeAt(j + 1))) {
        if (cj === 0x27) straight = true;
        else if (cj === 0x2010 || cj === 0x2011) typoHyphen = true;
        if (plain && !keptByLowerCase(text.charCodeAt(j + 1))) plain = false;
        j += 2;
        continue;
      }
      break;
    }
    const word = text.slice(i, j);
    // toLowerCase only when it may change something; ' becomes ’ only when the word has one.
    let lower = plain ? word : word.toLowerCase();
    if (straight) lower = lower.replace(/'/g, '’');
    if (typoHyphen) lower = lower.replace(/[\u2010\u2011]/gu, '-'); // "poursuit‐il" reads as "poursuit-il"
    out.push({ text: word, lower, start: i, end: j, kind: 'word' });
    i = j;
  }
  return out;
}

const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'mr', 'mrs', 'ms', 'st', 'gen', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs', 'etc', 'lt', 'col', 'sgt', 'capt', 'prof', 'pr', 'me', 'inc', 'corp', 'co', 'ltd', 'av', 'bd', 'fig', 'cf', 'p', 'art']);

/** Length of the longest abbreviation: a longer word before a full stop is not one (no slice, no lower-casing). */
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** The word ending at `i` (exclusive), lower-cased, at most 12 characters back ('' when too long to be an abbreviation). */
function wordBefore(text: string, i: number, from: number): string {
  let j = i;
  while (j > from && i - j < 12 && isLetterOrDigitCode(text.charCodeAt(j - 1))) j--;
  if (i - j > ABBREVIATION_MAX) return '';
  return text.slice(j, i).toLowerCase();
}

/** `“…?” Moisi asked.`: a capitalised speaker and verb right after a quote continue its sentence. */
const POSTPOSED_CUE = /^\s{0,3}(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:said|asked|added|says|asks|adds|told|tells|wrote|writes|replied|replies|answered|suggested|queried|explained|insisted|continued|noted|recalled|tweeted|a\s+déclaré|a\s+dit|a\s+ajouté|a\s+affirmé|explique|ajoute|dit)(?!\p{L})/u;
/** Terminal punctuation: . ! ? … ⇒ */
function isTerminalCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x21d2;
}

/** True when the last non-blank character of text[a, b) is terminal punctuation (as a trimmed slice would tell). */
function endsWithTerminal(text: string, a: number, b: number): boolean {
  let e = b;
  while (e > a && isBlankCode(text.charCodeAt(e - 1))) e--;
  return e > a && isTerminalCode(text.charCodeAt(e - 1));
}

/** «, “, ", „, ‹ and ” may open a sentence. */
function isSentenceOpeningMark(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 0x22 || c === 0x201e || c === 0x2039 || c === 0x201d;
}

/** Space, digits, lower-case letters of ASCII and Latin-1, comma, apostrophes, hyphen: never a sentence end nor a glued capital. */
function plainRun(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 32 || (c >= 0x30 && c <= 0x39) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 0x2c || c === 0x2019 || c === 0x27 || c === 0x2d;
}

/** Characters after which a sentence with no terminal punctuation is cut (real sentences are far shorter). */
const MAX_SENTENCE = 2000;

/**
 * Splits text[from, to) into sentences, never inside a quote span. A quote whose inside ends with
 * terminal punctuation ends the sentence when a capital follows. Returns [start, end) pairs.
 */
export function splitSentences(text: string, from: number, to: number, spans: readonly MarkSpan[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let si = firstSpanAfter(spans, from);
  let i = from;
  const nextStartsSentence = (k: number): number => {
    let m = k;
    for (; m < to; m++) {
      const c = text.charCodeAt(m);
      if (!isBlank(c) && c !== 0x2e && c !== 0x21 && c !== 0x3f) break;
    }
    if (m >= to) return to;
    const c = text.charCodeAt(m);
    return isUpperCode(c) || isSentenceOpeningMark(c) || (m > k && c >= 48 && c <= 57) ? m : -1;
  };
  while (i < to) {
    // Fast path: spaces and characters that are neither terminal nor capital can end nothing unless a
    // quote span starts there or the sentence has grown past the cut lengths.
    if (plainRun(text.charCodeAt(i))) {
      const limit = Math.min(to, si < spans.length ? spans[si].start : to, start + MAX_SENTENCE);
      let k = i;
      while (k < limit && plainRun(text.charCodeAt(k))) k++;
      if (k > i) { i = k; continue; }
    }
    const span = spans[si];
    if (span && span.start <= i) {
      const closesTerminal = endsWithTerminal(text, Math.max(span.start, span.end - 3), span.end - 1);
      i = Math.max(i, span.end);
      si++;
      if (closesTerminal && !POSTPOSED_CUE.test(text.slice(i, Math.min(to, i + 60)))) {
        const m = nextStartsSentence(i);
        if (m >= 0) { out.push([start, i]); start = m; i = m; }
      }
      continue;
    }
    // Hostile or garbled text may run for pages without a full stop: cut overlong sentences (at a
    // blank when there is one) so per-sentence attribution work stays bounded and the scan linear.
    if (i - start >= MAX_SENTENCE && (isBlank(text.charCodeAt(i)) || i - start >= 2 * MAX_SENTENCE)) {
      out.push([start, i]);
      start = i;
      i++;
      continue;
    }
    const ch = text.charCodeAt(i);
    if (i > start && mayBeUpper(ch) && gluedJoin(text, i)) {
      out.push([start, i]);
      start = i;
      i++;
      continue;
    }
    if (isTerminalCode(ch)) {
      const w = ch === 0x2e ? wordBefore(text, i, from) : '';
      const abbrev = ch === 0x2e && (ABBREVIATIONS.has(w) || (w.length === 1 && w.charCodeAt(0) >= 0x61 && w.charCodeAt(0) <= 0x7a));
      const m = abbrev ? -1 : nextStartsSentence(i + 1);
      if (m >= 0) {
        out.push([start, i + 1]);
        start = m;
        i = m;
        continue;
      }
    }
    i++;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/** Words that cannot end a sentence: a line ending with one goes on ("told the⏎French Sunday paper …"). */
const DANGLING = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'by', 'for', 'le', 'la', 'les', 'de', 'du', 'des', 'et', 'à', 'au', 'par']);

/**
 * True when a sentence broken by the page layout goes on at `next` (links set on their own lines in
 * scraped pages): the text before `end` has no closing punctuation and the next content line opens
 * with a lower-case word or a comma/colon, or the line ends on an article or preposition.
 */
export function continuesOnNextLine(text: string, end: number, next: Line, isContent: (line: number) => boolean): boolean {
  if (!isContent(next.index) || next.end <= next.start) return false;
  let e = end;
  while (e > 0 && isBlankCode(text.charCodeAt(e - 1))) e--;
  const last = text[e - 1];
  if (last === undefined || '.!?:;»”"…'.includes(last)) return false;
  let b = next.start;
  while (b < next.end && isBlankCode(text.charCodeAt(b))) b++;
  const c = text.charCodeAt(b);
  if (b >= next.end) return false;
  if (isLowerCode(c) || c === 0x2c || c === 0x3a || c === 0x3b) return true;
  let w = e;
  while (w > 0 && e - w < 6 && isLetterCode(text.charCodeAt(w - 1))) w--;
  return DANGLING.has(text.slice(w, e).toLowerCase());
}

/** The lower-case word without an elided article or pronoun glued to it ("l’étude" → "étude"). */
export function withoutElision(t: Token): string {
  const w = t.lower;
  return w.length > 2 && w.charCodeAt(1) === 0x2019 ? w.slice(2) : w;
}
