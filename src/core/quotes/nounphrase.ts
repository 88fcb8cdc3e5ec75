/**
 * Noun phrases as written: splitting a phrase into a personal name and a role, and classifying it
 * as a name, pronoun, description, demonstrative or body. Shared by the subject finders in speaker.ts.
 */
import { isBlankChar, isCapitalised, trimWith, type Token } from './tokens';
import { FUNCTION_WORDS, LEADING_CONNECTORS, NP_STOPS, PERSON_ROLES, PRONOUNS, TITLE_WORDS, FR_PREPOSITIONS } from './lexicon';
import { isPersonNoun } from './persons';
import { bodyNamedAt } from './frBodies';
import { completePhrase, headWritten, nameIsComplement } from './phraseEdges';
import { SURNAME_PARTICLES } from './givenNames';
import { hasSpacedAge } from './enReference';
import { notNameShaped } from './nameShape';

/** Definite articles that make a phrase a description ("l’" is tested as a prefix). */
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'the']);

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
  /** A role left where a scraped page dropped the name ("…, the interior minister, said"): never resolved to someone else. */
  scraped?: boolean;
}

export const DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'the', 'a', 'an', 'one', 'l’un', 'l’une', 'ce', 'cet', 'cette', 'ces', 'this', 'these', 'des', 'son', 'sa', 'ses', 'leur', 'leurs', 'his', 'her', 'their', 'its', 'plusieurs', 'deux', 'trois', 'two', 'three', 'several', 'many', 'some', 'certains', 'certaines', 'd’autres', 'other', 'another', 'notre', 'our', 'my']);
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
  return !NOT_IN_NAMES.has(t.lower) && !notNameShaped(t.lower); // a capital is never a digit, so /^\d/ cannot match here
}

/** Every word that `isNameWord` rejects by its lower-cased form (one look-up instead of six). */
const NOT_IN_NAMES: ReadonlySet<string> = new Set([
  ...TITLE_WORDS, ...FUNCTION_WORDS, ...PRONOUNS.keys(), ...NP_STOPS, ...LEADING_CONNECTORS, ...FR_PREPOSITIONS,
]);

/** English words before a capitalised run that make it a complement of the phrase (organisation, place), not a name. */
const ORG_PREPOSITIONS = new Set(['of', 'with', 'for', 'at', 'from', 'in', 'on', 'and', 'by']);

/** Prepositions before "adjective + Place" ("from rural Normandy", "in northern Syria"). */
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'of', 'near', 'de', 'du', 'en', 'à', 'près']);

/** Particles that are also articles: a name opening with one needs a title before it ("M. Le Hir", not "La Région"). */
const ARTICLE_PARTICLES = new Set(['la', 'le', 'du', 'des', 'les', 'y', 'el', 'al']);

/** True when T[k] follows a courtesy title ("M. De Crem", "Mr Van Rompuy"). */
function afterTitle(T: readonly Token[], k: number): boolean {
  const p = T[k - 1]?.text === '.' ? T[k - 2] : T[k - 1];
  return !!p && /^(?:m|mr|mrs|ms|mme|dr|me)$/u.test(p.lower);
}

/** Index where the trailing personal name of T[from, to) starts, or -1. */
export function trailingName(T: readonly Token[], from: number, to: number): number {
  let k = to;
  while (k > from) {
    const t = T[k - 1];
    if (isNameWord(t)) { k--; continue; }
    if (t.text === '.' && k - 2 >= from && /^\p{Lu}$/u.test(T[k - 2].text) && T[k - 2].text !== 'M' && k < to) { k -= 2; continue; }
    if (t.kind === 'word' && NAME_PARTICLES.has(t.lower) && k < to && k - 2 >= from && isNameWord(T[k - 2])) { k--; continue; }
    if (t.kind === 'word' && NAME_PARTICLES.has(t.lower) && isCapitalised(t.text) && k < to && ((k - 1 === from && !ARTICLE_PARTICLES.has(t.lower)) || afterTitle(T, k - 1))) { k--; break; } // "M. De Crem", "Van Houdenhove"; not "La Région"
    break;
  }
  if (k === to) return -1;
  if (k > from && ORG_PREPOSITIONS.has(T[k - 1].lower)) return -1; // "the head of Hope Not Hate": an organisation, not the person
  if (to - k >= 3 && /^\p{Lu}[\p{Lu}-]+$/u.test(T[k].text) && isNameWord(T[k + 1])) k++; // "la présidente du RN Marine Le Pen"
  if (k > from && (T[k - 1].lower === 'the' || (k - 1 > from && T[k - 2].lower === 'the' && isCapitalised(T[k - 1].text) && !isNameWord(T[k - 1])))) return -1; // "the National Assembly"
  if (k > from && FUNCTION_WORDS.has(T[k - 1].lower)) return to - k >= 3 && isNameWord(T[to - 2]) ? to - 2 : -1; // "du Kremlin"; "du Hainaut Tommy Leclercq"; not "la Ville de Bruxelles"
  if (k > from && to - k === 1 && elided(T[k - 1]) && /^\p{Lu}/u.test(T[k - 1].text.slice(2))) return -1; // "l’Open Vld"
  if (to - k === 1 && k - 2 >= from && PLACE_PREPOSITIONS.has(T[k - 2].lower) && T[k - 1].kind === 'word' && !isCapitalised(T[k - 1].text)) return -1; // "a nurse from rural Normandy": a place
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

/** Subject pronouns that never open a longer noun phrase. */
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'il', 'elle', 'ils', 'elles']);

