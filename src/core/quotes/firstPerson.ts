/**
 * Speaker plausibility for quotes in the first person singular: an institution, a ministry or a
 * crowd does not say "je". A cue-less quote that would continue such a body ("L'Élysée avait insisté
 * sur le fait que M. X n'était « pas un émissaire ». « Je suis un élément extérieur … »") is the
 * person the previous sentence was about, when it named exactly one; otherwise nobody.
 */
import type { SpeakerHistory, Speaker } from './resolve';
import { isPersonNoun } from './persons';
import type { Token } from './tokens';

/** Characters of a quote read for first-person words (enough for its opening sentences). */
const READ = 400;

/** A French first-person singular subject or stressed pronoun as a whole word ("je", "j’", "moi"). */
const FIRST_SINGULAR = /(?:^|[^\p{L}])(?:(?:je|moi)(?![\p{L}])|j[’'])/u;

/** True when the quote's opening words hold a first-person singular pronoun ("je", "j’", "moi"). */
export function speaksAsOne(text: string, quote: Token): boolean {
  return FIRST_SINGULAR.test(text.slice(quote.start + 1, Math.min(quote.end, quote.start + READ)).toLowerCase());
}

/**
 * The speaker a first-person continuation takes instead of a body: the one person the previous
 * sentence named (`named`, full names as resolved), recorded as speaking at `offset`; null when that
 * sentence named none or several.
 */
export function personFor(history: SpeakerHistory, named: readonly string[], offset: number): Speaker | null {
  if (named.length === 0) return null;
  for (const n of named) if (n !== named[0]) return null;
  if (history.isBody(named[0])) return null;
  return history.resolve({ kind: 'name', text: named[0], role: null, gender: null, words: [], start: offset, end: offset }, offset, '');
}

/** A definite body or group as written ("L’Élysée", "la police", "les syndicats"): its article, then a head that names no person. */
const DEFINITE_HEAD = /^(?:(?:le|la|les)\s+|l[’'])(\p{L}[\p{L}-]*)/iu;

/** Heads after an article that name one person, or one of a group, rather than a body. */
const NOT_BODIES: ReadonlySet<string> = new Set(['un', 'une', 'individu', 'suspect', 'suspecte', 'personne', 'interlocuteur', 'interlocutrice', 'intéressé', 'intéressée']);

/** True when `speaker` is a definite body or group that cannot say "je" ("L’Élysée", "la police", not "le policier", "l’un des …"). */
export function definiteBody(speaker: string): boolean {
  const m = DEFINITE_HEAD.exec(speaker);
  if (!m) return false;
  const head = m[1];
  const lower = head.toLowerCase();
  return !NOT_BODIES.has(lower) && !isPersonNoun(lower, head) && !isPersonNoun(lower.replace(/s$/u, ''), head);
}
