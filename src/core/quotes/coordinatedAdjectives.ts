/**
 * Two edges of an English subject noun phrase read before its verb. Prenominal adjectives coordinated by a comma: "A white-haired, moustached gilet jaune", "a
 * bearded, tattooed man". A phrase that so far holds only a determiner and participial adjectives
 * has no head noun yet, so the comma after it is inside the noun phrase, not its end.
 */
import type { Token } from './tokens';
import { isRoleWord } from './roles';
import { isPersonNoun } from './persons';
import { NP_STOPS } from './lexicon';

/** Indefinite and definite English articles that open such a phrase. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'another']);

/** Most adjectives read before the comma. */
const MAX_ADJECTIVES = 2;

/** "white-haired", "bearded", "middle-aged": a lower-case word shaped like a participial adjective. */
function participialAdjective(t: Token): boolean {
  if (t.kind !== 'word' || t.text !== t.lower) return false;
  const w = t.lower;
  return w.length > 4 && w.endsWith('ed');
}

/**
 * True when the comma at `comma` continues the phrase opened at `from`: T[from] is an article,
 * everything up to the comma is participial adjectives, and a lower-case word follows the comma.
 */
export function commaBetweenAdjectives(T: readonly Token[], from: number, comma: number): boolean {
  const n = comma - from - 1;
  if (n < 1 || n > MAX_ADJECTIVES || !ARTICLES.has(T[from].lower)) return false;
  for (let k = from + 1; k < comma; k++) if (!participialAdjective(T[k])) return false;
  const next = T[comma + 1];
  return next !== undefined && next.kind === 'word' && next.text === next.lower && next.text.length > 1;
}

/** Adverbs that sit between an English subject and its verb ("A bearded man then came up", "the minister also said"): the phrase ends before them. */
const PREDICATE_ADVERBS: ReadonlySet<string> = new Set([
  'then', 'also', 'later', 'previously', 'recently', 'repeatedly', 'reportedly', 'publicly', 'never', 'always', 'often', 'subsequently',
]);

/** Words that open an object or adverbial right after a finite past verb ("defended the plan", "erupted just months"), never a postmodifier. */
const AFTER_VERB: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'just', 'back', 'up', 'out']);

/**
 * True when the lower-case word T[e] opens the predicate after a subject phrase: an adverb of
 * PREDICATE_ADVERBS, or a past verb in -ed after a lower-case noun and before its object ("The row
 * erupted just …", "The minister defended the plan"); a participle postmodifier ("the man arrested
 * in Paris") is followed by a preposition instead.
 */
export function opensPredicate(T: readonly Token[], e: number): boolean {
  const t = T[e];
  if (t.kind !== 'word' || t.text !== t.lower) return false;
  if (PREDICATE_ADVERBS.has(t.lower)) return true;
  const prev = T[e - 1];
  const next = T[e + 1];
  return t.lower.length > 4 && t.lower.endsWith('ed') && prev !== undefined && prev.kind === 'word' && prev.text === prev.lower && !ARTICLES.has(prev.lower)
    && next !== undefined && next.kind === 'word' && AFTER_VERB.has(next.lower);
}

/**
 * "its president and rector": two role nouns of one person joined by "and" with no determiner before
 * the second. True when T[e] is that "and": a role noun before it, and after it a lower-case role or
 * person noun, or a lower-case word that closes the phrase at a punctuation mark.
 */
export function joinsRoles(T: readonly Token[], e: number): boolean {
  const prev = T[e - 1];
  const next = T[e + 1];
  if (T[e].lower !== 'and' || !prev || prev.kind !== 'word' || !isRoleWord(prev.lower)) return false;
  if (!next || next.kind !== 'word' || next.text !== next.lower || NP_STOPS.has(next.lower)) return false;
  return isRoleWord(next.lower) || isPersonNoun(next.lower, next.lower) || T[e + 2]?.kind === 'punct';
}
