/**
 * "Castaner, who visited the scene with the mayor Anne Hidalgo, wrote …": a relative clause set
 * between commas separates a subject from its verb. The names inside it are complements; the
 * subject is the phrase before ", who".
 */
import type { Token } from './tokens';

/** Longest relative clause (tokens) looked through. */
const RELATIVE_BUDGET = 30;

/** Relative pronouns that open a clause about a person. */
const RELATIVE_WHO = new Set(['who', 'whose', 'whom']);

/**
 * When T[a-1] is the comma closing a relative clause opened by ", who" or ", and who" (at most RELATIVE_BUDGET
 * tokens back, no quote or sentence stop inside), the index of the comma before "who"; else -1.
 */
export function relativeClauseComma(T: readonly Token[], a: number, floor: number): number {
  if (a - 1 <= floor) return -1;
  const close = T[a - 1].text;
  if (close !== ',' && close !== '–' && close !== '—') return -1; // "Goddard – who declined to comment – said"
  for (let k = a - 2; k > floor && a - k <= RELATIVE_BUDGET; k--) {
    const t = T[k];
    if (t.kind === 'quote') return -1;
    if (t.kind === 'punct' && (t.text === ';' || t.text === ':' || t.text === '(' || t.text === ')')) return -1;
    if (t.kind !== 'word' || !RELATIVE_WHO.has(t.lower) || k >= a - 3) continue;
    const c = T[k - 1].lower === 'and' ? k - 2 : k - 1; // "X, a leader who met Y, and who is launching …, said"
    return c > floor && T[c].text === close ? c : -1;
  }
  return -1;
}

/** Determiners that open a subject noun phrase. */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs']);

/** True when the sentence opens with a determiner (a subject noun phrase: "L’avocat du routier …"). */
function opensWithNounPhrase(T: readonly Token[]): boolean {
  const t = T[0];
  return !!t && t.kind === 'word' && (SUBJECT_DETERMINERS.has(t.lower) || /^l’\p{L}/u.test(t.lower));
}

/** Longest subject noun phrase (tokens) before its relative clause. */
const HEAD_REACH = 8;

/**
 * True when T[0, comma) is a subject noun phrase and its relative clause ("L’avocat du routier dont le
 * camion a écrasé …"): a relative word within the first words, no comma or quote before `comma`.
 */
export function relativeSubject(T: readonly Token[], comma: number): boolean {
  if (!opensWithNounPhrase(T)) return false;
  let rel = -1;
  for (let k = 1; k < comma; k++) {
    const t = T[k];
    if (t.kind !== 'word') return false;
    if (rel < 0 && k <= HEAD_REACH && (t.lower === 'dont' || t.lower === 'qui')) rel = k;
  }
  return rel > 0;
}
