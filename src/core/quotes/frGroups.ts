/**
 * French group antecedents: "les manifestants" after "une centaine de manifestants ont ouvert les
 * barrières" is that group. A definite plural description made of an article and one noun takes
 * the quantified phrase that introduced the same noun shortly before it (the way "he" takes a
 * name): "une centaine de X", "plusieurs X", "300 X", "des dizaines de X".
 */

/** How far back (characters) the introducing phrase may stand. */
const WINDOW = 600;

/** Collective and approximate-number nouns that introduce a group ("une centaine de", "un groupe de"). */
const COLLECTIVES: ReadonlySet<string> = new Set([
  'dizaine', 'dizaines', 'vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'soixantaine', 'centaine', 'centaines',
  'millier', 'milliers', 'poignée', 'groupe', 'foule', 'douzaine', 'quinzaine', 'noyau',
]);

/** Quantifiers directly before the noun ("plusieurs manifestants", "de nombreux habitants"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['plusieurs', 'quelques', 'nombreux', 'nombreuses', 'certains', 'certaines']);

/** "les manifestants", "Les grévistes": the noun of a definite plural made of the article and one word, else null. */
function pluralNoun(phrase: string): string | null {
  if (phrase.length > 40 || !/^[Ll]es\s/u.test(phrase)) return null;
  const noun = phrase.slice(4).trim();
  return /^\p{Ll}[\p{Ll}-]*s$/u.test(noun) ? noun : null;
}

/** The words (letters, digits, apostrophe-glued forms) of `s`, last `n` of them. */
function lastWords(s: string, n: number): string[] {
  const words = s.split(/[\s\u00a0]/u).filter((w) => w.length > 0);
  return words.slice(Math.max(0, words.length - n));
}

/** Start offset of the quantifier phrase that ends right before `at` in `text` ("une centaine de "), or -1. */
function quantifierStart(text: string, at: number): number {
  const from = Math.max(0, at - 40);
  const before = text.slice(from, at);
  const w = lastWords(before, 3).map((x) => x.toLowerCase());
  const n = w.length;
  const back = (k: number): number => { // start of the k-th word from the end
    let i = at;
    for (let m = 0; m < k; m++) {
      while (i > from && /\s/u.test(text[i - 1])) i--;
      while (i > from && !/\s/u.test(text[i - 1])) i--;
    }
    return i;
  };
  if (n >= 1 && (QUANTIFIERS.has(w[n - 1]) || /^\d[\d.]*$/u.test(w[n - 1]))) return back(1);
  if (n >= 3 && w[n - 1] === 'de' && COLLECTIVES.has(w[n - 2]) && /^(?:une|un|des|d’|plusieurs|quelques)$/u.test(w[n - 3])) return back(3);
  if (n >= 2 && (w[n - 1] === 'de' || w[n - 1] === 'd’') && COLLECTIVES.has(w[n - 2])) return back(2);
  return -1;
}

/**
 * The quantified phrase that introduced the group a definite plural `phrase` names, written in the
 * `WINDOW` characters before `offset` ("une centaine de manifestants"); null when none.
 */
export function groupAntecedent(text: string, offset: number, phrase: string): string | null {
  const noun = pluralNoun(phrase);
  if (!noun) return null;
  const floor = Math.max(0, offset - WINDOW);
  let at = text.lastIndexOf(noun, offset - 1);
  while (at >= floor && at >= 0) {
    const end = at + noun.length;
    const bounded = (at === 0 || /[\s\u00a0]/u.test(text[at - 1])) && !/\p{L}/u.test(text[end] ?? ' ');
    const start = bounded ? quantifierStart(text, at) : -1;
    if (start >= 0) return text.slice(start, end);
    if (at === 0) break;
    at = text.lastIndexOf(noun, at - 1);
  }
  return null;
}

/** How far back (characters) "ces derniers" looks for the plural phrase it takes up. */
const LATTER_WINDOW = 300;

/** Opening quote marks a quoted plural noun may sit in ("des « gilets jaunes »"). */
const OPENERS = '"«“';

/** End of the plural noun after its article at `at` (a word, or a short quoted label), or -1. */
function pluralEnd(text: string, at: number): number {
  let i = at;
  if (OPENERS.includes(text[i])) {
    const close = text.slice(i + 1, i + 40).search(/["»”]/u);
    return close > 0 ? i + close + 2 : -1;
  }
  while (i < text.length && i - at < 30 && /[\p{Ll}-]/u.test(text[i])) i++;
  return i > at + 2 && /[sx]$/u.test(text.slice(at, i)) ? i : -1;
}

/**
 * "Ces derniers", "ces dernières": the latest plural noun phrase ("des « gilets jaunes »", "les
 * syndicats") written in the `LATTER_WINDOW` characters before `offset`, quote marks dropped; null when none.
 */
export function latterPlural(text: string, offset: number): string | null {
  const floor = Math.max(0, offset - LATTER_WINDOW);
  const window = text.slice(floor, offset);
  let at = Math.max(window.lastIndexOf(' des '), window.lastIndexOf(' les '));
  while (at >= 0) {
    const start = floor + at + 1;
    let noun = start + 4;
    if (text[noun] === ' ' || text[noun] === '\u00a0') noun++;
    const end = pluralEnd(text, noun);
    if (end > 0) return (text.slice(start, start + 4) + text.slice(noun, end)).replace(/["«»“”\u00a0]/gu, '').replace(/\s+/gu, ' ').trim();
    const before = window.slice(0, at);
    at = Math.max(before.lastIndexOf(' des '), before.lastIndexOf(' les '));
  }
  return null;
}
