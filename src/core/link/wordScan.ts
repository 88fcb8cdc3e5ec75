/**
 * Character tables for the linker's word scans, so the hot loops read char codes instead of running
 * `normalize('NFKD')`, Unicode-property regexes and `toLowerCase` over whole texts.
 *
 * Each table entry is learnt lazily from the reference definitions themselves (the first time a
 * code unit is seen), so the fast scans give exactly the words of the reference:
 * - fold: `c.normalize('NFKD')`, marks U+0300–U+036F removed, lower-cased; the normalised words of
 *   `normaliseWords` are the runs of folds made of letters and digits. Case mapping and NFKD are
 *   per character except the final-sigma rule, so Σ (and anything decomposing to it), surrogates
 *   and folds mixing word and non-word characters ("½" → "1⁄2") are COMPLEX: callers then fall
 *   back to the reference on the whole string.
 * - raw: `[\p{L}\p{M}\p{N}]` (the words of context signatures, matched on the original text).
 */

const COMBINING = /[\u0300-\u036f]/g;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const RAW_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Fold classes of one UTF-16 code unit (0: not learnt yet). */
export const SEP = 1;
/** Folds to one code unit, a letter or digit (FOLD_UNIT). */
export const WORD1 = 2;
/** Folds to nothing (a combining accent): neither splits nor extends a word. */
export const REMOVED = 3;
/** Needs the reference on the whole string (see above). */
export const COMPLEX = 4;
/** Folds to several letters or digits (FOLD_MULTI: "ﬁ" → "fi"). */
export const WORDN = 5;

const FOLD_CLASS = new Uint8Array(65536);
const FOLD_UNIT = new Uint16Array(65536);
const FOLD_MULTI = new Map<number, string>();

/** The fold class of code unit `c` (learnt on first sight). */
export function foldClass(c: number): number {
  const k = FOLD_CLASS[c];
  return k !== 0 ? k : learnFold(c);
}

/** The single-unit fold of a WORD1 code unit. */
export function foldUnit(c: number): number {
  return FOLD_UNIT[c];
}

/** The fold of a WORDN code unit. */
export function foldMulti(c: number): string {
  return FOLD_MULTI.get(c) ?? '';
}

function learnFold(c: number): number {
  const k = classifyFold(c);
  FOLD_CLASS[c] = k;
  return k;
}

function classifyFold(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return COMPLEX;
  const nfkd = String.fromCharCode(c).normalize('NFKD');
  if (nfkd.includes('\u03a3')) return COMPLEX;
  const f = nfkd.replace(COMBINING, '').toLowerCase();
  if (f === '') return REMOVED;
  let word = 0;
  let other = 0;
  for (const ch of f) {
    if (LETTER_OR_DIGIT.test(ch)) word++;
    else other++;
  }
  if (word === 0) return SEP;
  if (other > 0) return COMPLEX;
  if (f.length === 1) {
    FOLD_UNIT[c] = f.charCodeAt(0);
    return WORD1;
  }
  FOLD_MULTI.set(c, f);
  return WORDN;
}

/** 2 when the fold of a WORD1 code unit before lower-casing is an upper-case letter, 1 when not (0: not learnt yet). */
const UPPER_FOLD = new Uint8Array(65536);
const UPPER = /^\p{Lu}/u;

/**
 * True when `c.normalize('NFKD')` without its marks starts with an upper-case letter: for a word made
 * of WORD1 and REMOVED units, whether its accent-free form is capitalised (a name).
 */
export function upperFold(c: number): boolean {
  let k = UPPER_FOLD[c];
  if (k === 0) {
    k = UPPER.test(String.fromCharCode(c).normalize('NFKD').replace(COMBINING, '')) ? 2 : 1;
    UPPER_FOLD[c] = k;
  }
  return k === 2;
}

/** Joint classes for scans reading raw words and normalised words at once (0: not learnt yet). */
export const JOINT_LETTER = 1;
/** Neither a raw-word character nor part of a normalised word (a separator for both). */
export const JOINT_SPACE = 2;
/** Anything else: each scan classifies it on its own. */
export const JOINT_OTHER = 3;
/** A raw-word character that folds to nothing (a combining accent): both words go on. */
export const JOINT_MARK = 4;
const JOINT = new Uint8Array(65536);

/** JOINT_LETTER for a raw-word character that folds to one letter or digit, JOINT_SPACE for a separator of both. */
export function jointClass(c: number): number {
  let k = JOINT[c];
  if (k === 0) {
    const raw = rawUnitClass(c);
    const fold = foldClass(c);
    if (raw === 2) k = fold === WORD1 ? JOINT_LETTER : fold === REMOVED ? JOINT_MARK : JOINT_OTHER;
    else k = raw === 1 && fold === SEP ? JOINT_SPACE : JOINT_OTHER;
    JOINT[c] = k;
  }
  return k;
}

