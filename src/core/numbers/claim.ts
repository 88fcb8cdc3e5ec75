/**
 * Turns a number found in a line into a claim: reads what follows (scale word, collective,
 * percent, currency, counted noun) and what precedes (qualifier, currency), and drops dates,
 * clock times, identifiers and years.
 */
import { isSpaceAt, nextWord, prevWord, skipSpaces, skipSpacesBack } from './chars';
import { atSentenceStart, isClockTime, isDatePart, isIdentifier, yearWordBefore } from './context';
import { APPROX_WORDS, CURRENCY_SYMBOLS, EN_STOPWORDS, FRACTION_WORDS, FR_STOPWORDS, PERCENT_WORDS, SCALE_ABBREVIATIONS, scaleValue } from './lexicon';
import { ARTICLES, articleIsNumeral, orMoreEnd } from './article';
import { countsNothing } from './idioms';
import { qualifierBefore, qualifierFor } from './qualifier';
import { hyphenUnitAt, unitAfter, type Unit } from './unit';
import type { NumberClaim, Qualifier } from '../types';

export interface Candidate {
  start: number;
  /** End of the number as read (digits, glued scale or unit, spelled words). */
  end: number;
  value: number;
  spelled: boolean;
  /** Digits only, no separator. */
  bare: boolean;
  percent: boolean;
  /** A scale word or abbreviation is already part of the number. */
  scaled: boolean;
  /** A unit glued to the number ("29km", "45,000-euro", "three-year"). */
  unit: Unit | null;
  /** Single spelled word ("un", "one", "neuf"), else null. */
  single: string | null;
}

export interface Completed {
  /** Claim in line offsets, or null when the number is not a claim. */
  claim: NumberClaim | null;
  /** Where the scanner resumes: past the number, its scale and collective words. */
  resume: number;
  /** End of the number with its scale, percent and currency, before any counted noun. */
  numberEnd: number;
  /** What the scale or collective words multiplied the number by (1 when none). */
  factor: number;
}

/** Spaced abbreviations allowed as a scale ("2,33 k", "5 Mds"); "m" alone is metres. */
const SPACED_SCALES: ReadonlySet<string> = new Set(['k', 'K', 'bn', 'md', 'Md', 'mds', 'Mds', 'mrd', 'Mrd', 'mln']);

interface State {
  value: number;
  end: number;
  percent: boolean;
  scaled: boolean;
  approx: boolean;
  /** The collective is exact ("a dozen"), not an estimate ("une dizaine"). */
  exact: boolean;
  /** Product of the scale and collective words read. */
  factor: number;
  currency: string | null;
  currencyEnd: number;
}

/** Scale words after the number: "1,5 million", "3 millions et demi", "2,33 k". */
function readScale(s: string, st: State, language: 'fr' | 'en'): void {
  if (st.scaled || !isSpaceAt(s, st.end)) return;
  const w = nextWord(s, st.end);
  if (!w || w.start - st.end > 2) return;
  const scale = scaleValue(w.lower, language) ?? (SPACED_SCALES.has(w.text) ? SCALE_ABBREVIATIONS.get(w.text)! : null);
  if (scale === null) return;
  st.value *= scale;
  st.factor *= scale;
  st.end = w.end;
  st.scaled = true;
  readHalf(s, st, scale);
}

/** Collectives: "une dizaine", "trois douzaines", "une dizaine de milliers". */
function readCollective(s: string, st: State): void {
  const w = nextWord(s, st.end);
  if (!w || w.start - st.end > 2 || !isSpaceAt(s, st.end)) return;
  const v = APPROX_WORDS.get(w.lower);
  if (v === undefined) return;
  st.value *= v;
  st.factor *= v;
  st.end = w.end;
  st.approx = true;
  st.exact = w.lower === 'dozen';
  st.scaled = true;
  const de = nextWord(s, w.end);
  if (de && de.lower === 'de') {
    const big = nextWord(s, de.end);
    const mult = big ? (big.lower === 'milliers' ? 1000 : big.lower === 'millions' ? 1e6 : big.lower === 'milliards' ? 1e9 : 0) : 0;
    if (big && mult) {
      st.value *= mult;
      st.factor *= mult;
      st.end = big.end;
    }
  }
}