/** Pre-nominal words between a determiner and a role noun ("la jeune femme", "the French president"). */
const PRE_NOMINAL = new Set(['même', 'jeune', 'jeunes', 'nouveau', 'nouvelle', 'vieux', 'vieille', 'actuel', 'actuelle', 'young', 'new', 'old', 'top', 'senior', 'veteran', 'current', 'former', 'outgoing', 'joint', 'acting', 'interim']);

/** The role noun after a determiner, past up to two pre-nominal adjectives or capitalised nationality words ("the French president"). */
function headAfterDeterminer(T: readonly Token[], from: number, to: number): string {
  let k = from + 1;
  const english = T[from].lower === 'the';
  while (k < to - 1 && k - from <= 2 && T[k].kind === 'word' && (PRE_NOMINAL.has(T[k].lower) || (english && isCapitalised(T[k].text) && !PERSON_ROLES.has(T[k].lower)))) k++;
  return T[k] && T[k].kind === 'word' ? T[k].lower : '';
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
  if (/^(?:of|from|at)$/u.test(T[k].lower)) return k;
  // "Johan Mattart de la Fédération belge …", "X du parti socialiste": the organisation follows
  const w = T[k].lower;
  return w === 'du' || w === 'des' || (w === 'de' && /^(?:la|le|les|l’\p{L}+)$/u.test(T[k + 1].lower)) ? k : -1;
}

/** Index of the "(" matching the ")" at `close` (within a few tokens), else `close`. */
function openParen(T: readonly Token[], from: number, close: number): number {
  for (let k = close - 1; k >= from && close - k <= 6; k--) if (T[k].text === '(') return k;
  return close;
}

/** A word glued to the one before it by a scraper: an upper-case run then a capitalised word ("EPAFrench"). */
const GLUED = /^\p{Lu}{2,}\p{Ll}/u;

/**
 * "Interior minister said", "Reporters without Borders secretary-general called": a role with no
 * determiner ending in a person noun, where a scraped page dropped the name. It is someone (a
 * pronoun later may take it), named by the role as written.
 */
function bareRole(T: readonly Token[], from: number, to: number): boolean {
  const first = T[from];
  const last = T[to - 1];
  if (to - from < 2 || to - from > 6 || DETERMINERS.has(first.lower) || elided(first) || last.kind !== 'word') return false;
  if (GLUED.test(first.text)) return false; // "EPAFrench president": a caption's credit glued to the next sentence
  return first.kind === 'word' && PERSON_ROLES.has(last.lower);
}

/**
 * "Le Pen admits", "Di Maio says": a capitalised surname particle and a name word at k, then a
 * lower-case word t in -s that is no function word (an English present-tense verb): a clause, not a phrase going on.
 */
export function particleSurnameVerb(T: readonly Token[], k: number, t: Token | undefined): boolean {
  const p = T[k];
  if (!t || !p || p.kind !== 'word' || !SURNAME_PARTICLES.has(p.lower) || !isCapitalised(p.text) || !T[k + 1] || !isNameWord(T[k + 1])) return false;
  const c = t.text.charCodeAt(0);
  return t.kind === 'word' && c >= 97 && c <= 122 && t.lower.length > 3 && t.lower.endsWith('s') && !FUNCTION_WORDS.has(t.lower) && !NP_STOPS.has(t.lower);
}

