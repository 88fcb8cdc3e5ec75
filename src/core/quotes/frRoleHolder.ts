/**
 * French: a description left as written ("le procureur de la République") when the article names its
 * holder elsewhere, before or further down, in apposition: "Bernard Marchal, procureur de la
 * République à Toulon", "le ministre de l'Intérieur, Christophe Castaner". One bounded scan per look-up.
 */
import { SURNAME_PARTICLES } from './givenNames';

/** Occurrences of the role phrase looked at per look-up. */
const MAX_OCCURRENCES = 20;
/** Most words in a name read next to the role phrase. */
const MAX_NAME_WORDS = 4;
/** Articles a description opens with; the role phrase is what follows. */
const ARTICLE = /^(?:le|la|l['’])\s?/iu;
/** Capitalised words that open a clause or a title, never a given name. */
const NOT_NAME = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'selon', 'pour', 'mais', 'et', 'à', 'a', 'au', 'en', 'dans', 'sur', 'par', 'avec', 'ce', 'cette', 'il', 'elle', 'm', 'mme', 'me', 'monsieur', 'madame', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
/** Lower-case particles allowed inside a name ("Charles de Gaulle", "Pascal de Crem"). */
const PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES, 'des']);

/**
 * The one full name the text sets in apposition with `description`'s role phrase, or null when none
 * or several. Only definite descriptions of three letters or more after the article are looked up.
 */
export function roleHolderNamed(text: string, description: string): string | null {
  const m = ARTICLE.exec(description);
  if (!m) return null;
  const core = description.slice(m[0].length);
  if (core.length < 3 || core.length > 80) return null;
  let found: string | null = null;
  for (let i = text.indexOf(core), n = 0; i >= 0 && n < MAX_OCCURRENCES; i = text.indexOf(core, i + core.length), n++) {
    const end = i + core.length;
    if (end < text.length && isLetter(text[end])) continue;
    if (i > 0 && isLetter(text[i - 1])) continue;
    const name = nameAfter(text, end) ?? nameBefore(text, i);
    if (!name) continue;
    if (found && found !== name) return null;
    found = name;
  }
  return found;
}

/** "… procureur, Bernard Marchal" or "… procureur Bernard Marchal": the name right after offset `at`. */
function nameAfter(text: string, at: number): string | null {
  let i = at;
  if (text[i] === ',') i++;
  if (text[i] !== ' ' && text[i] !== '\u00a0') return null;
  return nameFrom(text, i + 1);
}

/** "Bernard Marchal, procureur …" or "Christophe Castaner, le ministre …": the name ending before the comma. */
function nameBefore(text: string, at: number): string | null {
  let i = at;
  const art = text.slice(Math.max(0, i - 3), i).toLowerCase();
  if (art === 'le ' || art === 'la ') i -= 3;
  else if (art.endsWith("l'") || art.endsWith('l’')) i -= 2;
  if (text[i - 1] !== ' ' || text[i - 2] !== ',') return null;
  const stop = i - 2;
  let a = stop;
  let words = 0;
  while (a > 0 && words < MAX_NAME_WORDS + 1) {
    let b = a;
    while (b > 0 && stop - b < 60 && (isLetter(text[b - 1]) || text[b - 1] === '-')) b--;
    if (b === a) break;
    const w = text.slice(b, a);
    if (!isCapitalised(w) && !PARTICLES.has(w)) break;
    a = b;
    words++;
    if (a === 0 || text[a - 1] !== ' ') break;
    a--;
  }
  const name = text.slice(a, stop).trim();
  return validName(name);
}

/** The capitalised name (two to MAX_NAME_WORDS words) starting at `i`, or null. */
function nameFrom(text: string, i: number): string | null {
  let e = i;
  let words = 0;
  let last = i;
  while (words < MAX_NAME_WORDS && e < text.length) {
    let b = e;
    while (b < text.length && b - e < 30 && (isLetter(text[b]) || text[b] === '-')) b++;
    if (b === e) break;
    const w = text.slice(e, b);
    if (!isCapitalised(w) && !PARTICLES.has(w)) break;
    words++;
    if (isCapitalised(w)) last = b;
    if (text[b] !== ' ') break;
    e = b + 1;
  }
  return validName(text.slice(i, last));
}

/** A name of two words or more, opening with a capitalised word that is no article or day, ending capitalised. */
function validName(name: string): string | null {
  const parts = name.split(' ');
  if (parts.length < 2 || parts.length > MAX_NAME_WORDS) return null;
  if (!isCapitalised(parts[0]) || NOT_NAME.has(parts[0].toLowerCase())) return null;
  if (!isCapitalised(parts[parts.length - 1])) return null;
  if (parts.length > 2 && !parts.some((w) => PARTICLES.has(w.toLowerCase()))) return validName(parts.slice(-2).join(' ')); // "Sudpresse Zoran Starcevic": a capitalised word glued before the name
  return name;
}

function isCapitalised(w: string): boolean {
  return w.length >= 2 && /^\p{Lu}\p{Ll}/u.test(w);
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
