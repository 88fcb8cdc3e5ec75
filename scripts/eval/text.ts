/**
 * Small text helpers for the eval: line ranges, space and name normalisation, the numeral inside a
 * labelled number, and the head word of a unit. Pure and independent of src/core on purpose, so the
 * yardstick does not move when the engine changes.
 */

export interface LineRange {
  start: number;
  end: number;
}

/** Line ranges as the editor counts them (LF, CRLF or lone CR); terminators excluded. */
export function lineRanges(text: string): LineRange[] {
  const out: LineRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

/** Replaces no-break, narrow no-break and figure spaces by plain spaces (same length, offsets kept). */
export function normaliseSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/** Lower case, accents stripped, curly apostrophes made straight. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`´]/g, "'");
}

const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'the', 'un', 'une', 'a', 'an']);
/** Honorifics: "Mr Sanchez", "M. Sanchez" and "Sanchez" name the same person. */
const HONORIFICS = new Set(['m', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'dr']);

/** Words of a name or noun phrase, folded, determiners and honorifics dropped. */
export function nameWords(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !DETERMINERS.has(w) && !HONORIFICS.has(w));
}

function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * True when the predicted speaker names one of the acceptable answers: equal after folding, or
 * containing it as whole words ("le porte-parole Vedant Patel" for "Vedant Patel").
 */
export function speakerMatches(predicted: string | null, acceptable: readonly string[]): boolean {
  if (!predicted) return false;
  const p = nameWords(predicted);
  return acceptable.some((a) => containsRun(p, nameWords(a)));
}

const WORD_NUMERALS = new Set(
  (
    'zero zéro deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts ' +
    'trente quarante cinquante soixante septante octante nonante cent cents mille million millions milliard milliards ' +
    'dizaine dizaines douzaine douzaines quinzaine vingtaine trentaine quarantaine cinquantaine soixantaine centaine ' +
    'centaines millier milliers two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds ' +
    'thousand thousands billion billions trillion dozen dozens'
  ).split(' '),
);
const WEAK_NUMERALS = new Set(['un', 'une', 'one', 'a', 'an']);

/**
 * Where the numeral sits inside a labelled number's text: the first digit group (internal spaces,
 * dots, commas, apostrophes allowed), else the first number word ("un"/"one" only as a last resort).
 */
export function numeralIn(s: string): { start: number; end: number } | null {
  const digits = /\d+(?:[.,'’ \u00a0\u202f]\d+)*/.exec(s);
  if (digits) return { start: digits.index, end: digits.index + digits[0].length };
  let weak: { start: number; end: number } | null = null;
  for (const m of s.matchAll(/[\p{L}]+/gu)) {
    const w = fold(m[0]);
    const at = { start: m.index, end: m.index + m[0].length };
    if (WORD_NUMERALS.has(w) || WORD_NUMERALS.has(m[0].toLowerCase())) return at;
    if (!weak && WEAK_NUMERALS.has(w)) weak = at;
  }
  return weak;
}

const KEEP = /[\p{L}\p{N}\p{Sc}%]/u;

/** Drops leading and trailing characters that are not letters, digits, currency signs or %. */
function trimToWord(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && !KEEP.test(w[a])) a++;
  while (b > a && !KEEP.test(w[b - 1])) b--;
  return w.slice(a, b);
}

const FR_SKIP = new Set(['de', 'd', 'des', 'du']);
const EN_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'per', 'across']);

/**
 * The head word of a gold unit: in French the first word ("soldats nord-coréens" → "soldats"), in
 * English the last word before any preposition ("North Korean troops in Kursk" → "troops").
 */
export function unitHead(unit: string, language: 'fr' | 'en'): string {
  const words = fold(unit)
    .split(/\s+/)
    .map(trimToWord)
    .filter(Boolean);
  if (language === 'fr') {
    const w = words.map((x) => x.replace(/^[dl]'(?=.)/, '')).find((x) => !FR_SKIP.has(x) && !DETERMINERS.has(x));
    return w ?? words[0] ?? '';
  }
  const cut = words.findIndex((x) => EN_PREPOSITIONS.has(x));
  const head = cut > 0 ? words.slice(0, cut) : words;
  return head[head.length - 1] ?? '';
}

/** True when the predicted unit contains the gold unit's head word (both folded); null only matches null. */
export function unitMatches(predicted: string | null, gold: string | null, language: 'fr' | 'en'): boolean {
  if (gold === null) return predicted === null || predicted.trim() === '';
  if (!predicted) return false;
  const head = unitHead(gold, language);
  return head !== '' && fold(predicted).includes(head);
}
