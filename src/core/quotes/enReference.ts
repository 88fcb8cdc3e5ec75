/**
 * Small English reference cues read by the speaker history: the sex a he/she opening a sentence
 * tells about the one person named just before, an object pronoun that rules a speaker out as
 * "he", and name spellings that differ only by capitals. All scans are bounded.
 */
import type { Token } from './tokens';

/** Words looked at for the opening he/she ("She …", "Now she …", "But, he …"). */
const OPENING_WORDS = 3;
/** Characters read after a speaker's cue for an object pronoun. */
const CLAUSE_SPAN = 160;

/** The sex that a he/she among the first words of sentence T tells (before any other capitalised word), or null. */
export function openingPronounSex(T: readonly Token[]): 'm' | 'f' | null {
  let k = 0;
  while (k < T.length && T[k].kind === 'punct') k++;
  for (let n = 0; k < T.length && n < OPENING_WORDS; k++, n++) {
    const w = T[k];
    if (w.kind === 'quote' || (w.kind === 'punct' && w.text !== ',')) return null;
    if (w.lower === 'she') return 'f';
    if (w.lower === 'he') return 'm';
    if (n > 0 && w.kind === 'word' && w.text !== w.lower) return null; // another name first
  }
  return null;
}

/**
 * True when `pronoun` ("him", "her") stands as a word in the rest of the clause from `offset` (up to a
 * full stop, an opening quote mark or a line end, CLAUSE_SPAN characters at most).
 */
export function objectPronounAfter(text: string, offset: number, pronoun: string): boolean {
  const stop = Math.min(text.length, offset + CLAUSE_SPAN);
  let a = offset;
  for (let i = offset; i <= stop; i++) {
    const c = i < stop ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    if (i - a === pronoun.length && text.slice(a, i).toLowerCase() === pronoun) return true;
    if (c === 0x2e || c === 0x201c || c === 0x22 || c === 0x0a) return false;
    a = i + 1;
  }
  return false;
}

/** True when `set` holds `name` written with other capitals ("Luigi di Maio" for "Luigi Di Maio"). */
export function sameLetters(set: ReadonlySet<string>, name: string): boolean {
  const lower = name.toLowerCase();
  for (const n of set) if (n.length === name.length && n.toLowerCase() === lower) return true;
  return false;
}

/** True when the string opens with an upper-case letter. */
export function isUpperInitial(s: string): boolean {
  return UPPER_INITIAL.test(s);
}
const UPPER_INITIAL = /^\p{Lu}/u;

/** English nouns of documents that speak for whoever issued them ("a statement from the prosecutor"). */
const DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'release', 'communique', 'communiqué', 'letter', 'memo', 'note', 'notice']);

/** True for an English document noun ("statement", "release"). */
export function isDocumentNoun(lower: string): boolean {
  return DOCUMENTS.has(lower);
}

/** What the speaker history lets `documentIssuer` read of an entry. */
interface IssuerEntry {
  speaker: string;
  person: boolean;
  words: ReadonlySet<string>;
}

/** Recent speakers looked at by `documentIssuer`. */
const ISSUER_DEPTH = 3;

/**
 * "The statement also said …" after "… according to a release from the Élysée": a definite
 * document noun alone stands for the recent speaker that issued such a document. Null when none.
 */
export function documentIssuer(entries: readonly IssuerEntry[], text: string, words: readonly string[]): string | null {
  if (words.length !== 1 || !DOCUMENTS.has(words[0]) || !/^the\s/iu.test(text)) return null;
  for (let k = entries.length - 1, n = 0; k >= 0 && n < ISSUER_DEPTH; k--, n++) {
    const e = entries[k];
    if (!e.person && e.words.has('from') && holdsDocument(e.words)) return e.speaker; // "the statement" after "a release from …"
  }
  return null;
}

/** True when the words hold a document noun. */
function holdsDocument(words: ReadonlySet<string>): boolean {
  for (const w of words) if (DOCUMENTS.has(w)) return true;
  return false;
}

/** Group nouns that refer back to a speaker's organisation ("Matthew Collins of Hope Not Hate said … The group said"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'organisation', 'organization', 'charity', 'campaign', 'association', 'union', 'party', 'movement', 'ngo']);

/**
 * "Matthew Collins of Hope Not Hate said: … The group said …": when the last speaker is a person whose
 * role is "of/from" + a capitalised organisation, "the group" (a definite group noun alone) is that organisation.
 */
export function memberOrganisation(last: { person: boolean; role: string | null } | undefined, s: { text: string; words: readonly string[] }): string | null {
  if (!last || !last.person || !last.role || s.words.length !== 1 || !GROUP_NOUNS.has(s.words[0]) || !/^the\s/iu.test(s.text)) return null;
  const role = last.role;
  const sp = role.indexOf(' ');
  if (sp < 0 || role.length > 60) return null;
  const prep = role.slice(0, sp).toLowerCase();
  const org = role.slice(sp + 1);
  return (prep === 'of' || prep === 'from') && isUpperInitial(org) ? org : null;
}

/** "the 19 year old", "a 34 year old nurse": an age written without hyphens among the words (lower-cased, in order). */
export function hasSpacedAge(words: readonly string[]): boolean {
  for (let k = 1; k + 1 < words.length && k < 6; k++) {
    if ((words[k] === 'year' || words[k] === 'years') && words[k + 1] === 'old' && isDigits(words[k - 1])) return true;
  }
  return false;
}

function isDigits(w: string): boolean {
  if (w.length === 0 || w.length > 3) return false;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 48 || w.charCodeAt(i) > 57) return false;
  return true;
}