/** "%", "pour cent", "pour-cent", "pourcent", "percent", "per cent". */
function readPercent(s: string, st: State): void {
  if (st.percent) return;
  const j = skipSpaces(s, st.end, 2);
  if (s[j] === '%' || s[j] === '％') {
    st.percent = true;
    st.end = j + 1;
    return;
  }
  const w = nextWord(s, st.end);
  if (!w || w.start - st.end > 2 || !isSpaceAt(s, st.end)) return;
  if (PERCENT_WORDS.has(w.lower)) {
    st.percent = true;
    st.end = w.end;
    return;
  }
  if (w.lower === 'pour' || w.lower === 'per') {
    const c = nextWord(s, w.end);
    if (c && c.lower === 'cent' && c.start - w.end === 1) {
      st.percent = true;
      st.end = c.end;
    }
  }
}

/** Currency symbol or code right after the number: "300 €", "10000$", "1 million USD". */
function readCurrencyAfter(s: string, st: State): void {
  const j = skipSpaces(s, st.end, 2);
  const sym = s[j];
  if (sym !== undefined && CURRENCY_SYMBOLS.has(sym)) {
    st.currency = CURRENCY_SYMBOLS.get(sym)!;
    st.currencyEnd = j + 1;
    return;
  }
  const w = nextWord(s, st.end);
  if (w && w.start - st.end <= 2 && /^[A-Z]{3}$/.test(w.text) && CURRENCY_SYMBOLS.has(w.text)) {
    st.currency = w.text;
    st.currencyEnd = w.end;
  }
}

/** Currency before the number: "$51,000", "€5bn", "US$ 3", "CHF 20". Returns its start and unit. */
function currencyBefore(s: string, start: number): { start: number; unit: string } | null {
  const j = skipSpacesBack(s, start, 1);
  const sym = s[j - 1];
  if (sym !== undefined && CURRENCY_SYMBOLS.has(sym)) {
    const us = s.slice(Math.max(0, j - 3), j - 1);
    return { start: us === 'US' || us === 'AU' || us === 'CA' ? j - 3 : j - 1, unit: CURRENCY_SYMBOLS.get(sym)! };
  }
  const w = prevWord(s, start);
  if (w && /^[A-Z]{3}$/.test(w.text) && CURRENCY_SYMBOLS.has(w.text) && start - w.end <= 1) return { start: w.start, unit: w.text };
  return null;
}

/**
 * A bare 1900–2100 is a year unless a counted noun follows ("2000 personnes"); English puts years
 * before nouns ("the 2020 elections"), so there only a qualifier makes it a count.
 */
function isYear(s: string, c: Candidate, st: State, unit: Unit | null, language: 'fr' | 'en', qualified: boolean): boolean {
  if (c.spelled || !c.bare || st.percent || st.scaled || st.currency) return false;
  if (c.value < 1900 || c.value > 2100 || c.end - c.start !== 4) return false;
  if (language === 'en') return !qualified;
  return yearWordBefore(s, c.start) || !unit || !unit.plural;
}

/** "deux tiers", "trois cinquièmes", "two-thirds", "trente-cinquième": ratios and ordinals are not counts. */
function isFractionOrOrdinal(unit: string): boolean {
  return FRACTION_WORDS.has(unit) || /i[eè]mes?$/.test(unit);
}

/** "un million et demi": adds half the last scale. */
function readHalf(s: string, st: State, scale: number): void {
  const et = nextWord(s, st.end);
  if (!et || et.start - st.end > 2 || (et.lower !== 'et' && et.lower !== 'and')) return;
  const half = nextWord(s, et.end);
  if (half && (half.lower === 'demi' || half.lower === 'demie' || half.lower === 'half')) {
    st.value += scale / 2;
    st.end = half.end;
  }
}

/** "Europe 1", "CRS 45", "Palestine 68": a capitalised word right before a bare number names something. */
function isNameNumber(s: string, start: number): boolean {
  const w = prevWord(s, start);
  if (!w || start - w.end !== 1 || !/^\p{Lu}/u.test(w.text)) return false;
  return !FR_STOPWORDS.has(w.lower) && !EN_STOPWORDS.has(w.lower);
}

/** "two and a half", "deux mois et demi": adds one half to a whole count. */
function readAndAHalf(s: string, st: State, from: number): number {
  if (st.scaled || st.percent || !Number.isInteger(st.value)) return -1;
  const and = nextWord(s, from);
  if (!and || and.start - from > 2 || (and.lower !== 'and' && and.lower !== 'et')) return -1;
  let half = nextWord(s, and.end);
  if (half && and.lower === 'and' && half.lower === 'a') half = nextWord(s, half.end);
  if (!half || !(and.lower === 'and' ? half.lower === 'half' : half.lower === 'demi' || half.lower === 'demie')) return -1;
  st.value += 0.5;
  return half.end;
}

