/**
 * "“All those who were there were accomplices” to the sacking of the Champs-Élysées, he added.":
 * a quote opening its sentence, the writer's complement after it, then ", he added" closing the
 * sentence. The reporting clause at the end governs the quote even though it is not next to it.
 */
import type { RawCue } from './cues';
import type { Token } from './tokens';
import { phraseStartToken } from './subjectSpan';

/** Longest complement (tokens) between the quote and the closing reporting clause. */
const GAP_BUDGET = 16;

/** Finite verbs that make the words after the quote a clause of their own ("“…” is the motto, he said"). */
const FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'est', 'était', 'sont', 'a', 'ont']);

/** True when nothing but punctuation follows token b (the verb closes the sentence). */
function closesSentence(T: readonly Token[], b: number): boolean {
  for (let k = b; k < T.length; k++) if (T[k].kind !== 'punct') return false;
  return true;
}

/**
 * The cue among `cues` that closes the sentence as ", subject verb." after the opening quote at q,
 * with only a short verbless complement and no other quote in between; else null.
 */
export function sentenceClosingCue<C extends { raw: RawCue }>(T: readonly Token[], cues: readonly C[], q: number): C | null {
  for (let k = 0; k < q; k++) if (T[k].kind !== 'punct') return null;
  const c = cues.length > 0 ? cues[cues.length - 1] : undefined;
  if (!c || c.raw.inverted || c.raw.kind !== 'verb' || !c.raw.subject || c.raw.subjectToken <= q) return null;
  if (!closesSentence(T, c.raw.b)) return null;
  const s = phraseStartToken(T, c.raw, q);
  if (s - q - 1 > GAP_BUDGET || s - q < 3 || T[s - 1].text !== ',') return null;
  for (let k = q + 1; k < s - 1; k++) {
    const t = T[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '-')) return null;
    if (t.kind === 'word' && FINITE.has(t.lower)) return null;
  }
  return c;
}
