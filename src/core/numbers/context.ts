/**
 * Context tests around a number: is it part of a date, a clock time, an identifier or a year?
 * Each looks at most a few words either side.
 */
import { isDigitAt, isSpaceAt, nextWord, prevWord, skipSpaces, skipSpacesBack, type Word } from './chars';
import { IDENTIFIER_BEFORE, MONTHS, WEEKDAYS, YEAR_BEFORE } from './lexicon';

/** Prepositions that put a number of hours on the clock ("à 15 heures", "vers 22 heures"). */
const TIME_BEFORE: ReadonlySet<string> = new Set(['à', 'a', 'vers', 'dès', 'avant', 'après', 'jusqu', 'de', 'entre', 'et', 'at', 'around', 'by', 'until']);
const CLOCK_AFTER: ReadonlySet<string> = new Set(['gmt', 'utc', 'cet', 'hec', 'bst', 'est', 'edt', 'pst', 'am', 'pm']);

/** Month names, except lower-case words that are usually something else ("may", "march", "sept" = 7). */
function isMonth(w: Word): boolean {
  if (!MONTHS.has(w.lower)) return false;
  return !['may', 'march', 'mar', 'sept', 'sep', 'dec', 'jan'].includes(w.text);
}

/** "13 novembre", "le 5 novembre", "February 16", "mardi 12", "les 12 et 13 novembre". */
export function isDatePart(s: string, start: number, end: number): boolean {
  const next = nextWord(s, end);
  if (next && next.start - end <= 2 && isMonth(next)) return true;
  const prev = prevWord(s, start);
  if (prev && (isMonth(prev) || WEEKDAYS.has(prev.lower))) return true;
  // "12 et 13 novembre", "3 au 5 mai", "12-13 March"
  if (next && (next.lower === 'et' || next.lower === 'au' || next.lower === 'and' || next.lower === 'to')) {
    const j = skipSpaces(s, next.end);
    if (isDigitAt(s, j)) {
      let k = j;
      while (isDigitAt(s, k) && k - j < 3) k++;
      const after = nextWord(s, k);
      if (after && isMonth(after)) return true;
    }
  }
  return false;
}

/** "à 15 heures", "9 a.m.", "19 GMT", "9 o'clock". */
export function isClockTime(s: string, start: number, end: number): boolean {
  const j = skipSpaces(s, end, 2);
  if (/^[ap]\.m\./i.test(s.slice(j, j + 4))) return true;
  const prev = prevWord(s, start);
  // "18 h 30": the minutes
  if (prev && prev.lower === 'h' && isDigitAt(s, skipSpacesBack(s, prev.start, 2) - 1)) return true;
  const next = nextWord(s, end);
  if (!next || next.start - end > 2) return false;
  if ((CLOCK_AFTER.has(next.lower) && next.lower !== 'est') || next.text === 'EST') return true;
  if (next.lower === 'o' && s.slice(next.end, next.end + 6).toLowerCase().replace('’', "'") === "'clock") return true;
  if (next.lower === 'h' || next.lower === 'heures' || next.lower === 'heure') {
    return prev !== null && TIME_BEFORE.has(prev.lower);
  }
  return false;
}

/** "article 49.3", "l'acte 15", "n° 12": a label, not a quantity. */
export function isIdentifier(s: string, start: number): boolean {
  let j = start;
  while (j > 0 && isSpaceAt(s, j - 1) && start - j < 3) j--;
  if (s[j - 1] === '°' || s[j - 1] === '§' || s[j - 1] === '#' || s[j - 1] === '№') return true;
  const prev = prevWord(s, start);
  return prev !== null && IDENTIFIER_BEFORE.has(prev.lower);
}

/** A year-shaped number (1900–2100) is a year after "en", "since", "l'hiver"… */
export function yearWordBefore(s: string, start: number): boolean {
  const prev = prevWord(s, start);
  return prev !== null && YEAR_BEFORE.has(prev.lower);
}

/** True when the text before `start` ends a sentence or opens a quote/parenthesis (or is the line start). */
export function atSentenceStart(s: string, start: number): boolean {
  const j = skipSpacesBack(s, start, 3);
  return j === 0 || '.!?:;«"“”()[]—–-…'.includes(s[j - 1]);
}
