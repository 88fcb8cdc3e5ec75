/**
 * Antecedents of definite descriptions that are not named people: "the spokeswoman" after "a city
 * spokeswoman said" keeps the first mention's wording; "la société" / "the company" is the last
 * organisation named as a speaker. Both scan a few recent speakers only.
 */
import { isOrgNoun, isPersonNoun } from './persons';
import type { Subject } from './nounphrase';

/** What these look-ups read of a speaker history entry. */
export interface AntecedentEntry {
  speaker: string;
  person: boolean;
  words: ReadonlySet<string>;
}

/** How many recent speakers are looked at. */
const DEPTH = 10;

/** Indefinite openings of a first mention ("a city spokeswoman", "une source policière", "un témoin"). */
const INDEFINITE = /^(?:a|an|one|un|une)\s/iu;

/** Definite openings of a description that refers back ("the spokeswoman", "la société", "l’entreprise"). */
const DEFINITE = /^(?:the|le|la|les|l’|l')\s?/iu;

/** The head noun of a description: its first person or organisation noun, or null. */
export function descriptionHead(s: Subject): string | null {
  for (const w of s.words) if (isPersonNoun(w, w) || isOrgNoun(w)) return w;
  return null;
}

/**
 * "a city spokeswoman said …" then "the spokeswoman said": the recent unnamed first mention whose
 * words hold the description's head noun, if no named person holding that word spoke since. Null otherwise.
 */
export function firstMentionOf(entries: readonly AntecedentEntry[], s: Subject): string | null {
  if (!DEFINITE.test(s.text)) return null;
  const head = descriptionHead(s);
  if (!head) return null;
  for (let k = entries.length - 1, n = 0; k >= 0 && n < DEPTH; k--, n++) {
    const e = entries[k];
    if (!e.words.has(head) || DEFINITE.test(e.speaker)) continue; // an unresolved "the presidential adviser" before it: look further back
    return !e.person && INDEFINITE.test(e.speaker) ? e.speaker : null;
  }
  return null;
}

/**
 * "la société", "l’entreprise", "the company": the last organisation that spoke — a body whose phrase
 * holds the same noun ("le groupe Renault"), or a proper name standing alone ("Renault"). Null when none.
 */
export function organisationOf(entries: readonly AntecedentEntry[], s: Subject, personLike: (name: string) => boolean): string | null {
  const head = s.words[0];
  if (!head || !isOrgNoun(head) || s.words.length > 2 || !DEFINITE.test(s.text)) return null;
  for (let k = entries.length - 1, n = 0; k >= 0 && n < DEPTH; k--, n++) {
    const e = entries[k];
    if (e.person || e.speaker === s.text) continue;
    if (e.words.has(head) && /\p{Lu}/u.test(e.speaker)) return e.speaker;
    if (/^\p{Lu}/u.test(e.speaker) && !DEFINITE.test(e.speaker) && !/\s/u.test(e.speaker) && !personLike(e.speaker)) return e.speaker;
  }
  return null;
}

/** English relative pronouns that open a restrictive clause right after a description (French "qui" after a subject is mostly not restrictive). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

/**
 * "said the taxi driver who took me on a tour": a description followed without a comma by a relative
 * clause picks out someone new, not an earlier speaker. Reads at most a few characters after it.
 */
export function introducesReferent(text: string, s: Subject): boolean {
  let i = s.end;
  while (i < text.length && i - s.end < 3 && text.charCodeAt(i) === 32) i++;
  if (i === s.end) return false;
  let j = i;
  while (j < text.length && j - i < 6 && /\p{L}/u.test(text[j])) j++;
  return RELATIVES.has(text.slice(i, j).toLowerCase());
}
