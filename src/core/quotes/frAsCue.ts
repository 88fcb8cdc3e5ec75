/**
 * Two French ways of naming a source that `findCues` reads wrongly:
 * - "Comme l'explique Le Monde, « … »", "comme le souligne la ministre, …": an inverted verb after
 *   "comme" and an object clitic (le/la/l’), whose subject follows it;
 * - "selon les termes de l'étude", "selon les mots du ministre": the source is the owner of the
 *   words, not the words themselves.
 */
import type { RawCue } from './cues';
import { FR_AUX, FR_VERBS } from './lexicon';
import { subjectAfter } from './speaker';
import type { Token } from './tokens';

/** Object clitics between "comme" and the verb ("comme le souligne", "comme la décrit"). */
const CLITIC = new Set(['le', 'la', 'les']);

/** Words standing for what a source said ("selon les termes de …"). */
const WORDS_OF = new Set(['termes', 'mots', 'propos', 'paroles', 'expressions']);

/** Participles that may follow those words ("selon les termes utilisés par …"). */
const USED = new Set(['utilisés', 'employés', 'tenus', 'choisis']);

/** Verb after the clitic at k ("l’explique", "le souligne", "l’a expliqué"): the index after it and the verb, or null. */
function verbAfterClitic(T: readonly Token[], k: number): { b: number; verb: string } | null {
  const t = T[k];
  if (!t || t.kind !== 'word') return null;
  let j = k;
  let w: string;
  if (t.lower.startsWith('l’') && t.lower.length > 2) w = t.lower.slice(2);
  else if (CLITIC.has(t.lower) && T[k + 1]?.kind === 'word') w = T[++j].lower;
  else return null;
  if (FR_AUX.has(w) && T[j + 1]?.kind === 'word' && FR_VERBS.has(T[j + 1].lower)) return { b: j + 2, verb: T[j + 1].lower }; // "comme l’a expliqué"
  return FR_VERBS.has(w) && !FR_AUX.has(w) ? { b: j + 1, verb: w } : null;
}

/** "Comme l'explique X, …": a cue whose subject follows the verb, or null. */
export function commeCue(text: string, T: readonly Token[], i: number): RawCue | null {
  if (T[i].lower !== 'comme') return null;
  const v = verbAfterClitic(T, i + 1);
  if (!v) return null;
  const s = subjectAfter(text, T, v.b, T.length);
  if (!s || (s.kind !== 'name' && s.kind !== 'body' && s.kind !== 'description')) return null;
  return { kind: 'verb', a: i, b: v.b, inverted: true, subject: s, subjectToken: v.b, cue: text.slice(T[i].start, T[v.b - 1].end), verb: v.verb };
}

/** A "selon" cue whose subject is "les termes (utilisés) de/par X" re-read with X as its subject; the cue unchanged otherwise. */
export function ownerOfWords(text: string, T: readonly Token[], c: RawCue): RawCue {
  if (c.kind !== 'selon' || c.subjectToken < 0) return c;
  const k = c.subjectToken;
  if (T[k]?.lower !== 'les' || !WORDS_OF.has(T[k + 1]?.lower ?? '')) return c;
  let j = k + 2;
  if (USED.has(T[j]?.lower ?? '')) j++;
  if (T[j]?.lower !== 'de' && T[j]?.lower !== 'par') return c;
  const s = subjectAfter(text, T, j + 1, T.length);
  return s ? { ...c, subject: s, subjectToken: j + 1 } : c;
}
