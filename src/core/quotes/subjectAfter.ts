/**
 * Reading the speaker noun phrase after an inverted reporting verb ("a déclaré mardi le
 * porte-parole …, Vedant Patel", "said the spokesman, Vedant Patel"): adverbials and time phrases
 * skipped, the noun phrase bounded (`npEnd`), a document's author or an apposition taken in.
 * Every loop is bounded by a small token budget.
 */
import { isCapitalised, type Token } from './tokens';
import {
  FR_PREPOSITIONS, FUNCTION_WORDS, NP_STOPS, PRONOUNS, TIME_WORDS,
  CATENATIVES, CLAUSE_VERB, isParticiple,
} from './lexicon';
import { bareRoleName, classify, DEMONSTRATIVES, particleSurnameVerb, DETERMINERS, elided, INNER_PARTICLES, isNameWord, type Subject } from './nounphrase';
import { scrapedNameRole } from './scraped';
import { withApposition } from './apposition';
import { continuesPhrase, opensAddressee } from './phraseEdges';
import { isDocumentNoun } from './enReference';
import { commaBetweenAdjectives, joinsRoles, opensPredicate } from './coordinatedAdjectives';
import { authorEnd, documentAuthorAt } from './frBodies';

export const NP_BUDGET = 14;
const MEDIA_NOUNS = new Set(['agence', 'chaîne', 'journal', 'radio', 'quotidien', 'hebdomadaire', 'magazine', 'site', 'réseau', 'compte', 'télévision', 'station', 'newspaper', 'magazine', 'broadcaster', 'channel', 'agency', 'programme', 'émission', 'micro', 'antenne', 'revue', 'confrères', 'collègues', 'journaux', 'studio', 'page', 'profil', 'blog', 'fil']);
const SHORT_TIME = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'matin', 'soir', 'week-end', 'jour', 'mois', 'semaine', 'année', 'midi', 'après-midi', 'nuit']);
const SKIP_PHRASES = [
  ['quant', 'à', 'lui'], ['quant', 'à', 'elle'], ['quant', 'à', 'eux'], ['pour', 'sa', 'part'], ['pour', 'leur', 'part'],
  ['de', 'son', 'côté'], ['de', 'leur', 'côté'], ['lui', 'aussi'], ['elle', 'aussi'], ['en', 'outre'],
  ['par', 'ailleurs'], ['à', 'son', 'tour'], ['de', 'nouveau'], ['à', 'nouveau'], ['une', 'fois', 'encore'],
  ['une', 'nouvelle', 'fois'], ['photo', 'à', 'l’appui'], ['photos', 'à', 'l’appui'], ['vidéo', 'à', 'l’appui'],
  ['preuves', 'à', 'l’appui'], ['non', 'loin', 'de', 'là'], ['non', 'loin'], ['à', 'ses', 'côtés'], ['chiffres', 'à', 'l’appui'], ['images', 'à', 'l’appui'], ['once', 'again'], ['une', 'fois', 'de', 'plus'], ['in', 'a', 'statement'],
];

/** Length of a fixed adverbial phrase starting at k, or 0. */
function skipPhrase(T: readonly Token[], k: number): number {
  const t = T[k];
  const list = t ? SKIP_BY_FIRST.get(t.lower) : undefined;
  if (!list) return 0;
  for (const p of list) {
    if (p.every((w, n) => T[k + n]?.lower === w)) return p.length;
  }
  return 0;
}

/** SKIP_PHRASES grouped by first and by last word, in list order (the first match wins). */
function groupBy(at: (p: readonly string[]) => string): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of SKIP_PHRASES) {
    const list = m.get(at(p));
    if (list) list.push(p);
    else m.set(at(p), [p]);
  }
  return m;
}
const SKIP_BY_FIRST = groupBy((p) => p[0]);
export const SKIP_BY_LAST = groupBy((p) => p[p.length - 1]);

