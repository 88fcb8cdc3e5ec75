/**
 * The personal names a sentence mentions, noted in the speaker history as they are read: full
 * names, known surnames (also possessive: "Finkielkraut’s"), their title's gender ("Mme", "Mr"), the
 * role written around them, and whether the name heads its clause (a subject) or is a complement.
 */
import { isCapitalised, type Token } from './tokens';
import type { SpeakerHistory } from './resolve';
import { trailingName } from './speaker';
import { namedBy } from './givenNames';
import { isRoleWord, roleAround } from './roles';
import { FUNCTION_WORDS, TITLE_WORDS } from './lexicon';
import { isLowerCode } from './chars';
import { NOT_A_VERB } from './leads';
import { isPersonNoun } from './persons';
import { afterFrontedRole } from './apposition';

/** Words before a name that make it a complement ("the support of Mélenchon", "par Bart De Wever"). */
const COMPLEMENT_BEFORE = new Set(['of', 'by', 'with', 'to', 'for', 'from', 'at', 'in', 'on', 'than', 'met', 'de', 'du', 'des', 'à', 'au', 'aux', 'par', 'pour', 'avec', 'sur', 'chez', 'contre', 'entre', 'que', 'about', 'against', 'like', 'comme', 'and', 'et']);

/** True when the name T[k, e) heads its clause: a lower-case verb-like word follows, no preposition precedes. */
function isSubjectName(T: readonly Token[], k: number, e: number): boolean {
  const next = T[e];
  if (next?.text === ',' && (T.slice(0, k).every((t) => t.kind === 'punct') || afterFrontedRole(T, k))) return true; // "Jacqueline Houdret, directrice de …, fermera", "Policier à Liège, Manu Vervier, …"
  if (!next || next.kind !== 'word' || !isLowerCode(next.text.charCodeAt(0))) return false;
  if (FUNCTION_WORDS.has(next.lower) || NOT_A_VERB.has(next.lower)) return false;
  const prev = T[k - 1];
  if (nounBeforeName(T, k)) return false; // "le défilé Louis Vuitton homme": the name qualifies a noun
  const complement = !!prev && prev.kind === 'word' && (COMPLEMENT_BEFORE.has(prev.lower) || FUNCTION_WORDS.has(prev.lower));
  if (/[’']s$/u.test(T[e - 1].text)) return !complement; // "That Finkielkraut’s attacker …" is the topic; "in Macron’s concessions" is not
  return !complement;
}

/** Determiners before a common noun that a name may qualify ("le défilé Louis Vuitton", "the brand Off-White"). */
const NOUN_DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'du', 'des', 'au', 'aux', 'son', 'sa', 'ses', 'leur', 'the', 'a', 'an', 'its', 'their']);

/** True when the name at k follows determiner + lower-case non-person noun: it names a thing or body, not a clause subject. */
function nounBeforeName(T: readonly Token[], k: number): boolean {
  const noun = T[k - 1];
  const det = T[k - 2];
  if (!noun || !det || noun.kind !== 'word' || det.kind !== 'word' || !isLowerCode(noun.text.charCodeAt(0))) return false;
  const w = noun.lower.startsWith('l’') ? noun.lower.slice(2) : noun.lower;
  return (NOUN_DETERMINERS.has(det.lower) || noun.lower.startsWith('l’')) && !isPersonNoun(w, w) && !isRoleWord(w);
}

const TITLE_GENDER = new Map<string, 'm' | 'f' | null>([
  ['m', 'm'], ['mr', 'm'], ['monsieur', 'm'], ['mme', 'f'], ['mrs', 'f'], ['ms', 'f'], ['madame', 'f'], ['mlle', 'f'],
]);

/** The courtesy title or capitalised title word right before a name ("M. Borrell", "Mr Macron", "President Macron"). */
function titleBefore(T: readonly Token[], at: number): { gender: 'm' | 'f' | null } | null {
  let p = at - 1;
  if (T[p]?.text === '.') p--;
  const t = T[p];
  if (!t || t.kind !== 'word' || !isCapitalised(t.text)) return null;
  if (TITLE_GENDER.has(t.lower)) return { gender: TITLE_GENDER.get(t.lower) ?? null };
  return p === at - 1 && TITLE_WORDS.has(t.lower) ? { gender: null } : null;
}

/** True for a word ending in a possessive ’s / 's ("Macron’s"). */
function isPossessive(w: string): boolean {
  const n = w.length;
  return n > 2 && w.charCodeAt(n - 1) === 0x73 && (w.charCodeAt(n - 2) === 0x2019 || w.charCodeAt(n - 2) === 0x27);
}

/** Prepositions whose capitalised object may run into the name after it ("la province de Hainaut Tommy Leclercq"). */
const PLACE_BEFORE = new Set(['de', 'du', 'des']);

/** Records the personal names of a sentence: full names, and known surnames used alone ("Macron rushed back"). */
/** Notes every personal name of the sentence T in the history (with its title's gender and its role) and returns them. */
export function noteNames(T: readonly Token[], history: SpeakerHistory, text: string): string[] {
  const names: string[] = [];
  let k = 0;
  while (k < T.length) {
    let e = k;
    while (e < T.length && T[e].kind === 'word' && isCapitalised(T[e].text)) e++;
    if (e > k) {
      let at = trailingName(T, k, e);
      if (at === k && e - k >= 3 && k > 0 && T[k - 1].kind === 'word' && PLACE_BEFORE.has(T[k - 1].lower)) at = e - 2; // "de Hainaut Tommy Leclercq": the place, then the name
      const possessive = isPossessive(T[e - 1].text);
      if (at < 0 && history.isKnownSurname(possessive ? T[e - 1].text.slice(0, -2) : T[e - 1].text)) at = e - 1; // "That Finkielkraut’s attacker"
      const n = e - at;
      const title = at >= 0 ? titleBefore(T, at) : null;
      const end = at >= 0 && possessive ? T[e - 1].end - 2 : at >= 0 ? T[e - 1].end : 0;
      const known = n === 1 && at >= 0 && (history.isKnownSurname(text.slice(T[at].start, end)) || title !== null || namedBy(T, at));
      if (at >= 0 && ((n >= 2 && n <= 4) || known)) {
        const name = history.noteName(text.slice(T[at].start, end), T[at].start, isSubjectName(T, k, e));
        if (title) history.noteGender(name, title.gender);
        const role = n >= 2 ? roleAround(text, T, at, e) : null;
        if (role) history.noteRole(name, role);
        names.push(name);
      }
    }
    k = e > k ? e : k + 1;
  }
  return names;
}
