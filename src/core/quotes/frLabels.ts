/**
 * Quoted names of movements: French protest movements are named after a garment and a colour
 * ("gilets jaunes", "bonnets rouges", "stylos rouges", "blouses blanches"), and the press sets the
 * name in quotation marks. Such a quote is the writer's label for a group, never someone's words,
 * whatever reporting verb stands in its sentence: it has no speaker.
 */
import type { Token } from './tokens';

/** Garments (and the like) that name a movement with a colour, singular forms. */
const GARMENTS = new Set(['gilet', 'bonnet', 'stylo', 'foulard', 'blouse', 'robe', 'chemise', 'béret', 'brassard', 'casque', 'écharpe', 'tablier', 'gant', 'képi']);

/** Colour adjectives, masculine and feminine singular forms. */
const COLOURS = new Set(['jaune', 'rouge', 'bleu', 'bleue', 'vert', 'verte', 'blanc', 'blanche', 'noir', 'noire', 'rose', 'orange', 'violet', 'violette', 'gris', 'grise', 'brun', 'brune']);

/** The word without a plural -s/-x ("gilets" → "gilet", "blancs" → "blanc"). */
function singular(w: string): string {
  const n = w.length;
  return n > 3 && (w.charCodeAt(n - 1) === 0x73 || w.charCodeAt(n - 1) === 0x78) ? w.slice(0, n - 1) : w;
}

/** True when the code unit is a letter of a word here (Latin letters, accented ones, hyphen). */
function wordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff && c !== 0xf7) || c === 0x2d;
}

/**
 * True when the inside of a quote is a movement's name: exactly a garment and a colour ("gilets
 * jaunes", "Gilet Jaune"), blanks and case aside. One pass over at most a few dozen characters.
 */
export function isMovementLabel(inner: string): boolean {
  if (inner.length > 40) return false;
  const s = inner.toLowerCase();
  const words: string[] = [];
  let a = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (wordChar(c)) { if (a < 0) a = i; continue; }
    if (c !== 32 && c !== 0xa0 && c !== 0x202f && c !== 9) return false; // punctuation or digits: a phrase, not a name
    if (a >= 0) { words.push(s.slice(a, i)); a = -1; }
    if (words.length > 2) return false;
  }
  return words.length === 2 && GARMENTS.has(singular(words[0])) && COLOURS.has(singular(words[1]));
}

/**
 * Sentence tokens where each quoted movement name is read as a lower-case word of the writer's
 * phrase: "regrette un « gilet jaune » belge" then has a subject, "un gilet jaune belge". The label
 * keeps no attribution of its own (no speaker). Returns T itself when it holds no such label.
 */
export function labelsAsWords(text: string, T: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < T.length; k++) {
    const t = T[k];
    if (t.kind !== 'quote' || t.end - t.start > 44) continue;
    const inner = text.slice(t.start + 1, t.end - 1);
    if (!isMovementLabel(inner)) continue;
    out ??= T.slice();
    const lower = inner.trim().toLowerCase();
    out[k] = { kind: 'word', text: lower, lower, start: t.start, end: t.end };
  }
  return out ?? T;
}
