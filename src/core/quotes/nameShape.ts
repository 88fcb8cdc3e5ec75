/**
 * Shape of a word that may belong to a personal name. Capitalisation alone lets in headings and
 * sentence openers that no person bears: a capitalised number word heads a count or a title ("Act
 * Three", "Sixty Minutes", a talk show), an indefinite pronoun or quantifier opens a sentence
 * ("Everything, sources say, …", "Many French …"); none is ever a given name or surname.
 */

/** English cardinal number words: a capitalised one heads a count or a title, never a person's name. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions',
]);

/** English indefinite pronouns and quantifiers: a capitalised one opens a sentence, it names nobody. */
const INDEFINITES: ReadonlySet<string> = new Set([
  'everything', 'nothing', 'something', 'anything', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'someone',
  'somebody', 'many', 'most', 'several', 'few', 'every', 'each', 'none',
]);

/** True when a capitalised word (`lower`: its lower-case form) cannot be part of a personal name. */
export function notNameShaped(lower: string): boolean {
  return NUMBER_WORDS.has(lower) || INDEFINITES.has(lower);
}

/** Longest word read as an acronym. */
const ACRONYM_MAX = 4;

/** True when every word of `phrase` is a short all-capitals acronym ("BFM TV", "RTL TVI"): a broadcaster or body, never a person. */
export function isAcronymPhrase(phrase: string): boolean {
  let n = 0;
  for (const w of phrase.split(' ')) {
    if (w.length < 2 || w.length > ACRONYM_MAX || w !== w.toUpperCase() || w === w.toLowerCase()) return false;
    n++;
  }
  return n > 0;
}
