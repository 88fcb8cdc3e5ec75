/**
 * Elided heads of English source phrases: "“…,” said one retailer. “…,” said another." The second
 * phrase leaves out the noun of the first ("another [retailer]"); the reader restores it, so the
 * speaker is written with it.
 */

/** Words that stand for "one more of the same kind" when written alone. */
const ELLIPTIC: ReadonlySet<string> = new Set(['another', 'a second', 'a third', 'one other', 'yet another']);

/** The previous speaker as "one/a/an/another" + one lower-case noun ("one retailer", "a farmer"). */
const INDEFINITE_NOUN = /^(?:one|a|an|another)\s(\p{Ll}[\p{Ll}-]{1,30})$/u;

/** `phrase` with the noun of the previous speaker `last` restored ("another" → "another retailer"), or null. */
export function restoredHead(phrase: string, last: string | null): string | null {
  if (!last || !ELLIPTIC.has(phrase.toLowerCase())) return null;
  const m = INDEFINITE_NOUN.exec(last);
  return m ? `${phrase} ${m[1]}` : null;
}
