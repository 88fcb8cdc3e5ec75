/**
 * Noun phrases as written: splitting a phrase into a personal name and a role, and classifying it
 * as a name, pronoun, description, demonstrative or body. Shared by the subject finders in speaker.ts.
 */
import { isBlankChar, isCapitalised, trimWith, type Token } from './tokens';
import { FUNCTION_WORDS, LEADING_CONNECTORS, NP_STOPS, PERSON_ROLES, PRONOUNS, TITLE_WORDS, FR_PREPOSITIONS } from './lexicon';

export type SubjectKind = 'name' | 'pronoun' | 'demonstrative' | 'same-source' | 'description' | 'body';

/** A subject as written, before pronoun/description resolution. */
export interface Subject {
  kind: SubjectKind;
  /** The personal name, or the whole noun phrase when there is none. */
  text: string;
  role: string | null;
  gender: 'm' | 'f' | null;
  /** Lower-case content words of the phrase (for matching descriptions against earlier roles). */
  words: string[];
  start: number;
  end: number;
}

export const DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'the', 'a', 'an', 'one', 'l’un', 'l’une', 'ce', 'cet', 'cette', 'ces', 'this', 'these', 'des', 'son', 'sa', 'ses', 'leur', 'leurs', 'his', 'her', 'their', 'its', 'plusieurs', 'deux', 'trois', 'two', 'three', 'several', 'many', 'some', 'certains', 'certaines', 'd’autres', 'other', 'another', 'notre', 'our']);
export const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'ces', 'this', 'these', 'that']);
const NAME_PARTICLES = new Set(['de', 'von', 'van', 'der', 'den', 'da', 'di', 'du', 'bin', 'ben', 'al', 'el', 'la', 'le', 'y', 'dos', 'das', 'ter', 'ten', 'mac', 'st']);

/** True for an elided determiner token such as l’Otan, d’un. */
export function elided(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  return (c === 0x6c || c === 0x64) && t.lower.charCodeAt(1) === 0x2019;
}

/** A capitalised word that may belong to a personal name (not a title, function word or connector). */
export function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !isCapitalised(t.text)) return false;
  return !NOT_IN_NAMES.has(t.lower); // a capital is never a digit, so /^\d/ cannot match here
}

/** Every word that `isNameWord` rejects by its lower-cased form (one look-up instead of six). */
const NOT_IN_NAMES: ReadonlySet<string> = new Set([
  ...TITLE_WORDS, ...FUNCTION_WORDS, ...PRONOUNS.keys(), ...NP_STOPS, ...LEADING_CONNECTORS, ...FR_PREPOSITIONS,
]);

/** Index where the trailing personal name of T[from, to) starts, or -1. */
export function trailingName(T: readonly Token[], from: number, to: number): number {
  let k = to;
  while (k > from) {
    const t = T[k - 1];
    if (isNameWord(t)) { k--; continue; }
    if (t.text === '.' && k - 2 >= from && /^\p{Lu}$/u.test(T[k - 2].text) && T[k - 2].text !== 'M' && k < to) { k -= 2; continue; }
    if (t.kind === 'word' && NAME_PARTICLES.has(t.lower) && k < to && k - 2 >= from && isNameWord(T[k - 2])) { k--; continue; }
    break;
  }
  if (k === to) return -1;
  if (to - k >= 3 && /^\p{Lu}[\p{Lu}-]+$/u.test(T[k].text) && isNameWord(T[k + 1])) k++; // "la présidente du RN Marine Le Pen"
  if (k > from && FUNCTION_WORDS.has(T[k - 1].lower)) return to - k >= 3 ? to - 2 : -1; // "du Kremlin"; "du Hainaut Tommy Leclercq"
  if (k > from && to - k === 1 && elided(T[k - 1]) && /^\p{Lu}/u.test(T[k - 1].text.slice(2))) return -1; // "l’Open Vld"
  if (k > from && T[k - 1].kind === 'word' && !isCapitalised(T[k - 1].text) && !elided(T[k - 1]) && to - k === 1 && !PERSON_ROLES.has(T[k - 1].lower) && !TITLE_WORDS.has(T[k - 1].lower)) {
    // a single capitalised word after an ordinary adjective/noun: "la région russe Koursk" is not a person
    return /^\p{Lu}{2,}$/u.test(T[k].text) ? -1 : k;
  }
  return k;
}

const isEdgeChar = (c: string): boolean => isBlankChar(c) || c === ',' || c === ';' || c === ':';

