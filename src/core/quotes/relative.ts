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
