/**
 * Looking ahead in the document text for what a reader learns later: the role written before a
 * name further down ("le président Emmanuel Macron") and the full name behind a surname used alone
 * in a headline ("Rutten : « … »" … "Renaud Rutten"). Each look-up is one bounded scan of the text.
 */
import { signatureOf, type RoleSig } from './roles';

/** Occurrences of a name looked at per look-up. */
const MAX_OCCURRENCES = 20;

/** Roles (with a specific head noun) written right before the occurrences of `name` in `text`. */
export function rolesGivenBefore(text: string, name: string): RoleSig[] {
  const list: RoleSig[] = [];
  for (let i = text.indexOf(name), n = 0; i >= 0 && n < MAX_OCCURRENCES && list.length < 3; i = text.indexOf(name, i + name.length), n++) {
    const phrase = phraseBefore(text, i);
    const sig = phrase ? signatureOf(phrase) : null;
    if (sig && sig.head && !sig.generic) list.push(sig);
  }
  return list;
}

/** The full name ("Renaud Rutten") the text gives `surname` with a capitalised given name, or null when none or several. */
export function fullNameGivenLater(text: string, surname: string): string | null {
  let found: string | null = null;
  for (let i = text.indexOf(surname), n = 0; i >= 0 && n < MAX_OCCURRENCES; i = text.indexOf(surname, i + surname.length), n++) {
    const end = i + surname.length;
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) continue;
    const given = givenNameBefore(text, i);
    if (!given) continue;
    const full = `${given} ${surname}`;
    if (found && found !== full) return null;
    found = full;
  }
  return found;
}

/** The role phrase written right before offset i (back to the last punctuation, at most ~80 characters), or null. */
function phraseBefore(text: string, i: number): string | null {
  let a = i;
  while (a > 0 && i - a < 80 && !'.,;:!?«»“”"()\n'.includes(text[a - 1])) a--;
  const phrase = text.slice(a, i).trim();
  const lastWord = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  if (phrase.length === 0 || /^(?:de|du|des|la|le|les|of|the|à|au|par|by|with|avec|et|and)$/u.test(lastWord)) return null; // "porte-parole de la Fédération …"
  return phrase;
}

/** The capitalised given name right before offset i ("Renaud " before "Rutten"), or null. */
function givenNameBefore(text: string, i: number): string | null {
  if (i < 3 || text[i - 1] !== ' ') return null;
  let a = i - 1;
  while (a > 0 && i - 1 - a < 20 && /[\p{L}-]/u.test(text[a - 1])) a--;
  const w = text.slice(a, i - 1);
  if (w.length < 2 || !/^\p{Lu}\p{Ll}/u.test(w)) return null;
  if (a > 0 && !/[\s(]/u.test(text[a - 1])) return null;
  return NOT_GIVEN.has(w.toLowerCase()) ? null : w;
}

/** Capitalised words that are not given names. */
const NOT_GIVEN = new Set(['le', 'la', 'les', 'the', 'selon', 'pour', 'mais', 'et', 'and', 'but', 'président', 'president', 'ministre', 'minister', 'mr', 'mrs', 'ms', 'mme', 'dr', 'monsieur', 'madame', 'chancellor', 'premier', 'prime', 'according', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);

