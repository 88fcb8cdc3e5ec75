/**
 * The counted noun phrase after a number: French noun + following adjectives
 * ("soldats nord-coréens", "d'habitants" → "habitants"), English premodifiers + head noun
 * ("North Korean troops"). Reads a bounded number of words.
 */
import { isSpaceAt, nextWord, wordAt, type Word } from './chars';
import { EN_IRREGULAR_PLURALS, EN_STOPWORDS, FR_STOPWORDS, MONTHS, SMALL_WORDS, WEEKDAYS } from './lexicon';

export interface Unit {
  start: number;
  end: number;
  text: string;
  /** The head noun reads as a plural ("soldats", "troops", "people"). */
  plural: boolean;
}

/** Short unit abbreviations accepted as a head noun. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'km', 'kg', 'g', 'm', 'cm', 'mm', 'ha', 'l', 't', 'mw', 'gw', 'kw', 'kwh', 'mph', 'ml', 'km²', 'm²', 'm2', 'km2',
  'mg', 'µg', 'kt', 'mt', 'mds', 'md', 'usd', 'eur', 'chf', 'gbp', 'mn', 'min', 'sec', 'h',
]);

function frPlural(lower: string): boolean {
  return lower.length > 2 && (lower.endsWith('s') || lower.endsWith('x'));
}

function enPlural(lower: string): boolean {
  if (EN_IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 2 && lower.endsWith('s') && !/(ss|us|is|ous|gas|mas|bias|lens)$/.test(lower);
}

/** The next word when only spaces separate it from i (no punctuation crossed). */
function adjacentWord(s: string, i: number): Word | null {
  return isSpaceAt(s, i) ? nextWord(s, i) : null;
}

function isHeadCandidate(w: Word, stop: ReadonlySet<string>): boolean {
  if (stop.has(w.lower) || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower) || SMALL_WORDS.has(w.lower)) return false;
  if (stop === FR_STOPWORDS && w.lower.endsWith('ment')) return false; // adverbs: "dont 15 préventivement"
  return w.lower.length > 1 || ABBREVIATIONS.has(w.lower);
}

/** French adjectives written before the noun: "trois prochains mois", "deux autres chauffeurs". */
const FR_PRENOMINAL: ReadonlySet<string> = new Set([
  'autres', 'prochains', 'prochaines', 'derniers', 'dernières', 'premiers', 'premières', 'nouveaux', 'nouvelles',
  'seuls', 'seules', 'petits', 'petites', 'grands', 'grandes', 'anciens', 'anciennes', 'principaux', 'principales',
]);

/** Adjectives that follow an elided noun and are no head themselves ("deux mille supplémentaires"). */
const FR_NOT_HEADS: ReadonlySet<string> = new Set(['supplémentaires', 'additionnels', 'additionnelles', 'restants', 'restantes']);

/** French: noun, optionally after "de"/"d'" or a prenominal adjective, then up to two agreeing adjectives. */
function frenchUnit(s: string, pos: number, allowDe: boolean): Unit | null {
  let w = nextWord(s, pos);
  if (w && allowDe && (w.lower === 'de' || w.lower === 'd')) w = nextWord(s, w.end);
  else if (!w) w = quotedWord(s, pos);
  if (w && FR_PRENOMINAL.has(w.lower)) w = adjacentWord(s, w.end);
  if (!w || !isHeadCandidate(w, FR_STOPWORDS) || FR_NOT_HEADS.has(w.lower)) return null;
  const plural = frPlural(w.lower);
  let end = w.end;
  if (plural) {
    for (let k = 0; k < 2; k++) {
      const a = adjacentWord(s, end);
      if (!a || !isFrenchAdjective(a)) break;
      end = a.end;
    }
  }
  // Close a quoted unit: 5.000 "gilets jaunes".
  const close = s[end];
  const quoted = '"«“'.includes(s[w.start - 1] ?? 'x') && (close === '"' || close === '»' || close === '”');
  return { start: w.start, end: quoted ? end + 1 : end, text: s.slice(w.start, end), plural };
}

/** A counted noun in quotation marks: 46.600 "gilets jaunes". */
function quotedWord(s: string, pos: number): Word | null {
  let j = pos;
  while (j < s.length && j - pos < 2 && isSpaceAt(s, j)) j++;
  if (!'"«“'.includes(s[j] ?? 'x')) return null;
  j++;
  while (j < s.length && isSpaceAt(s, j) && j - pos < 5) j++;
  return wordAt(s, j);
}

/** A lower-case plural word that is not a function word or a verb form. */
function isFrenchAdjective(a: Word): boolean {
  if (!/^\p{Ll}/u.test(a.text) || FR_STOPWORDS.has(a.lower) || SMALL_WORDS.has(a.lower)) return false;
  if (!frPlural(a.lower)) return false;
  return !/(ons|ez|ais|ait|ient)$/.test(a.lower);
}

/** English: words up to and including the first plural noun (at most four), and a plural right after it. */
function englishUnit(s: string, pos: number): Unit | null {
  const words: Word[] = [];
  let w = nextWord(s, pos);
  if (w && w.lower === 'others') return { start: w.start, end: w.end, text: w.text, plural: true };
  while (w && words.length < 4 && isHeadCandidate(w, EN_STOPWORDS)) {
    words.push(w);
    if (enPlural(w.lower)) {
      const end = pluralRunEnd(s, w);
      return { start: words[0].start, end, text: s.slice(words[0].start, end), plural: true };
    }
    w = adjacentWord(s, w.end);
  }
  const first = words[0];
  if (!first || !/^\p{Ll}/u.test(first.text) || /(ed|ing|ly)$/.test(first.lower)) return null;
  return { start: first.start, end: first.end, text: first.text, plural: false };
}

/** Words after which a preceding -es word was a verb ("…countries represents a whopping…"). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'some', 'more', 'no']);

/**
 * End of a run of plurals after a plural head: "gilets jaunes", "gilets jaunes candidates". Only
 * "-es" words extend it (a French adjective or an English noun; verbs after a plural take no -s,
 * and one followed by an object is taken for a verb all the same).
 */
function pluralRunEnd(s: string, head: Word): number {
  let end = head.end;
  for (let k = 0; k < 2; k++) {
    const next = adjacentWord(s, end);
    if (!next || !/^\p{Ll}/u.test(next.text) || !next.lower.endsWith('es') || next.lower.endsWith('ees')) break;
    if (EN_STOPWORDS.has(next.lower)) break;
    const after = adjacentWord(s, next.end);
    if (after && OBJECT_STARTS.has(after.lower)) break;
    end = next.end;
  }
  return end;
}

/**
 * The unit after offset `pos`. `afterScale`: the number ended in a scale or collective word,
 * so French "de"/"d'" may come first ("3 millions d'habitants").
 */
export function unitAfter(s: string, pos: number, language: 'fr' | 'en', afterScale: boolean): Unit | null {
  return language === 'fr' ? frenchUnit(s, pos, afterScale) : englishUnit(s, pos);
}

/** A unit glued with a hyphen: "45,000-euro", "20-year-old". */
export function hyphenUnitAt(s: string, pos: number): Unit | null {
  if (s[pos] !== '-') return null;
  const w = wordAt(s, pos + 1);
  if (!w || !/^\p{Ll}/u.test(w.text) || w.text.length < 2) return null;
  return { start: w.start, end: w.end, text: w.text, plural: false };
}
