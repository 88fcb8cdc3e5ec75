/**
 * French possessed documents: "Son texte débute ainsi : « … »", "selon le descriptif de leur page
 * Facebook". A text or publication that a possessive determiner ties to its owner speaks for that
 * owner, who is the possessive's antecedent (as "il" or "ils" would be), not the document itself.
 */

/** Possessive determiners and the pronoun their owner would be. */
const POSSESSIVES: ReadonlyMap<string, string> = new Map([['son', 'il'], ['sa', 'il'], ['ses', 'il'], ['leur', 'ils'], ['leurs', 'ils']]);

/** A possessive determiner as a word of the phrase: the cheap test before reading it. */
const HAS_POSSESSIVE = /(?:^|\s)(?:son|sa|ses|leurs?)\s/iu;

/** Texts and publications through which their owner speaks. */
const WRITINGS: ReadonlySet<string> = new Set([
  'texte', 'textes', 'message', 'messages', 'lettre', 'courrier', 'livre', 'ouvrage', 'page', 'compte', 'site', 'descriptif',
  'blog', 'post', 'publication', 'tweet', 'tweets', 'profil', 'poème', 'essai', 'roman', 'chanson', 'tribune', 'billet',
]);

/** Articles before a document noun that a possessed publication follows ("le descriptif de leur page"). */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'un', 'une']);

/** The noun after an elided article ("l’annonce" → "annonce"), else the word. */
function bare(w: string): string {
  return /^[ld][’']/u.test(w) ? w.slice(2) : w;
}

/**
 * The pronoun ("il" or "ils") standing for the owner of the document the phrase names — "Son texte",
 * "leurs messages", "le descriptif de leur page Facebook" — or null when the phrase is no possessed writing.
 */
export function possessorOf(phrase: string): string | null {
  if (phrase.length > 80 || !HAS_POSSESSIVE.test(phrase)) return null;
  const w = phrase.toLowerCase().split(/\s+/u);
  const owner = POSSESSIVES.get(w[0]);
  if (owner) return WRITINGS.has(w[1] ?? '') ? owner : null;
  const head = ARTICLES.has(w[0]) ? 1 : 0;
  if (!WRITINGS.has(bare(w[head] ?? '')) || w[head + 1] !== 'de') return null;
  const inner = POSSESSIVES.get(w[head + 2] ?? '');
  return inner && WRITINGS.has(w[head + 3] ?? '') ? inner : null;
}
