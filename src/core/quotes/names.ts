/**
 * What one document says about the names in it: the full names seen so far (indexed by surname and
 * given name, so a surname or given name used alone finds its person), and, looked up in the whole
 * text only when asked, the full names and roles it gives a name further down and the person it
 * names in a role. Each whole-text look-up is one scan, cached and bounded per document.
 */
import { fullNameGivenLater, rolesGivenBefore } from './lookahead';
import { roleHolderNamed } from './frRoleHolder';
import { givenNameOf, noteGivenName, SURNAME_PARTICLES } from './givenNames';
import { hasLowerForm } from './leads';
import { isUpperInitial, sameLetters } from './enReference';
import type { RoleSig } from './roles';

/** Names whose later roles or full names one document may look up (each look-up scans the text once). */
export const LATER_SCANS = 64;

/** The full names of one document and its look-ups (see the file comment). */
export class NameBook {
  private readonly surnames = new Map<string, Set<string>>();
  /** First code units of the `surnames` keys: most capitalised words are rejected without lower-casing them. */
  private readonly surnameInitials = new Set<number>();
  /** Full names indexed under their first word, for a person called by the given name alone ("Clément recounted"). */
  private readonly givenNames = new Map<string, Set<string>>();
  /** Roles given to a name further down the document (`laterRoles`), cached per name. */
  private readonly later = new Map<string, RoleSig[]>();
  /** Full names given to a surname further down the document (`laterFullName`), cached per surname. */
  private readonly fullNames = new Map<string, string | null>();
  /** Whether a lead word is a proper noun (never written in lower case in the document), cached. */
  private readonly proper = new Map<string, boolean>();
  /** Holders of role phrases (`roleHolderNamed`), cached per description. */
  private readonly holders = new Map<string, string | null>();

  /** `text`: the whole document, read lazily for roles and full names given later than where they are needed. */
  constructor(private readonly text: string) {}

  /** French: the one person the document names in apposition with a description's role phrase, or null. */
  roleHolder(description: string): string | null {
    let h = this.holders.get(description);
    if (h !== undefined) return h;
    h = this.holders.size >= LATER_SCANS ? null : roleHolderNamed(this.text, description);
    this.holders.set(description, h);
    return h;
  }

  /** Indexes a full name ("Pascal de Crem") under its last word, for surnames used alone later. */
  register(full: string): void {
    const last = full.slice(full.lastIndexOf(' ') + 1).toLowerCase();
    let set = this.surnames.get(last);
    if (set?.has(full)) return;
    const sp = full.indexOf(' ');
    if (sp > 0 && SURNAME_PARTICLES.has(full.slice(0, sp).toLowerCase())) return; // "De Crem" is a surname, not a full name
    if (!set) this.surnames.set(last, (set = new Set()));
    else if (sameLetters(set, full)) return; // "Luigi di Maio" after "Luigi Di Maio": one person, not an ambiguous surname
    this.surnameInitials.add(last.charCodeAt(0));
    if (set.size < 4) set.add(full);
    noteGivenName(this.givenNames, full);
  }

  /**
   * Roles the document gives `name` anywhere, read from the words right before each occurrence
   * ("le président Emmanuel Macron" further down): only asked when a description needs them.
   */
  laterRoles(name: string): RoleSig[] {
    let list = this.later.get(name);
    if (list) return list;
    list = this.later.size >= LATER_SCANS ? [] : rolesGivenBefore(this.text, name); // each look-up is one scan of the document: bounded per document
    this.later.set(name, list);
    return list;
  }

  /**
   * "Rutten : « … »" or "Di Maio: …" in a headline: the full name the document gives that surname
   * further down ("Renaud Rutten", "Luigi Di Maio"), or null when none or several.
   */
  laterFullName(surname: string): string | null {
    const cached = this.fullNames.get(surname);
    if (cached !== undefined) return cached;
    if (this.fullNames.size >= LATER_SCANS) return null;
    const found = fullNameGivenLater(this.text, surname);
    this.fullNames.set(surname, found);
    return found;
  }

  /** True when a single capitalised word is the surname of a full name seen before. */
  isKnownSurname(word: string): boolean {
    const c = word.charCodeAt(0);
    if (c < 128 && !this.surnameInitials.has(c >= 65 && c <= 90 ? c + 32 : c)) return false; // an ASCII initial lower-cases alone
    return this.surnames.has(word.toLowerCase());
  }

  /**
   * "Le Pen", "Di Maio", "De Wever": a capitalised particle and one or two name words that end a full
   * name seen before ("Marine Le Pen"). Read as an article phrase, it would be a body; it is that person.
   */
  isParticleSurname(phrase: string): boolean {
    const sp = phrase.indexOf(' ');
    if (sp < 2 || phrase.length > 40 || !isUpperInitial(phrase) || !SURNAME_PARTICLES.has(phrase.slice(0, sp).toLowerCase())) return false;
    const parts = phrase.split(' ');
    if (parts.length > 3 || !parts.every(isUpperInitial)) return false;
    return this.fullName(phrase) !== phrase;
  }

  /** The one full name a surname, given name or particle surname ("De Crem") stands for, else the name as written. */
  fullName(name: string): string {
    if (!hasBlank(name)) {
      const set = this.surnames.get(name.toLowerCase());
      return (set && onlyName(set)) ?? (set ? null : givenNameOf(this.givenNames, name)) ?? name;
    }
    const parts = name.split(/\s+/u);
    if (parts.length > 1 && !(parts.length <= 3 && SURNAME_PARTICLES.has(parts[0].toLowerCase()))) return name;
    const set = this.surnames.get(parts[parts.length - 1].toLowerCase());
    const full = set ? onlyName(set) : null;
    if (!full) return name;
    return parts.length === 1 || full.toLowerCase().endsWith(` ${name.toLowerCase()}`) ? full : name; // "De Crem" → "Pascal de Crem"
  }

  /** True when `word` is a proper noun: the document never writes it in lower case (cached, bounded). */
  isProper(word: string): boolean {
    let proper = this.proper.get(word);
    if (proper === undefined) {
      proper = this.proper.size < LATER_SCANS && !hasLowerForm(this.text, word);
      this.proper.set(word, proper);
    }
    return proper;
  }
}

/**
 * The one full name a surname stands for: the single name indexed, or the shortest when every other
 * one ends with it ("Tommy Leclercq" under "Hainaut Tommy Leclercq", a place glued before the name). Null when ambiguous.
 */
function onlyName(set: ReadonlySet<string>): string | null {
  let short: string | null = null;
  for (const n of set) if (short === null || n.length < short.length) short = n;
  if (short === null) return null;
  for (const n of set) if (n !== short && !n.endsWith(` ${short}`)) return null;
  return short;
}

/** True when the string holds a blank (a name of several words), as `/\s/u.test(s)`. */
export function hasBlank(s: string): boolean {
  return BLANK.test(s);
}
const BLANK = /\s/u;
