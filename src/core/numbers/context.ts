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

/** Words before "de" that make "de N heures" a duration ("plus de deux heures", "moins de 24 heures"). */
const DURATION_BEFORE_DE: ReadonlySet<string> = new Set(['plus', 'moins', 'près', 'loin', 'delà', 'ordre']);

/** "à 15 heures", "vers 22 h", but not "plus de deux heures" (a duration). */
function clockPreposition(s: string, prev: Word | null): boolean {
  if (!prev || !TIME_BEFORE.has(prev.lower)) return false;
  if (prev.lower !== 'de') return true;
  const before = prevWord(s, prev.start);
  return !before || !DURATION_BEFORE_DE.has(before.lower);
}

/** "6 h 15", "22 H 30", "6 h": an "h" right after the number, minutes after it or a clock word before. */
function hourMark(s: string, next: Word, prev: Word | null): boolean {
  if (next.lower !== 'h') return false;
  const j = skipSpaces(s, next.end, 2);
  return (isDigitAt(s, j) && !isDigitAt(s, j + 2)) || clockPreposition(s, prev);
}

/** "de 10 à 17 heures", "entre 8 et 9 h": the first hour of a span of hours. */
function hourSpanStart(s: string, next: Word, prev: Word | null): boolean {
  if (next.lower !== 'à' && next.lower !== 'et' && next.lower !== 'a') return false;
  let j = skipSpaces(s, next.end);
  const digits = j;
  while (isDigitAt(s, j) && j - digits < 2) j++;
  if (j === digits) return false;
  const unit = nextWord(s, j);
  return unit !== null && unit.start - j <= 1 && (unit.lower === 'h' || unit.lower === 'heures') && clockPreposition(s, prev);
}

/** English "at 10.30", "around 12.30": hours and minutes written with a dot after a time preposition. */
function dottedClock(s: string, start: number, end: number, prev: Word | null): boolean {
  if (!prev || !EN_TIME_BEFORE.has(prev.lower) || end - start > 5 || s[end - 3] !== '.') return false;
  const hours = Number(s.slice(start, end - 3));
  const minutes = Number(s.slice(end - 2, end));
  if (hours > 23 || minutes > 59 || isDigitAt(s, end) || s[skipSpaces(s, end, 2)] === '%') return false;
  const next = nextWord(s, end);
  return !next || (next.lower !== 'per' && next.lower !== 'percent' && next.lower !== 'points');
}

const EN_TIME_BEFORE: ReadonlySet<string> = new Set(['at', 'around', 'about', 'by', 'until', 'till', 'from', 'before', 'after', 'vers', 'à']);

/** "à 15 heures", "6 h 15", "9 a.m.", "19 GMT", "9 o'clock", "at about 10.30". */
export function isClockTime(s: string, start: number, end: number): boolean {
  const j = skipSpaces(s, end, 2);
  if (/^[ap]\.m\./i.test(s.slice(j, j + 4))) return true;
  const prev = prevWord(s, start);
  // "18 h 30": the minutes
  if (prev && prev.lower === 'h' && isDigitAt(s, skipSpacesBack(s, prev.start, 2) - 1)) return true;
  if (dottedClock(s, start, end, prev)) return true;
  const next = nextWord(s, end);
  if (!next || next.start - end > 2) return false;
  if ((CLOCK_AFTER.has(next.lower) && next.lower !== 'est') || next.text === 'EST') return true;
  if (next.lower === 'o' && s.slice(next.end, next.end + 6).toLowerCase().replace('’', "'") === "'clock") return true;
  if (hourMark(s, next, prev) || hourSpanStart(s, next, prev)) return true;
  return (next.lower === 'heures' || next.lower === 'heure') && clockPreposition(s, prev);
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
