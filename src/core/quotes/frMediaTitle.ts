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
