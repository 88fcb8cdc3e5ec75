/**
 * The edges of a speaker noun phrase: a speaker is a complete phrase, so it never ends on a
 * determiner, a preposition or an object pronoun ("la chroniqueuse nous confie", "Cette figure des
 * « gilets jaunes »"). Bounded, token-local checks.
 */
import { type Token, withoutElision } from './tokens';

/** Words a noun phrase cannot end on: determiners, prepositions, conjunctions. */
const DANGLING: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l’', 'de', 'du', 'des', 'd’', 'à', 'au', 'aux', 'un', 'une', 'en', 'sur', 'par', 'pour', 'avec',
  'dans', 'et', 'ou', 'ce', 'cet', 'cette', 'ces', 'sa', 'ses', 'leur', 'leurs', 'notre', 'votre',
  'the', 'of', 'a', 'an', 'for', 'at', 'in', 'by', 'to', 'on', 'from', 'and', 'or', 'this', 'that', 'its', 'his', 'her', 'their', 'our',
]);

/** Object pronouns between a subject and its verb ("la chroniqueuse nous confie", "le ministre lui a dit"). */
const OBJECT_CLITICS: ReadonlySet<string> = new Set(['nous', 'vous', 'lui', 'me', 'm’', 'te', 't’', 'leur', 'y']);

/** Prepositions after which a short quoted label completes the phrase ("Cette figure des « gilets jaunes »"). */
const LABEL_PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd’', 'of', 'the']);

/** Longest quoted label (characters) taken into a phrase. */
const LABEL_MAX = 40;

/**
 * End (exclusive) of the complete phrase T[from, to): a short quoted label after a final "des"/"of"
 * is taken in; trailing object pronouns and dangling function words are dropped (never below one word).
 */
export function completePhrase(T: readonly Token[], from: number, to: number): number {
  const next = T[to];
  if (to - from >= 2 && next && next.kind === 'word' && T[to - 1].lower === 'du' && WEEKDAYS.has(next.lower)) return to + 1; // "le Journal du dimanche"
  if (to - from >= 2 && next && next.kind === 'quote' && next.end - next.start <= LABEL_MAX && LABEL_PREPOSITIONS.has(T[to - 1].lower)) return to + 1;
  let e = to;
  for (let n = 0; n < 3 && e - from > 1; n++) {
    const t = T[e - 1];
    if (t.kind !== 'word') break;
    if (OBJECT_CLITICS.has(t.lower) && e - from >= 3 && T[e - 2].kind === 'word') { e--; continue; } // "la chroniqueuse nous", not "Leur"
    if (DANGLING.has(t.lower)) { e--; continue; }
    break;
  }
  return e;
}

/**
 * The head word as written (its capital tells a demonym: "l’Américain"), found by its lower-case form;
 * lower-cased when a capital determiner inside the sentence makes the phrase a title ("selon Le Canard enchaîné").
 */
export function headWritten(T: readonly Token[], from: number, to: number, head: string): string {
  const first = T[from];
  const title = from > 0 && T[from - 1].kind === 'word' && /^\p{Lu}/u.test(first.text);
  if (title) return head;
  if (first.lower.endsWith(head) && first.lower.length === head.length + 2) return first.text.slice(2);
  for (let k = from + 1; k < to && k - from <= 3; k++) if (T[k].lower === head) return T[k].text;
  return head;
}

/**
 * "a source close to President Macron", "an adviser to Macron": a phrase whose head noun comes before
 * "to" and a name; the name is a complement, not the speaker.
 */
export function nameIsComplement(T: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1 && k - from <= 5; k++) {
    const t = T[k];
    if (t.kind !== 'word') return false;
    if (t.lower === 'to' && /^\p{Ll}/u.test(T[k - 1].text)) return /^\p{Lu}/u.test(T[k + 1].text);
  }
  return false;
}

const WEEKDAYS: ReadonlySet<string> = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);

/**
 * True when the stop word T[e] belongs to the phrase: "to" after "close" ("a source close to the
 * president"), a weekday after "du" ("le Journal du dimanche").
 */
export function continuesPhrase(T: readonly Token[], e: number): boolean {
  const t = T[e];
  const prev = T[e - 1];
  if (!prev || t.kind !== 'word') return false;
  if (t.lower === 'to' && prev.lower === 'close') return T[e + 1]?.kind === 'word';
  return WEEKDAYS.has(t.lower) && prev.lower === 'du' && e >= 2 && /^\p{Lu}/u.test(T[e - 2].text);
}

/** Role nouns whose "à"/"au"/"aux" complement names the portfolio ("la secrétaire d’État aux Personnes handicapées", "l’adjoint au maire"). */
const ROLE_WITH_A: ReadonlySet<string> = new Set([
  'ministre', 'secrétaire', 'état', 'etat', 'délégué', 'déléguée', 'adjoint', 'adjointe', 'échevin', 'échevine',
  'chargé', 'chargée', 'commissaire', 'haut-commissaire', 'conseiller', 'conseillère', 'attaché', 'attachée', 'préposé', 'préposée',
  'candidat', 'candidate', 'liste',
]);

/** A past participle before "à" takes it as its complement ("ayant participé à …", "adressé à …"). */
const PARTICIPLE_END = /(?:é|ée|és|ées)$/u;

/** Institutions a role holder serves in ("le porte-parole au ministère de …"), and "au sein de": part of the phrase, not an addressee. */
const INSTITUTIONS: ReadonlySet<string> = new Set(['ministère', 'cabinet', 'gouvernement', 'parlement', 'sénat', 'conseil', 'parquet', 'tribunal', 'collège', 'sein']);

/**
 * True when the "à"/"au"/"aux" at T[e] opens the addressee of a speech verb, not a part of the
 * subject phrase: "lançaient les manifestants aux automobilistes", "a dit le syndicaliste à la presse".
 * The complement starts with a common noun (lower case) and the word before is no portfolio role.
 */
export function opensAddressee(T: readonly Token[], e: number): boolean {
  const t = T[e];
  const prev = T[e - 1];
  if (!t || !prev || (t.lower !== 'à' && t.lower !== 'au' && t.lower !== 'aux') || prev.kind !== 'word') return false;
  if (ROLE_WITH_A.has(withoutElision(prev)) || /^\p{Lu}/u.test(prev.text) || PARTICIPLE_END.test(prev.lower)) return false; // "ayant participé à l’opération"
  let k = e + 1;
  if (t.lower === 'à' && T[k] && /^(?:la|leurs?|ses|sa|son|ces|cette|des|un|une)$/u.test(T[k].lower)) k++;
  const w = T[k];
  if (!w || w.kind !== 'word') return false;
  const head = withoutElision(w);
  return /^\p{Ll}/u.test(w.text.slice(w.text.length - head.length)) && !INSTITUTIONS.has(head);
}
