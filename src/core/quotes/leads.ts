/**
 * Weak antecedents for he/she/il/elle: the lone capitalised word heading a sentence before its verb
 * ("Macron rushed back …. He promised …"), read lazily only when a pronoun needs it.
 */
import { isLowerCode } from './chars';
import { FUNCTION_WORDS, LEADING_CONNECTORS } from './lexicon';
import { DETERMINERS, elided, isNameWord } from './nounphrase';
import type { Token } from './tokens';

/** Words after a name that show it is not the subject of a verb ("Macron, who …"). */
export const NOT_A_VERB: ReadonlySet<string> = new Set(['who', 'qui', 'whose', 'dont', 'which', 'lequel', 'laquelle', 'or', 'ou', 'nor', 'ni']);

/** Verbs after a lone capitalised word that tell nothing about it being someone ("Paris is …"). */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'est', 'était', 'sont', 'étaient', 'sera', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
/** Auxiliaries that need a participle-like word after them ("Macron had planned", not "France has a …"). */
const AUXILIARIES = new Set(['has', 'had', 'have', 'a', 'avait', 'ont', 'avaient']);

/**
 * "Macron rushed back to Paris …": a lone capitalised word heading the sentence, right before a
 * lower-case verb, may be the person a following "he"/"il" stands for (a weak antecedent: see
 * SpeakerHistory.leadAfter). Returns that word's token, or null.
 */
export function leadWord(T: readonly Token[]): Token | null {
  let f = 0;
  while (f < T.length && (T[f].kind === 'punct' || LEADING_CONNECTORS.has(T[f].lower))) f++;
  const t = T[f];
  const v = T[f + 1];
  if (!t || t.kind !== 'word' || !isNameWord(t) || elided(t) || t.text.length < 3 || !v || v.kind !== 'word' || !isLowerCode(v.text.charCodeAt(0))) return null;
  if (PRONOUN_LIKE.has(t.lower) || lowerAfterHyphen(t.text)) return null; // "Last-minute assurances …": an adjective
  if (AUXILIARIES.has(v.lower)) {
    const w = T[f + 2];
    if (!w || w.kind !== 'word' || !PARTICIPLE_END.test(w.lower) || FUNCTION_WORDS.has(w.lower) || DETERMINERS.has(w.lower)) return null;
  } else if (FUNCTION_WORDS.has(v.lower) || NOT_A_VERB.has(v.lower) || COPULAS.has(v.lower) || !finiteLike(v.lower)) return null; // "Municipal buildings will …": an adjective, not a name
  return t;
}

/** Word endings of a past participle after an auxiliary ("had planned", "a promis", "a dénoncé"). */
const PARTICIPLE_END = /(?:ed|en|é|ée|és|i|is|it|u|t)$/u;
/** English irregular past tenses that open a clause after its subject ("Philippe began by …"). */
const IRREGULAR_PAST = new Set(['began', 'spoke', 'went', 'took', 'gave', 'ran', 'met', 'sought', 'held', 'led', 'left', 'sent', 'brought', 'thought', 'felt', 'knew', 'saw', 'stood', 'won', 'lost', 'fought', 'drew', 'chose', 'broke', 'rose', 'flew', 'got', 'kept', 'paid', 'told', 'said', 'wrote', 'hit', 'struck', 'grew', 'swore', 'spent']);

/** True for a word shaped like a finite verb right after its subject ("rushed", "skis", "dénonce", "promet"), not a plural noun in -ings. */
function finiteLike(w: string): boolean {
  if (IRREGULAR_PAST.has(w)) return true;
  if (w.endsWith('ed') || w.endsWith('e') || w.endsWith('t')) return true;
  return w.endsWith('s') && !w.endsWith('ings') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
}

/** Capitalised sentence openers that are never a person's name. */
const PRONOUN_LIKE = new Set(['this', 'that', 'these', 'those', 'there', 'here', 'what', 'which', 'who', 'such', 'many', 'most', 'some', 'all', 'both', 'each', 'none', 'nobody', 'everyone', 'everybody', 'someone', 'cela', 'ceci', 'tout', 'tous', 'chacun', 'personne', 'rien', 'certains', 'beaucoup']);

/** Distance (characters) within which a he/she may take the weak lead of an earlier sentence. */
export const LEAD_NEAR = 400;

/** True when `text` writes `word` in lower case as a whole word somewhere ("protesters" for "Protesters"); one bounded scan. */
export function hasLowerForm(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return true;
  for (let i = text.indexOf(lower), n = 0; i >= 0 && n < 200; i = text.indexOf(lower, i + 1), n++) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + lower.length < text.length ? text.charCodeAt(i + lower.length) : 32;
    if ((before === 32 || before === 10 || before === 0xa0 || before === 0x28 || before === 0x201c) && !isLetterCode(after) && after !== 0x2d && after !== 0x2f && after !== 0x5f) return true; // a word in running text, not in a URL ("/macron-pledges-…")
  }
  return false;
}

/** True for an ASCII or Latin-1/extended letter code (enough to tell a word boundary). */
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** True for a hyphenated word whose part after the first hyphen starts in lower case ("Last-minute", "Far-right"), not "Jean-Marie". */
function lowerAfterHyphen(w: string): boolean {
  const h = w.indexOf('-');
  return h > 0 && h + 1 < w.length && isLowerCode(w.charCodeAt(h + 1));
}
