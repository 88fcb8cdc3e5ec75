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
