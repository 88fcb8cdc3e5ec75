/**
 * English quotation marks that set off the writer's label rather than anyone's words: a "so-called
 * “…”" phrase, or a short quoted phrase used as a modifier before a noun of people or events ("the
 * “yellow vest” protesters", "a “gilets jaunes” leader"). Such quotes have no speaker even when a
 * reporting clause governs their sentence. Reads only the tokens next to the quote.
 */
import { countWords } from './chars';
import { isPersonNoun } from './persons';
import type { Token } from './tokens';

/** Longest quoted label (words). */
const LABEL_MAX_WORDS = 3;

/** Nouns of groups and events that a quoted label may qualify ("the “yellow vest” movement"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'movement', 'movements', 'protest', 'protests', 'protesters', 'protestors', 'demonstrators', 'demonstration',
  'demonstrations', 'march', 'marches', 'rally', 'rallies', 'campaign', 'campaigns', 'group', 'groups', 'supporters',
  'activists', 'members', 'leaders', 'leader', 'crowd', 'crowds', 'party', 'camp', 'strike', 'strikes', 'revolt',
]);

/** Nouns of a crowd's outcry: the quote after "cries of" is the crowd's, not the reporting clause subject's. */
const OUTCRY_NOUNS: ReadonlySet<string> = new Set(['cries', 'cry', 'chants', 'chant', 'shouts', 'shout', 'chorus', 'cheers', 'jeers']);

/** True when the quote token q sets off a label ("so-called “…”", "“…” protesters") or an anonymous crowd's outcry ("cries of “…”"). */
export function isLabelUse(text: string, T: readonly Token[], q: number): boolean {
  const n = countWords(text.slice(T[q].start + 1, T[q].end - 1), LABEL_MAX_WORDS + 1);
  if (n === 0 || n > LABEL_MAX_WORDS) return false;
  const prev = T[q - 1];
  if (prev?.lower === 'of' && OUTCRY_NOUNS.has(T[q - 2]?.lower ?? '')) return true; // "amid cries of “Macron out”"
  if (prev?.kind === 'word' && (prev.lower === 'so-called' || (prev.lower === 'called' && T[q - 2]?.lower === 'so'))) return true;
  const next = T[q + 1];
  if (!next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  return GROUP_NOUNS.has(next.lower) || (isPersonNoun(next.lower, next.text) && next.lower.endsWith('s'));
}