export function slice(text: string, T: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return trimWith(text.slice(T[from].start, T[to - 1].end), isEdgeChar);
}

/** Lower-case content words of T[from, to), without an elided l’/d’. */
function contentWords(T: readonly Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const t = T[k];
    if (t.kind !== 'word' || FUNCTION_WORDS.has(t.lower)) continue;
    const w = t.lower;
    words.push((w.charCodeAt(0) === 0x6c || w.charCodeAt(0) === 0x64) && w.charCodeAt(1) === 0x2019 ? w.slice(2) : w);
  }
  return words;
}

function genderOf(first: Token | undefined): 'm' | 'f' | null {
  if (!first) return null;
  const w = first.lower;
  if (w === 'la' || w === 'une' || w === 'cette' || w === 'elle' || w === 'elles' || w === 'she') return 'f';
  if (w === 'le' || w === 'un' || w === 'ce' || w === 'cet' || w === 'il' || w === 'ils' || w === 'he') return 'm';
  if (w === 'mme' || w === 'mrs' || w === 'ms' || w === 'madame' || w === 'mlle') return 'f';
  if (w === 'mr' || w === 'm' || w === 'monsieur') return 'm';
  return null;
}

const FIRST_PERSON = new Set(['i', 'we', 'you', 'je', 'j’', 'nous', 'vous', 'tu']);

/**
 * "Emmanuel Rivière of pollsters Kantar Public France": a full personal name opening the phrase,
 * then "of"/"from"/"at" and its organisation. Returns the index of the preposition, or -1.
 */
function leadingNameOf(T: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && k - from < 4 && isNameWord(T[k])) k++;
  if (k - from < 2 || k >= to - 1) return -1;
  return /^(?:of|from|at)$/u.test(T[k].lower) ? k : -1;
}

/** Index of the "(" matching the ")" at `close` (within a few tokens), else `close`. */
function openParen(T: readonly Token[], from: number, close: number): number {
  for (let k = close - 1; k >= from && close - k <= 6; k--) if (T[k].text === '(') return k;
  return close;
}

/** Classifies the noun phrase T[from, to) as a name, pronoun, description or body. */
export function classify(text: string, T: readonly Token[], from: number, to: number): Subject | null {
  while (to > from && T[to - 1].kind === 'punct' && T[to - 1].text !== '.') {
    if (T[to - 1].text === ')') to = openParen(T, from, to - 1); // "Anne Hidalgo (PS)": the party is not the name
    else to--;
  }
  if (to <= from) return null;
  const first = T[from];
  if (FIRST_PERSON.has(first.lower)) return null; // "I am called a racist": the writer quotes without marks
  const words = contentWords(T, from, to);
  const start = first.start;
  const end = T[to - 1].end;
  const gender = genderOf(first);
  const ofAt = leadingNameOf(T, from, to);
  if (ofAt > 0) {
    const rest = slice(text, T, ofAt, to);
    return { kind: 'name', text: slice(text, T, from, ofAt), role: rest, gender: null, words, start, end: T[ofAt - 1].end };
  }
  if (to - from === 1 && PRONOUNS.has(first.lower)) return { kind: 'pronoun', text: first.text, role: null, gender: PRONOUNS.get(first.lower) ?? null, words, start, end };
  const phrase = slice(text, T, from, to);
  const lowerPhrase = phrase.toLowerCase();
  if (lowerPhrase.includes('source') && /\b(?:même|same) source\b/u.test(lowerPhrase)) return { kind: 'same-source', text: phrase, role: null, gender, words, start, end };
  const nameAt = trailingName(T, from, to);
  if (nameAt >= 0) {
    const role = slice(text, T, from, nameAt);
    return { kind: 'name', text: slice(text, T, nameAt, to), role: role.length > 0 ? role : null, gender, words, start, end };
  }
  if (DEMONSTRATIVES.has(first.lower)) return { kind: 'demonstrative', text: phrase, role: null, gender, words, start, end };
  const headTok = elided(first) ? first : T[from + 1];
  const head = headTok ? headTok.lower.replace(/^(?:l|d)’/, '') : '';
  const definite = ['le', 'la', 'les', 'the'].includes(first.lower) || /^l’/.test(first.lower);
  if (definite && PERSON_ROLES.has(head)) return { kind: 'description', text: phrase, role: null, gender, words, start, end };
  return { kind: 'body', text: phrase, role: null, gender, words, start, end };
}

