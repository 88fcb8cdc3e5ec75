/**
 * Given names used alone: "Clément Eschenlohr was an eye witness … “…,” Clément recounted." Features
 * and vox pops name a person in full once, then by the first name. The index maps a first word to
 * the full names that start with it; a lone word stands for a full name only when exactly one does.
 */

/** Most full names kept under one given name (more means the word is too common to resolve). */
const PER_NAME = 3;

/** First words of a surname ("De Crem", "Le Pen", "Di Maio"): a full name never starts with one alone. */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'le', 'la', 'di', 'da']);

/** Words that open a full name without being a given name: particles and titles ("Mr Smith", "Le Pen", "Di Maio"). */
const NOT_GIVEN = new Set([...SURNAME_PARTICLES, 'del', 'mr', 'mrs', 'ms', 'dr', 'm.', 'mme', 'sir', 'lord']);

/** Indexes `full` ("Clément Eschenlohr") under its first word when that word can be a given name. */
export function noteGivenName(index: Map<string, Set<string>>, full: string): void {
  let sp = 0;
  while (sp < full.length && full.charCodeAt(sp) !== 0x20) sp++;
  if (sp === 0 || sp >= full.length) return;
  const first = full.slice(0, sp).toLowerCase();
  if (NOT_GIVEN.has(first) || first.length < 2 || first.endsWith('.')) return;
  let set = index.get(first);
  if (!set) index.set(first, (set = new Set()));
  if (set.size < PER_NAME) set.add(full);
}

/** The one full name whose first word is `word`, or null when none or several. */
export function givenNameOf(index: ReadonlyMap<string, ReadonlySet<string>>, word: string): string | null {
  const set = index.get(word.toLowerCase());
  if (!set || set.size !== 1) return null;
  for (const n of set) return n;
  return null;
}

/** Sexed person nouns and the sex they name, for "the man" against "one of the Lebanese women". */
const SEXED = new Map<string, 'm' | 'f'>([
  ['man', 'm'], ['men', 'm'], ['homme', 'm'], ['hommes', 'm'], ['woman', 'f'], ['women', 'f'], ['femme', 'f'], ['femmes', 'f'],
]);

/** True when `phrase` holds a sexed noun of the other sex than `head` ("man" vs "one of the women"). */
export function otherSex(head: string, phrase: string): boolean {
  const want = SEXED.get(head);
  if (!want) return false;
  let a = 0;
  for (let i = 0; i <= phrase.length; i++) {
    const c = i < phrase.length ? phrase.charCodeAt(i) : 32;
    if (c !== 32 && c !== 0x2019 && c !== 0x27) continue;
    const sex = i > a && i - a <= 6 ? SEXED.get(phrase.slice(a, i).toLowerCase()) : undefined;
    if (sex && sex !== want) return true;
    a = i + 1;
  }
  return false;
}

/** Words that introduce a person by a given name alone ("a pretty blonde called Marie", "une étudiante prénommée Léa"). */
const NAMING = new Set(['called', 'named', 'nommé', 'nommée', 'prénommé', 'prénommée']);

/** True when the capitalised word T[at] follows a naming word, so it is a person's name even alone. */
export function namedBy(T: readonly { kind: string; lower: string }[], at: number): boolean {
  const w = at > 0 ? T[at - 1] : undefined;
  return w !== undefined && w.kind === 'word' && NAMING.has(w.lower) && at > 1 && T[at - 2].kind === 'word';
}
