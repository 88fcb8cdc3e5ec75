/**
 * When "un", "une", "one", "a" is a numeral rather than an article or a pronoun. The guidelines
 * leave the article alone; it counts with a qualifier ("environ un an"), a collective ("une
 * dizaine"), in a choice of numbers ("un ou deux ans", "one or more"), and for French lengths
 * of time ("un an de prison", "un mois et demi", "condamné à un an").
 */
import { isApostrophe, isDigitAt, nextWord, prevWord, skipSpaces, type Word } from './chars';
import { APPROX_WORDS, HUNDRED_WORDS, PERCENT_WORDS, SCALE_ABBREVIATIONS, SMALL_WORDS, scaleValue } from './lexicon';
import { qualifierBefore } from './qualifier';

/** Single words the numeral reading must be earned for. */
export const ARTICLES: ReadonlySet<string> = new Set(['un', 'une', 'one', 'a', 'an']);

/** French length nouns after "un/une" and what may follow them for the phrase to be a length. */
const FR_DURATIONS: ReadonlySet<string> = new Set(['an', 'mois', 'année', 'semaine', 'jour', 'heure', 'minute', 'siècle']);
const FR_LENGTH_AFTER: ReadonlySet<string> = new Set(['de', 'd', 'ferme', 'avec']);

/**
 * Every word that, right after "un", "une" or "one", may change how the claim reader treats it: number
 * words and connectors (the spelled reader), scales, collectives and percent words (read after the
 * number), and the words `numberFollows`, `orMoreEnd` and `frenchLength` look for.
 */
const ARTICLE_CHANGERS: ReadonlySet<string> = new Set([
  ...SMALL_WORDS.keys(), ...HUNDRED_WORDS, ...SCALE_ABBREVIATIONS.keys(), ...APPROX_WORDS.keys(), ...PERCENT_WORDS,
  ...FR_DURATIONS, 'et', 'and', 'demi', 'a', 'pour', 'per', 'ou', 'or', 'à', 'to',
]);

/**
 * True when the word `w` ("un", "une", "one") at the line's `w.start` is surely an article the claim
 * reader would drop: one space, then a plain word (no hyphen) that is none of ARTICLE_CHANGERS nor a
 * scale, and no qualifier before it. The scanner then skips the spelled-number reader and the claim
 * tests, which would read the same words and reach the same verdict.
 */
export function surelyArticle(s: string, w: Word): boolean {
  if (w.lower !== 'un' && w.lower !== 'une' && w.lower !== 'one') return false;
  if (w.text.length !== w.lower.length || s.charCodeAt(w.end) !== 32) return false;
  const n = nextWord(s, w.end);
  if (!n || n.start !== w.end + 1 || n.lower.length !== n.text.length || n.lower.includes('-') || n.lower.includes('‑')) return false;
  if (ARTICLE_CHANGERS.has(n.lower) || ARTICLE_CHANGERS.has(n.text)) return false;
  if (scaleValue(n.lower, 'fr') !== null || scaleValue(n.lower, 'en') !== null) return false;
  return qualifierBefore(s, w.start) === null;
}

/** "or more", "ou plus", "ou plusieurs" right after the numeral: the end of that phrase, else -1. */
export function orMoreEnd(s: string, end: number): number {
  const or = nextWord(s, end);
  if (!or || or.start - end > 2 || (or.lower !== 'or' && or.lower !== 'ou')) return -1;
  const more = nextWord(s, or.end);
  if (!more || !['more', 'plus', 'plusieurs'].includes(more.lower)) return -1;
  return more.end;
}

/** "un ou deux", "un et deux", "one or two", "un à 3": another number follows a connector. */
export function numberFollows(s: string, end: number): boolean {
  const c = nextWord(s, end);
  if (!c || c.start - end > 2 || !['ou', 'et', 'à', 'or', 'to'].includes(c.lower)) return false;
  const j = skipSpaces(s, c.end, 2);
  if (isDigitAt(s, j)) return true;
  const n = nextWord(s, c.end);
  return n !== null && n.start === j && (SMALL_WORDS.has(n.lower) || HUNDRED_WORDS.has(n.lower)) && !ARTICLES.has(n.lower);
}

/** Words after "de" that show "un an de …" is not a length ("un mois de l'année"). */
const DETERMINERS: ReadonlySet<string> = new Set(['l', 'le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cette', 'son', 'sa', 'ses']);

/** "un an de prison", "un an ferme", "un mois et demi", "condamné à un an". */
function frenchLength(s: string, start: number, end: number): boolean {
  const noun = nextWord(s, end);
  if (!noun || noun.start - end > 2 || !FR_DURATIONS.has(noun.lower)) return false;
  const after = nextWord(s, noun.end);
  if (after && after.lower === 'et') {
    const half = nextWord(s, after.end);
    if (half && (half.lower === 'demi' || half.lower === 'demie')) return true;
  }
  if (noun.lower !== 'an' && noun.lower !== 'mois') return false;
  const prev = prevWord(s, start);
  if (prev && prev.lower === 'à' && prevWord(s, prev.start)?.lower.startsWith('condamn')) return true;
  if (!after || after.start - noun.end > 2 || !FR_LENGTH_AFTER.has(after.lower)) return false;
  const what = after.lower === 'de' || after.lower === 'd' ? nextWord(s, after.end) : null;
  return what === null || !DETERMINERS.has(what.lower);
}

/**
 * True when the single word `word` at [start, end) reads as the numeral 1. `qualified`: a
 * qualifier precedes; `collective`: "dizaine", "millier"… follows.
 */
export function articleIsNumeral(s: string, word: string, start: number, end: number, qualified: boolean, collective: boolean): boolean {
  if (qualified || collective) return true;
  if (word === 'a' || word === 'an') return false;
  // "l'un", "l'une": the pronoun ("l'un à six mois de prison").
  if (isApostrophe(s.charCodeAt(start - 1)) && (s[start - 2] === 'l' || s[start - 2] === 'L')) return false;
  if (numberFollows(s, end) || orMoreEnd(s, end) >= 0) return true;
  return word !== 'one' && frenchLength(s, start, end);
}
