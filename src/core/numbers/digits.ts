/**
 * Reads a run of digits and separators ("10 000", "10.000", "10,000", "50’000", "3,5",
 * "1 234 567,89") and decides, from the language and the group shape, which separator
 * groups thousands and which marks decimals.
 */
import { isDigit, isDigitAt, isSpaceCode, nextWord } from './chars';
import { SCALE_ABBREVIATIONS, scaleValue } from './lexicon';

/** More digits than this is not a quantity anyone writes in prose. */
const MAX_DIGITS = 24;

export interface DigitRun {
  start: number;
  /** End of the consumed run (always > start, so the caller advances). */
  end: number;
  /** The value, or null when the run is not a well-formed number (IP address, 13.11.2024, absurd length). */
  value: number | null;
  /** Only digits, no separator (candidate for a year or an identifier). */
  bare: boolean;
  /** Number of digits before any decimal mark. */
  intDigits: number;
  /** Starts with "0" and has more than one integer digit ("007", "0470"). */
  leadingZero: boolean;
}

type Sep = '.' | ',' | ' ' | "'";

function sepAt(s: string, j: number): Sep | null {
  const ch = s[j];
  if (ch === '.' || ch === ',') return isDigitAt(s, j + 1) ? ch : null;
  if (ch === "'" || ch === '’') return isDigitAt(s, j + 1) ? "'" : null;
  const c = s.charCodeAt(j);
  // A space groups thousands only when exactly three digits follow.
  if (isSpaceCode(c) && isDigitAt(s, j + 1) && isDigitAt(s, j + 2) && isDigitAt(s, j + 3) && !isDigitAt(s, j + 4)) return ' ';
  return null;
}

/** What follows a number: a scale word (singular or plural), a percent sign or word, or nothing of note. */
type Follower = 'scale-singular' | 'scale-plural' | 'percent' | 'other';

function followerAt(s: string, end: number): Follower {
  let j = end;
  while (j < s.length && j - end < 3 && isSpaceCode(s.charCodeAt(j))) j++;
  if (s[j] === '%') return 'percent';
  const w = nextWord(s, j);
  if (!w) return 'other';
  if (scaleValue(w.lower, 'en') !== null) return w.lower.endsWith('s') ? 'scale-plural' : 'scale-singular';
  if (SCALE_ABBREVIATIONS.has(w.text)) return 'scale-singular';
  const pct = w.lower === 'pour' || w.lower === 'percent' || w.lower === 'per' || w.lower.startsWith('pourcent');
  return pct ? 'percent' : 'other';
}

/**
 * Reads the digit run at i (i must be on a digit). Always consumes the whole run of digits and
 * separators, even when it is rejected, so a hostile line is read once.
 */
export function readDigits(s: string, i: number, language: 'fr' | 'en' | null): DigitRun {
  const groups: string[] = [];
  const seps: Sep[] = [];
  let j = i;
  let total = 0;
  for (;;) {
    const g = j;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    total += j - g;
    if (total <= MAX_DIGITS) groups.push(s.slice(g, j));
    const sep = sepAt(s, j);
    if (!sep) break;
    if (sep === ' ' && !spaceGroupOk(groups, total)) break;
    if (total <= MAX_DIGITS) seps.push(sep);
    j++;
  }
  const run: DigitRun = { start: i, end: j, value: null, bare: seps.length === 0, intDigits: 0, leadingZero: false };
  if (total > MAX_DIGITS) return run;
  const parsed = interpret(groups, seps, language, () => followerAt(s, j));
  if (!parsed) return run;
  run.value = Number(parsed.int + (parsed.frac ? '.' + parsed.frac : ''));
  run.intDigits = parsed.int.length;
  run.leadingZero = parsed.int.length > 1 && parsed.int.startsWith('0');
  return run;
}

/** A space may join groups only after a first group of 1–3 digits or a 3-digit group. */
function spaceGroupOk(groups: string[], total: number): boolean {
  if (total > MAX_DIGITS) return true;
  const last = groups[groups.length - 1] ?? '';
  return groups.length === 1 ? last.length >= 1 && last.length <= 3 : last.length === 3;
}

interface Parsed {
  int: string;
  frac: string;
}

/** Applies the grouping rules; null when the shape is not a number (dates, IPs, versions). */
function interpret(groups: string[], seps: Sep[], language: 'fr' | 'en' | null, follower: () => Follower): Parsed | null {
  if (seps.length === 0) return { int: groups[0] ?? '', frac: '' };
  const last = seps[seps.length - 1];
  const lastGroup = groups[groups.length - 1];
  const lastIsSoleMark = (last === '.' || last === ',') && seps.filter((x) => x === last).length === 1;
  const isDecimalMark =
    lastIsSoleMark &&
    (lastGroup.length !== 3 || (new Set(seps).size > 1) || decimalByLanguage(last, groups, language, follower));
  const groupSeps = isDecimalMark ? seps.slice(0, -1) : seps;
  const intGroups = isDecimalMark ? groups.slice(0, -1) : groups;
  if (!groupingOk(intGroups, groupSeps)) return null;
  return { int: intGroups.join(''), frac: isDecimalMark ? lastGroup : '' };
}

/**
 * "x,yyy" / "x.yyy" with exactly three digits after a single mark: decimal or thousands?
 * French writes decimals with a comma, so its "7.600" groups thousands; before a scale word the
 * word's number settles it either way ("1.050 million" is below two, "7.600 milliards" is not).
 * English "." is a decimal point, but "$51.000" is grouping: only a scale word or % makes it decimal.
 */
function decimalByLanguage(mark: '.' | ',', groups: string[], language: 'fr' | 'en' | null, follower: () => Follower): boolean {
  const intPart = groups[0];
  if (groups.length !== 2) return false;
  if (intPart.length > 3 || intPart.startsWith('0')) return true;
  if (mark === ',' && language === 'fr') return true;
  if (mark === ',' && language === 'en') return false;
  const next = follower();
  if (language === 'fr') return next === 'scale-singular' || next === 'percent';
  return next !== 'other';
}

/** Thousands groups: first 1–3 digits, then exactly 3, one separator kind. */
function groupingOk(groups: string[], seps: Sep[]): boolean {
  if (seps.length === 0) return true;
  if (new Set(seps).size > 1) return false;
  const first = groups[0];
  if (first.length < 1 || first.length > 3) return false;
  for (let k = 1; k < groups.length; k++) if (groups[k].length !== 3) return false;
  return true;
}
