/**
 * "au micro de « Bourdin matin »", "dans l'émission « Quotidien »", "le quotidien « Le Soir »": a short
 * quote right after a media noun (and "de") is the title of a programme or paper, no one's words.
 */
import { type Token, withoutElision } from './tokens';

/** Nouns naming a programme, a paper or where one speaks on air. */
const MEDIA: ReadonlySet<string> = new Set([
  'micro', 'antenne', 'plateau', 'colonnes', 'émission', 'journal', 'quotidien', 'hebdomadaire', 'mensuel', 'magazine',
  'chaîne', 'programme', 'documentaire', 'film', 'livre', 'ouvrage', 'chronique', 'podcast', 'série', 'rubrique',
]);

/** Longest quote (characters, marks included) read as a title. */
const TITLE_MAX = 44;

/** True when the quote token T[q] is a short title right after a media noun ("au micro de « … »"). */
export function isMediaTitle(T: readonly Token[], q: number): boolean {
  const quote = T[q];
  if (quote.kind !== 'quote' || quote.end - quote.start > TITLE_MAX) return false;
  let p = q - 1;
  if (T[p]?.kind === 'word' && (T[p].lower === 'de' || T[p].lower === 'du')) p--;
  const noun = T[p];
  return noun !== undefined && noun.kind === 'word' && MEDIA.has(withoutElision(noun));
}

/** Prepositions of time before an event: "lors de la « marche … »", "pendant l’« acte VIII »". */
const EVENT_TIME: ReadonlySet<string> = new Set(['lors', 'pendant', 'durant', 'avant', 'après', 'depuis']);

/** Articles right before a quoted name. */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l’', 'du', 'des']);

/**
 * True when the short quote T[q] is a name, not words someone said: an event after a preposition of
 * time and an article ("lors de la « marche contre X »", "lors de l’« acte VIII »"), or a body
 * followed by its acronym ("le « ralliement d’initiative citoyenne » (RIC)").
 */
export function isQuotedName(text: string, T: readonly Token[], q: number): boolean {
  const quote = T[q];
  if (quote.kind !== 'quote' || quote.end - quote.start > TITLE_MAX) return false;
  let a = q - 1;
  if (T[a]?.kind === 'punct' && (T[a].text === '’' || T[a].text === "'") && T[a - 1]?.lower === 'l') a--; // "l'" before a mark
  const art = T[a];
  if (!art || art.kind !== 'word' || !(ARTICLES.has(art.lower) || art.lower === 'l')) return false;
  const acronym = T[q + 1]?.text === '(' ? T[q + 2] : undefined;
  if (acronym?.kind === 'word' && /^\p{Lu}{2,8}$/u.test(acronym.text)) return initialsOf(text.slice(quote.start + 1, quote.end - 1)) === acronym.lower;
  let p = a - 1;
  if (art.lower !== 'du' && art.lower !== 'des' && T[p]?.lower === 'de') p--;
  return T[p]?.kind === 'word' && EVENT_TIME.has(T[p].lower);
}

/** Function words an acronym skips ("ralliement d’initiative citoyenne" → "ric"). */
const SKIPPED = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'un', 'une', 'et', 'pour', 'en', 'à', 'au', 'aux', 'sur']);

/** Lower-case initials of the content words of a short name, elided articles dropped. */
function initialsOf(name: string): string {
  let out = '';
  for (const raw of name.toLowerCase().split(/[\s-]+/u)) {
    const w = raw.replace(/^[ldj][’']/u, '');
    if (w.length > 0 && !SKIPPED.has(w)) out += w[0].normalize('NFD')[0]; // "équitable" gives "e"
  }
  return out;
}