/** True when a token may open a subject noun phrase. */
export function opensNP(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return isCapitalised(t.text) || DETERMINERS.has(t.lower) || elided(t) || PRONOUNS.has(t.lower) || /^\d/.test(t.text);
}

/** "à l’AFP", "à Belga": a news agency or broadcaster that received the statement, not part of the speaker. */
function isRecipient(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = elided(t) ? t.text.slice(2) : t.text;
  return RECIPIENTS.has(w.toLowerCase());
}
const RECIPIENTS = new Set([
  'afp', 'ap', 'belga', 'reuters', 'dpa', 'ansa', 'ats', 'efe', 'rtbf', 'rtl', 'bfm', 'bfmtv', 'lci', 'cnn', 'bbc', 'dh',
  'tf1', 'vrt', 'franceinfo', 'nos', 'sudpresse', 'l’echo', 'l’écho',
]);

const LOWER_START = /^\p{Ll}/u;

/** End (exclusive) of a noun phrase starting at k. */
export function npEnd(T: readonly Token[], k: number, limit: number): number {
  let e = k;
  while (e < limit && e - k < NP_BUDGET) {
    const t = T[e];
    if (t.kind === 'quote') break;
    if (t.kind === 'punct') {
      if (t.text === '.' && e > k && /^(?:m|mme|dr|mr|mrs|ms|st|gen|sen|rep|gov|lt|col|\p{Lu})$/iu.test(T[e - 1].text) && T[e + 1] && isCapitalised(T[e + 1].text)) { e++; continue; }
      if ((t.text === '-' || t.text === '’') && e > k) { e++; continue; }
      if (t.text === ',' && commaBetweenAdjectives(T, k, e)) { e++; continue; } // "A white-haired, moustached gilet jaune"
      break;
    }
    if (e > k && (t.lower === 'et' || t.lower === 'and') && T[e + 1] && DETERMINERS.has(T[e + 1].lower) && !isNameWord(T[e - 1])) { e++; continue; }
    if (e > k && joinsRoles(T, e)) { e++; continue; } // "its president and rector"
    if (e > k && t.lower === 'en' && T[e + 1]?.lower === 'charge') { e += 2; continue; } // "le ministre en charge des Travaux publics"
    if (e - k >= 2 && t.kind === 'word' && LOWER_START.test(t.text) && isNameWord(T[e - 1]) && isNameWord(T[e - 2]) && !FUNCTION_WORDS.has(t.lower) && !INNER_PARTICLES.has(t.lower)) break; // "Christophe Castaner peu de temps après"
    if (e > k && /^(?:le|la|les|un|une)$/u.test(t.text) && isNameWord(T[e - 1]) && isCapitalised(T[e - 1].text) && LOWER_START.test(T[e + 1]?.text ?? '')) break; // "selon M. Hollande la conséquence de …"
    if (e - k === 2 && particleSurnameVerb(T, k, t)) break; // "Le Pen admits the RN has …": the surname, then its verb
    if (e > k && continuesPhrase(T, e)) { e++; continue; } // "a source close to …", "le Journal du dimanche"
    if (e > k && NP_STOPS.has(t.lower)) break;
    if (e > k && DEMONSTRATIVES.has(t.lower) && T[e + 1] && SHORT_TIME.has(T[e + 1].lower)) break;
    if (e > k && (t.lower === 'à' || t.lower === 'au' || t.lower === 'aux') && (isNameWord(T[e - 1]) || isRecipient(T[e + 1]))) break;
    if (e > k && opensAddressee(T, e)) break; // "lançaient les manifestants aux automobilistes"
    if (e > k && isParticiple(t)) break;
    if (e > k && opensPredicate(T, e)) break; // "A moustached gilet jaune then came up
    if (e > k && /^\d/u.test(t.text) && isNameWord(T[e - 1])) break; // "Selon Kiev 300 soldats …"
    if (e > k && /^(?:a|ont|avait|has|had|is|was|est|sont|se|ne|are|were|will|would|can|could|doit|va|peut)$/.test(t.lower)) break;
    if (e > k && /^(?:s|n)’/u.test(t.lower)) break; // "Le mouvement s’est …", "Le parti n’a …"
    if (e > k && CATENATIVES.has(t.lower) && /^(?:de|d’|d'|à)/u.test(T[e + 1]?.lower ?? '')) break; // "Le patron d’un café accepte de …"
    e++;
  }
  return e;
}

/** Skips adverbials between an inverted verb and its subject; returns the subject's first token. */
function skipAdverbials(T: readonly Token[], k: number, limit: number): number {
  for (let guard = 0; guard < 6 && k < limit; guard++) {
    const t = T[k];
    const phrase = skipPhrase(T, k);
    if (phrase > 0) { k += phrase; continue; }
    if (t.kind === 'punct' && t.text === ',') { k++; continue; }
    if (t.kind !== 'word') break;
    if (DEMONSTRATIVES.has(t.lower)) {
      if (T[k + 1] && SHORT_TIME.has(T[k + 1].lower)) { k += 2; continue; }
      break;
    }
    if (TIME_WORDS.has(t.lower) && !DETERMINERS.has(t.lower)) { k++; continue; }
    if (FR_PREPOSITIONS.has(t.lower) || t.lower === 'à' || /^(?:to|at|during)$/.test(t.lower)) {
      k = skipPrepPhrase(T, k + 1, limit);
      continue;
    }
    break;
  }
  return k;
}

/** Skips the object of a preposition: determiners and content words until a new phrase starts. */
function skipPrepPhrase(T: readonly Token[], k: number, limit: number): number {
  let content = 0;
  for (let guard = 0; guard < 7 && k < limit; guard++) {
    const t = T[k];
    if (t.kind !== 'word') return k;
    if (/^(?:ne|n’|pas|se|s’)$/u.test(t.lower)) return limit; // "a appelé à ne pas aller manifester à Paris": a verb phrase, no subject after it
    const det = DETERMINERS.has(t.lower) || /^d’(?:un|une)$/.test(t.lower);
    const media = MEDIA_NOUNS.has(T[k - 1].lower.replace(/^(?:l|d)’/u, ''));
    if (media && isCapitalised(t.text)) {
      while (k < limit && guard++ < 7 && T[k].kind === 'word' && isCapitalised(T[k].text)) k++;
      return k;
    }
    if (content > 0 && (det || isCapitalised(t.text))) return k;
    if (!det) content++;
    k++;
  }
  return k;
}

/** The subject after an inverted reporting verb whose last token is T[j-1]. */
export function subjectAfter(text: string, T: readonly Token[], j: number, limit: number): Subject | null {
  if (T[j]?.text === ',') {
    const scraped = scrapedNameRole(text, T, j, limit, npEnd);
    if (scraped) return scraped;
  }
  const k = skipAdverbials(T, j, limit);
  if (!opensNP(T[k])) return bareRoleName(text, T, k, limit);
  let e = npEnd(T, k, limit);
  if (T[e]?.lower === 'from' && e + 1 < limit && isDocumentNoun(T[e - 1].lower) && opensNP(T[e + 1])) e = npEnd(T, e + 1, limit); // "according to a release from the French Presidency"
  const by = documentAuthorAt(T, k, e, limit); // "une étude sur les « gilets jaunes » de la fondation X"
  const author = by >= 0 ? classify(text, T, by, authorEnd(T, by, npEnd(T, by, limit))) : null;
  if (author) return author;
  const main = classify(text, T, k, e);
  if (!main) return null;
  if (T[e]?.kind === 'quote' || (T[e]?.kind === 'word' && CLAUSE_VERB.test(T[e].lower))) return null; // "a dénoncé une fois “…”"
  return withApposition(text, T, main, e, limit, npEnd);
}
