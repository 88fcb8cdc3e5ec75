/**
 * Numbers that count nothing: fixed expressions ("à deux pas", "2 pelés et 3 tondus", "aux quatre
 * coins"), street addresses ("10 Downing Street", "16 rue de la Loi"), anaphoric totals with no
 * noun ("tous trois", "all three") and the common typo "l'un deux" (for "l'un d'eux").
 */
import { isApostrophe, nextWord, prevWord, skipSpaces, type Word } from './chars';

/**
 * Fixed expressions: the word after the number, and the word before it when the expression needs
 * one ("" when any). The noun alone is too common to decide ("deux pas" vs "ne pas"): the pair is.
 */
const IDIOMS: ReadonlyArray<readonly [before: string, after: string]> = [
  ['à', 'pas'], ['', 'pelés'], ['', 'tondus'], ['à', 'doigts'], ['aux', 'coins'], ['des', 'coins'],
  ['à', 'pattes'], ['entre', 'yeux'], ['', 'poids deux'], ['poids', 'mesures'], ['à', 'vitesses'],
  ['en', 'temps'], ['temps', 'mouvements'], ['les', 'pas'], ['at', 'sixes'], ['my', 'cents'],
];

/** Singular street nouns: "16 rue…", "10 Downing Street". */
const FR_STREETS: ReadonlySet<string> = new Set(['rue', 'avenue', 'boulevard', 'place', 'chaussée', 'quai', 'chemin', 'allée', 'impasse', 'square']);
const EN_STREETS: ReadonlySet<string> = new Set(['street', 'road', 'avenue', 'lane', 'square', 'place', 'boulevard', 'drive', 'terrace']);

function isIdiom(s: string, prev: Word | null, next: Word | null): boolean {
  if (!next) return false;
  for (const [before, after] of IDIOMS) {
    if (before !== '' && (prev === null || prev.lower !== before)) continue;
    const space = after.indexOf(' ');
    if (space < 0 ? next.lower === after : next.lower === after.slice(0, space) && nextWord(s, next.end)?.lower === after.slice(space + 1)) return true;
  }
  return false;
}

/** A street number: a singular street noun follows, right away or after up to two capitalised names. */
function isAddress(s: string, end: number, first: Word | null): boolean {
  let w = first;
  if (!w && s[skipSpaces(s, end, 2)] === ',') w = nextWord(s, skipSpaces(s, end, 2) + 1);
  if (w && FR_STREETS.has(w.lower) && w.text === w.lower) return true;
  for (let k = 0; w && k < 3 && /^\p{Lu}/u.test(w.text); k++) {
    if (k > 0 && EN_STREETS.has(w.lower)) return true;
    w = nextWord(s, w.end);
  }
  return false;
}

/** "tous trois", "tous les deux", "all three": a total of people already named, with no noun. */
function isAnaphoricTotal(s: string, start: number, prev: Word | null): boolean {
  if (!prev) return false;
  if (prev.lower === 'tous' || prev.lower === 'toutes' || prev.lower === 'all') return true;
  if (prev.lower !== 'les') return false;
  const all = prevWord(s, prev.start);
  return all !== null && (all.lower === 'tous' || all.lower === 'toutes') && start > prev.end;
}

/** "l'un deux": the number follows "l'un"/"l'une" directly (a typo for "l'un d'eux"). */
function isTypoLUnDeux(s: string, prev: Word | null): boolean {
  if (!prev || (prev.lower !== 'un' && prev.lower !== 'une')) return false;
  return isApostrophe(s.charCodeAt(prev.start - 1)) && (s[prev.start - 2] === 'l' || s[prev.start - 2] === 'L');
}

/**
 * True when the number at [start, end) is part of an expression that counts nothing.
 * `hasUnit`: a counted noun was found after it (totals like "tous trois" need none).
 */
export function countsNothing(s: string, start: number, end: number, hasUnit: boolean): boolean {
  const prev = prevWord(s, start);
  const next = nextWord(s, end);
  if (isIdiom(s, prev, next) || isAddress(s, end, next) || isTypoLUnDeux(s, prev)) return true;
  return !hasUnit && isAnaphoricTotal(s, start, prev);
}
