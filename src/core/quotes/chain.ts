/**
 * Quotes chained in one sentence share their speaker: "He is under investigation for “illegal use
 * of a document” and “forgery,” the prosecutor's office said." The cue reaches the quote next to it;
 * the quotes joined to that one by a comma, "and", "et", "or", "ou encore" are the same speaker's.
 */
import type { Token } from './tokens';

/** Words and marks that may join two quotes of one list. */
const JOINERS = new Set([',', ';', 'and', 'et', 'or', 'ou', 'encore', 'puis', 'then']);

/** Most joining tokens between two chained quotes ("», ou encore «" is three). */
const MAX_JOIN = 3;

/** True when only joiners (at most MAX_JOIN) stand between the quote tokens a and b. */
function joined(T: readonly Token[], a: number, b: number): boolean {
  if (b - a - 1 < 1 || b - a - 1 > MAX_JOIN) return false;
  for (let k = a + 1; k < b; k++) if (!JOINERS.has(T[k].lower)) return false;
  return true;
}

/**
 * Fills each speakerless quote of sentence T from a quote chained to it: `get(q)` reads the attribution
 * of the quote token q, `set(q, from)` copies the one of token `from`. Linear: two sweeps over the quotes.
 */
export function shareChainedSpeakers(T: readonly Token[], has: (q: number) => boolean, copy: (q: number, from: number) => void): void {
  const qs: number[] = [];
  for (let k = 0; k < T.length; k++) if (T[k].kind === 'quote') qs.push(k);
  if (qs.length < 2) return;
  for (let i = qs.length - 2; i >= 0; i--) if (!has(qs[i]) && has(qs[i + 1]) && joined(T, qs[i], qs[i + 1])) copy(qs[i], qs[i + 1]);
  for (let i = 1; i < qs.length; i++) if (!has(qs[i]) && has(qs[i - 1]) && joined(T, qs[i - 1], qs[i])) copy(qs[i], qs[i - 1]);
}
