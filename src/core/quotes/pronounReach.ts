/**
 * How far back an English he/she reaches. A personal pronoun takes a person named in the last few
 * sentences; when the person it would resolve to was last named or quoted paragraphs before, the
 * writer has usually brought in someone else since (often unnamed: "a French protester", a role
 * whose name the scraped page lost), so naming the old speaker would be a confident wrong answer.
 */

/** Characters (about five or six sentences of news prose) within which the antecedent must have been named or quoted. */
export const PRONOUN_REACH = 700;

/** True when the antecedent seen at `seen` is near enough to the pronoun at `offset` (-1: not on record, e.g. a sentence's lead word; kept). */
export function withinReach(offset: number, seen: number): boolean {
  return seen < 0 || offset - seen <= PRONOUN_REACH;
}
