/**
 * Where a cue's subject phrase starts in the token list, role words included ("…,” government
 * spokesman Benjamin Griveaux said": the phrase starts at "government", the name at "Benjamin").
 */
import type { RawCue } from './cues';
import type { Token } from './tokens';

/** Longest role written before the name that still counts as glued to the quote. */
const ROLE_BUDGET = 4;

/** Token index where the subject of cue c starts (its role included), never before token q. */
export function phraseStartToken(T: readonly Token[], c: RawCue, q: number): number {
  let k = c.subjectToken;
  if (!c.subject || k <= q) return k;
  const role = c.subject.role;
  if (!role || role.length > 80) return k;
  let end = role.length;
  for (let n = 0; n < ROLE_BUDGET && k - 1 > q && T[k - 1].kind === 'word'; n++) {
    const w = T[k - 1].text;
    if (!role.startsWith(w, end - w.length)) break;
    k--;
    end -= w.length;
    while (end > 0 && role.charCodeAt(end - 1) === 0x20) end--;
  }
  return k;
}
