/**
 * "la fondation Jean-Jaurès", "une étude de l'institut Montaigne": a capitalised name right after an
 * organisation noun names that organisation, not a person with a role. A study or report "of" the
 * body is the body speaking ("selon une étude de la fondation X" → "la fondation X").
 */
import { isPersonNoun } from './persons';
import { type Token, withoutElision } from './tokens';

/** French organisation nouns that a proper name may follow. */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'fondation', 'institut', 'fédération', 'syndicat', 'parti', 'collectif', 'mouvement', 'observatoire', 'cabinet',
  'commission', 'agence', 'université', 'hôpital', 'clinique', 'ligue', 'société', 'entreprise', 'groupe',
  'association', 'organisation', 'ong', 'compagnie', 'banque', 'opérateur', 'constructeur', 'enseigne',
]);

/** Documents through which a body speaks ("l'étude de la fondation X"). */
const DOCUMENTS: ReadonlySet<string> = new Set(['étude', 'rapport', 'note', 'communiqué', 'enquête', 'sondage', 'analyse', 'document', 'baromètre']);

/**
 * When the phrase T[from, to) ends in a name at `nameAt` right after an organisation noun and holds
 * no person noun, the token index where the body's phrase starts (after a leading "étude de"); else -1.
 */
export function bodyNamedAt(T: readonly Token[], from: number, nameAt: number): number {
  if (nameAt - from < 1 || nameAt - from > 6) return -1;
  const noun = T[nameAt - 1];
  if (noun.kind !== 'word' || !/^\p{Ll}/u.test(noun.text)) return -1;
  const w = withoutElision(noun);
  if (!BODY_NOUNS.has(w)) return -1;
  for (let k = from; k < nameAt; k++) if (T[k].kind === 'word' && isPersonNoun(withoutElision(T[k]), T[k].text)) return -1; // "le porte-parole du parti X"
  const head = T[from];
  if (DOCUMENTS.has(withoutElision(head)) || (T[from + 1] !== undefined && DOCUMENTS.has(withoutElision(T[from + 1])))) {
    for (let k = from + 1; k < nameAt - 1; k++) if (T[k].lower === 'de' || T[k].lower === 'du') return T[k].lower === 'de' ? k + 1 : from;
  }
  return from;
}

/** Longest topic phrase (tokens) read between a document noun and its author ("sur les « gilets jaunes »"). */
const TOPIC_REACH = 10;

/** True when T[k, e) is a document phrase: a determiner and a document noun, or the noun alone ("une étude", "l’étude"). */
function isDocumentPhrase(T: readonly Token[], k: number, e: number): boolean {
  if (e - k > 3 || e <= k) return false;
  for (let j = k; j < e; j++) if (T[j].kind === 'word' && DOCUMENTS.has(withoutElision(T[j]))) return true;
  return false;
}

/** True when T[j] opens an author phrase: a body noun then a capitalised name, or a full personal name. */
function opensAuthor(T: readonly Token[], j: number): boolean {
  const a = T[j];
  if (!a || a.kind !== 'word') return false;
  const noun = /^(?:la|le|l’|les)$/u.test(a.lower) ? T[j + 1] : a;
  if (noun?.kind === 'word' && BODY_NOUNS.has(withoutElision(noun))) {
    const name = noun === a ? T[j + 1] : T[j + 2];
    return !!name && name.kind === 'word' && /^\p{Lu}/u.test(name.text);
  }
  const b = T[j + 1];
  return /^\p{Lu}\p{Ll}/u.test(a.text) && !!b && b.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(b.text);
}

/**
 * "une étude sur les « gilets jaunes » de la fondation Jean-Jaurès": the document phrase T[k, e) is
 * cut by its topic ("sur …", a quoted word); the index of its author's phrase (after "de"/"du"),
 * when one follows within a few tokens, else -1. The author is the source the document speaks for.
 */
export function documentAuthorAt(T: readonly Token[], k: number, e: number, limit: number): number {
  const stop = T[e];
  if (!stop || !isDocumentPhrase(T, k, e) || !(stop.kind === 'quote' || stop.lower === 'sur')) return -1;
  for (let j = e + 1; j < limit && j - e <= TOPIC_REACH; j++) {
    const t = T[j];
    if (t.kind === 'punct') return -1;
    if (t.kind === 'word' && (t.lower === 'de' || t.lower === 'du') && opensAuthor(T, j + 1)) return t.lower === 'du' ? j : j + 1;
  }
  return -1;
}

/** End (exclusive) of an author phrase starting at j: past its last capitalised word, before `e` ("la fondation X parue mercredi"). */
export function authorEnd(T: readonly Token[], j: number, e: number): number {
  let end = j;
  for (let k = j; k < e; k++) if (T[k].kind === 'word' && /^\p{Lu}/u.test(T[k].text)) end = k + 1;
  return end > j ? end : e;
}