/** Classifies the noun phrase T[from, to) as a name, pronoun, description or body. */
export function classify(text: string, T: readonly Token[], from: number, to: number): Subject | null {
  while (to > from && T[to - 1].kind === 'punct' && T[to - 1].text !== '.') {
    if (T[to - 1].text === ')') to = openParen(T, from, to - 1); // "Anne Hidalgo (PS)": the party is not the name
    else to--;
  }
  to = completePhrase(T, from, to);
  if (to <= from) return null;
  const first = T[from];
  if (first.text === 'I' && to - from === 1) return { kind: 'pronoun', text: 'I', role: null, gender: null, words: [], start: first.start, end: first.end }; // "“…,” I asked": the writer (see SpeakerHistory.resolve)
  if (FIRST_PERSON.has(first.lower)) return null; // "I am called a racist": the writer quotes without marks
  if (to - from > 2 && particleSurnameVerb(T, from, T[from + 2])) return null; // "Le Pen admits the RN": a clause
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
  if (PERSONAL_SUBJECTS.has(first.lower) && T[from + 1]?.kind === 'word' && !isCapitalised(T[from + 1].text)) return null; // "who, he said, claimed": a clause, not a noun phrase
  const phrase = slice(text, T, from, to);
  const lowerPhrase = phrase.toLowerCase();
  if (lowerPhrase.includes('source') && /\b(?:même|same) source\b/u.test(lowerPhrase)) return { kind: 'same-source', text: phrase, role: null, gender, words, start, end };
  const nameAt = nameIsComplement(T, from, to) ? -1 : trailingName(T, from, to);
  const bodyAt = nameAt > from ? bodyNamedAt(T, from, nameAt) : -1; // "la fondation Jean-Jaurès" is a body
  if (bodyAt >= 0) return { kind: 'body', text: slice(text, T, bodyAt, to), role: null, gender: genderOf(T[bodyAt]), words: contentWords(T, bodyAt, to), start: T[bodyAt].start, end };
  if (nameAt >= 0) {
    const role = slice(text, T, from, nameAt);
    return { kind: 'name', text: slice(text, T, nameAt, to), role: role.length > 0 ? role : null, gender, words, start, end };
  }
  if (DEMONSTRATIVES.has(first.lower)) return { kind: 'demonstrative', text: phrase, role: null, gender, words, start, end };
  const head = elided(first) ? first.lower.slice(2) : T[from + 1] ? headAfterDeterminer(T, from, to) : '';
  const definite = DEFINITE_ARTICLES.has(first.lower) || first.lower.startsWith('l’');
  if (definite && (PERSON_ROLES.has(head) || isPersonNoun(head, headWritten(T, from, to, head)) || (to - from === 3 && first.lower === 'the' && !FUNCTION_WORDS.has(T[from + 1].lower) && isPersonNoun(T[to - 1].lower, T[to - 1].lower)))) return { kind: 'description', text: phrase, role: null, gender, words, start, end };
  if (definite && hasSpacedAge(words)) return { kind: 'description', text: phrase, role: null, gender, words, start, end }; // "the 19 year old"
  if (bareRole(T, from, to)) return { kind: 'description', text: phrase, role: null, gender, words, start, end, scraped: true };
  return { kind: 'body', text: phrase, role: null, gender, words, start, end };
}

/** Particles inside a full name ("Herve Le Bras", "Ilse Van De Keere"), compared lower-cased. */
export const INNER_PARTICLES = new Set(['de', 'van', 'von', 'di', 'da', 'del', 'della', 'der', 'den', 'ter', 'le', 'la', 'du']);

/** Longest relative clause (tokens) skipped between a description and its apposed name. */
const RELATIVE_BUDGET = 12;

/** Index of the comma closing a short relative clause opened at `e` (no quote inside), else `e`. */
export function afterRelative(T: readonly Token[], e: number, limit: number): number {
  for (let k = e + 1; k < limit && k - e <= RELATIVE_BUDGET; k++) {
    if (T[k].kind === 'quote') return e;
    if (T[k].text === ',') return isNameWord(T[k + 1]) ? k : e;
  }
  return e;
}

/** "said veteran sociologist Herve Le Bras", "said chancellor Angela Merkel": up to three lower-case role words, then a full name. */
export function bareRoleName(text: string, T: readonly Token[], k: number, limit: number): Subject | null {
  let j = k;
  while (j < limit && j - k < 3 && T[j].kind === 'word' && /^\p{Ll}/u.test(T[j].text) && !FUNCTION_WORDS.has(T[j].lower) && !NP_STOPS.has(T[j].lower)) j++;
  if (j === k) return null;
  let e = j;
  while (e < limit && e - j < 4 && (isNameWord(T[e]) || (e > j && INNER_PARTICLES.has(T[e].lower) && e + 1 < limit && isNameWord(T[e + 1])))) e++;
  if (e - j < 2) return null;
  const name = classify(text, T, j, e);
  return name && name.kind === 'name' ? { ...name, role: text.slice(T[k].start, T[j - 1].end), start: T[k].start } : null;
}