/** "half a dozen": halves the dozen read after "a". */
function halfADozen(s: string, c: Candidate, st: State): number {
  if (c.single !== 'a' || !st.approx || st.value !== 12) return c.start;
  const half = prevWord(s, c.start);
  if (!half || half.lower !== 'half') return c.start;
  st.value = 6;
  return half.start;
}

/** Completes a candidate read at [c.start, c.end) in line `s`. */
export function completeClaim(s: string, c: Candidate, language: 'fr' | 'en'): Completed {
  const skip = (resume: number): Completed => ({ claim: null, resume, numberEnd: resume, factor: 1 });
  const st: State = { value: c.value, end: c.end, percent: c.percent, scaled: c.scaled, approx: false, exact: false, factor: 1, currency: null, currencyEnd: 0 };
  if (c.spelled && c.scaled) {
    const last = s.slice(Math.max(c.start, c.end - 12), c.end).split(/[\s-]/).pop() ?? '';
    readHalf(s, st, scaleValue(last.toLowerCase(), language) ?? 0);
  }
  if (!c.unit) {
    const half = language === 'en' ? readAndAHalf(s, st, st.end) : -1;
    if (half >= 0) st.end = half;
    readScale(s, st, language);
    readCollective(s, st);
    readPercent(s, st);
  }
  const resume = st.end;
  // Articles first: they are most spelled candidates, and this test is cheap.
  if (c.single !== null && ARTICLES.has(c.single) && !articleIsNumeral(s, c.single, c.start, st.end, qualifierBefore(s, c.start) !== null, st.approx)) return skip(resume);
  if (isDatePart(s, c.start, c.end) || isClockTime(s, c.start, c.end)) return skip(resume);
  if (isIdentifier(s, c.start)) return skip(resume);
  const orMore = orMoreEnd(s, st.end);
  if (orMore >= 0) st.end = orMore;
  const before = currencyBefore(s, c.start);
  if (before) st.currency = before.unit;
  else if (!st.percent && !c.unit) readCurrencyAfter(s, st);
  let unit: Unit | null = c.unit;
  if (!unit && !st.percent && !st.currency) unit = hyphenUnitAt(s, st.end) ?? unitAfter(s, st.end, language, st.scaled);
  const halfEnd = unit && language === 'fr' ? readAndAHalf(s, st, unit.end) : -1;
  if (countsNothing(s, c.start, st.end, unit !== null)) return skip(resume);
  const numberStart = before ? before.start : halfADozen(s, c, st);
  const q = qualifierFor(s, numberStart, c.spelled, unit ? unit.text : null, st.percent || st.currency !== null);
  if (isYear(s, c, st, unit, language, q !== null)) return skip(resume);
  if (unit && isFractionOrOrdinal(unit.text.toLowerCase())) return skip(resume);
  // "two-headed", "one-eyed": a compound adjective describes, it does not count.
  if (unit && s[unit.start - 1] === '-' && unit.text.endsWith('ed')) return skip(resume);
  if (!c.spelled && (!unit || !unit.plural) && !st.percent && !st.currency && isNameNumber(s, c.start)) return skip(resume);
  // "Mouvement Cinq Etoiles", "Five Star Movement": a capitalised number word inside a sentence names something.
  if (c.spelled && /^\p{Lu}/u.test(s[c.start] ?? '') && !atSentenceStart(s, c.start)) return skip(resume);
  if (c.single === 'neuf' && !unit) return skip(resume);
  const qualifier: Qualifier | null = q ? q.qualifier : orMore >= 0 ? 'at-least' : st.approx && !st.exact ? 'about' : null;
  const start = q ? q.start : numberStart;
  const end = Math.max(st.end, st.currencyEnd, unit ? unit.end : 0, halfEnd);
  const claim: NumberClaim = {
    start,
    end,
    text: s.slice(start, end),
    value: st.value,
    qualifier,
    unit: st.currency ?? (unit ? unit.text : null),
    percent: st.percent,
  };
  return { claim, resume, numberEnd: Math.max(st.end, st.currencyEnd), factor: st.factor };
}