/** Raw-word classes: 1 not a word character, 2 a word character, 3 a surrogate (0: not learnt yet). */
const RAW_CLASS = new Uint8Array(65536);

/** Length (1 or 2) of the raw-word character at i, or 0 when there is none (`[\p{L}\p{M}\p{N}]`, by code point). */
export function rawCharLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const k = RAW_CLASS[c];
  if (k === 2) return 1;
  if (k === 1) return 0;
  return k === 0 ? (learnRaw(c) === 2 ? 1 : 0) : rawPairLength(s, i);
}

/** 2 for a BMP word character, 1 for a BMP non-word character, 3 for a surrogate (see `rawPairLength`). */
export function rawUnitClass(c: number): number {
  const k = RAW_CLASS[c];
  return k !== 0 ? k : learnRaw(c);
}

function learnRaw(c: number): number {
  const k = c >= 0xd800 && c <= 0xdfff ? 3 : RAW_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
  RAW_CLASS[c] = k;
  return k;
}

/** 2 when a surrogate pair holding a word character starts at i, else 0 (lone surrogates are not word characters). */
export function rawPairLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c > 0xdbff || i + 1 >= s.length) return 0;
  const d = s.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return RAW_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
}

/** End of the raw word starting at i (i when there is no word character at i). */
export function rawWordEnd(s: string, i: number, to: number): number {
  let j = i;
  while (j < to) {
    const n = rawCharLength(s, j);
    if (n === 0) break;
    j += n;
  }
  return j;
}

/**
 * The words of `s` as `normaliseWords` defines them, or null when `s` holds a COMPLEX character
 * (the caller then uses the reference). Words whose characters fold to themselves are slices.
 */
export function fastNormalisedWords(s: string): string[] | null {
  const out: string[] = [];
  let start = -1;
  let same = true;
  let built = '';
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = foldClass(c);
    if (k === WORD1) {
      const u = FOLD_UNIT[c];
      if (start < 0) {
        start = i;
        same = true;
        built = '';
      }
      if (same && u !== c) {
        same = false;
        built = s.slice(start, i);
      }
      if (!same) built += String.fromCharCode(u);
    } else if (k === SEP) {
      if (start >= 0) out.push(same ? s.slice(start, i) : built);
      start = -1;
    } else if (k === REMOVED) {
      if (start >= 0 && same) {
        same = false;
        built = s.slice(start, i);
      }
    } else if (k === WORDN) {
      if (start < 0) {
        start = i;
        built = '';
      } else if (same) built = s.slice(start, i);
      same = false;
      built += FOLD_MULTI.get(c) ?? '';
    } else return null;
  }
  if (start >= 0) out.push(same ? s.slice(start, n) : built);
  return out;
}

/** The words `foldWords` found: word w is units[starts[w], starts[w + 1]) for w < count. */
export const FOLDED_WORDS: { units: Uint16Array; starts: Int32Array; count: number } = {
  units: new Uint16Array(256), starts: new Int32Array(64), count: 0,
};

/**
 * The words of `s` as `normaliseWords` defines them, as folded units in FOLDED_WORDS (no string is
 * made); false when `s` holds a COMPLEX unit (the caller then uses the reference).
 */
export function foldWords(s: string): boolean {
  const out = FOLDED_WORDS;
  if (out.units.length < s.length) out.units = new Uint16Array(2 * s.length);
  if (out.starts.length < s.length + 2) out.starts = new Int32Array(2 * s.length + 2);
  let units = out.units;
  const starts = out.starts;
  let n = 0;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = foldClass(c);
    if (k === WORD1 || k === WORDN) {
      if (!inWord) starts[count++] = n;
      inWord = true;
      if (k === WORD1) units[n++] = FOLD_UNIT[c];
      else {
        const f = FOLD_MULTI.get(c) ?? '';
        // A multi-unit fold may outgrow the text (up to 18 units for one): grow then.
        if (n + f.length + s.length - i > units.length) units = out.units = copiedLarger(units, n + f.length + s.length - i);
        for (let u = 0; u < f.length; u++) units[n++] = f.charCodeAt(u);
      }
    } else if (k === SEP) inWord = false;
    else if (k === COMPLEX) return false;
  }
  starts[count] = n;
  out.count = count;
  return true;
}

function copiedLarger(a: Uint16Array, n: number): Uint16Array<ArrayBuffer> {
  const b = new Uint16Array(2 * n);
  b.set(a);
  return b;
}
