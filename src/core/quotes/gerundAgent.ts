/**
 * The agent of a "by + -ing" reporting participle: "The row erupted months after the union's president,
 * Dr Jean Marsh, justified his refusal by declaring that …". The gerund belongs to the nearest verb
 * before it, so its speaker is that verb's subject — the person named just before that verb — and not
 * whatever opens the sentence ("The row erupted …" is a clause, not a speaker).
 */
import { isCapitalised, type Token } from './tokens';
import { classify, trailingName, type Subject } from './nounphrase';
import { isLowerCode } from './chars';

/** Lower-case particles inside a surname ("de Rochambeau", "van Dyck"). */
const PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', 'van', 'von', 'der', 'den', 'di', 'da', 'la', 'le']);

/** Tokens read back from "by" for the agent. */
const WINDOW = 30;

/**
 * `a`: the participle's token, right after "by". Returns the full personal name (two words or more)
 * closest before "by" that a lower-case verb follows (after an optional apposition between commas), or null.
 */
export function gerundAgent(text: string, T: readonly Token[], a: number): Subject | null {
  if (a < 3 || T[a - 1].lower !== 'by') return null;
  const floor = Math.max(0, a - 1 - WINDOW);
  let e = a - 1;
  while (e > floor) {
    if (T[e - 1].kind === 'quote' || T[e - 1].text === ';') return null;
    if (!(T[e - 1].kind === 'word' && isCapitalised(T[e - 1].text))) { e--; continue; }
    let k = e - 1;
    while (k > floor && T[k - 1].kind === 'word' && (isCapitalised(T[k - 1].text) || (PARTICLES.has(T[k - 1].lower) && k - 1 > floor && isCapitalised(T[k - 2].text)))) k--; // "Bertrand de Rochambeau"
    const at = trailingName(T, k, e);
    if (at >= 0 && e - at >= 2 && verbFollows(T, e, a - 1)) {
      const s = classify(text, T, at, e);
      return s && s.kind === 'name' ? s : null;
    }
    return null; // the nearest capitalised run is no subject name: leave the sentence's own subject
  }
  return null;
}

/**
 * True when a lower-case word follows the name ending at `e` before `by`: directly, after the comma
 * closing the apposition the name stands in ("the president, Dr Jean Marsh, justified"), or after an
 * apposition of its own ("Jean Marsh, the president, justified").
 */
function verbFollows(T: readonly Token[], e: number, by: number): boolean {
  let k = e;
  if (T[k]?.text === ',') {
    k++;
    if (!lowerWord(T[k])) {
      while (k < by && T[k].text !== ',') k++;
      k++;
    }
  }
  return k < by && lowerWord(T[k]);
}

function lowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && isLowerCode(t.text.charCodeAt(0));
}
