/**
 * "Le syndicat dit rejeter cette dérogation et appelle « … »", "Marie Durand affirme avoir reçu des
 * menaces, « … »": in French a verb of saying or claiming followed by an infinitive reports what its
 * subject says of itself. Such a verb ("dit", "assure", "estime") is ambiguous before its subject
 * ("une note", "l'estime"), but an infinitive right after it makes it a verb for sure.
 */
import type { Token } from './tokens';

/** Verbs that take a reporting infinitive ("dit vouloir", "affirment avoir été", "assure ne pas savoir"). */
const CLAIM_VERBS = new Set([
  'dit', 'disent', 'disait', 'disaient', 'affirme', 'affirment', 'affirmait', 'affirmaient', 'assure', 'assurent', 'assurait',
  'estime', 'estiment', 'estimait', 'déclare', 'déclarent', 'reconnaît', 'reconnait', 'reconnaissent', 'avoue', 'avouent',
  'admet', 'admettent', 'jure', 'jurent', 'prétend', 'prétendent', 'explique', 'expliquent', 'raconte', 'racontent',
  'précise', 'précisent', 'indique', 'indiquent', 'souligne', 'soulignent',
]);

/** Prepositions of a short adverbial between the verb and its infinitive ("précise dans un communiqué être …"). */
const ADVERBIAL_PREPOSITIONS = new Set(['dans', 'sur', 'à', 'au', 'auprès', 'devant', 'via']);

/** Longest such adverbial (tokens, preposition included). */
const ADVERBIAL_REACH = 5;

/** Determiners after which a word ending like an infinitive is a noun ("à la frontière"). */
const DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces']);

/** Index after a short adverbial opening at b ("dans un communiqué", "à la presse"), or b when none. */
function pastAdverbial(T: readonly Token[], b: number): number {
  if (T[b]?.kind !== 'word' || !ADVERBIAL_PREPOSITIONS.has(T[b].lower)) return b;
  for (let k = b + 2; k < T.length && k - b <= ADVERBIAL_REACH; k++) {
    const t = T[k];
    if (t.kind !== 'word') return b;
    const prev = T[k - 1];
    if (!DETERMINERS.has(prev.lower) && !prev.lower.endsWith('’') && infinitiveLike(t.lower)) return k;
  }
  return b;
}

/** Words ending like an infinitive that are not verbs ("hier", "notre", "contre", "plaisir"). */
const NOT_INFINITIVE = new Set([
  'hier', 'notre', 'votre', 'contre', 'entre', 'leur', 'premier', 'dernier', 'plaisir', 'avenir', 'soir', 'espoir',
  'cher', 'fier', 'mer', 'fer', 'hiver', 'quartier', 'métier', 'dossier', 'papier', 'courrier', 'chantier',
  'lettre', 'titre', 'ministre', 'centre', 'libre', 'autre', 'quatre', 'membre', 'nombre', 'ordre', 'propre',
  'pauvre', 'être', 'mère', 'père', 'frère', 'guerre', 'terre', 'pierre', 'colère', 'manière', 'matière',
  'pire', 'sûre', 'pure', 'dure', 'futur', 'leurs', 'mieux',
]);

/** Negation words that may stand between the verb and its infinitive ("dit ne pas regretter"). */
const NEGATION = new Set(['ne', 'n’', 'pas', 'plus', 'jamais', 'rien']);

/** True when the lower-case word looks like an infinitive (-er, -ir, -re, -oir, or être/avoir). */
function infinitiveLike(w: string): boolean {
  if (w === 'être' || w === 'avoir') return true;
  if (w.length < 4 || NOT_INFINITIVE.has(w)) return false;
  const a = w.charCodeAt(w.length - 2);
  const b = w.charCodeAt(w.length - 1);
  return (b === 0x72 && (a === 0x65 || a === 0x69)) || (b === 0x65 && a === 0x72); // -er, -ir, -re (-oir ends in -ir)
}

/**
 * True when the claim verb `verb` (lower case) is followed at token b by an infinitive, allowing a
 * short adverbial and a negation before it and an elided pronoun glued to it ("dit s’inquiéter", "assure
 * n’avoir rien fait", "précise dans un communiqué être mobilisée").
 */
export function claimWithInfinitive(verb: string, T: readonly Token[], b: number): boolean {
  if (!CLAIM_VERBS.has(verb)) return false;
  let k = pastAdverbial(T, b);
  for (let g = 0; g < 3 && T[k]?.kind === 'word' && NEGATION.has(T[k].lower); g++) k++;
  const t = T[k];
  if (!t || t.kind !== 'word') return false;
  let w = t.lower;
  const apo = w.indexOf('’');
  if (apo > 0 && apo <= 2) w = w.slice(apo + 1); // s’inquiéter, n’avoir, l’ignorer
  const c0 = t.text.charCodeAt(0);
  return !(c0 >= 65 && c0 <= 90) && infinitiveLike(w);
}
