import type { Doc } from './document';
import type { Language } from './types';

/**
 * Language guess from function words. French and English function words barely overlap, so
 * counting how many tokens belong to each closed list is a robust, linear-time signal.
 */

const FRENCH = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'que', 'qui', 'dans', 'pour',
  'pas', 'sur', 'au', 'aux', 'avec', 'il', 'elle', 'ils', 'ont', 'sont', 'mais', 'ce', 'cette',
  'ces', 'nous', 'vous', 'leur', 'leurs', 'par', 'plus', 'été', 'selon', 'où', 'lors', 'après',
  'aussi', 'très', 'sans', 'sous', 'entre', 'être', 'fait', 'comme', 'dont', 'ou', 'son', 'sa', 'ses',
]);

const ENGLISH = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'she',
  'as', 'by', 'at', 'from', 'his', 'her', 'they', 'have', 'has', 'had', 'were', 'are', 'this',
  'be', 'not', 'but', 'which', 'their', 'who', 'will', 'would', 'been', 'an', 'or', 'said',
  'after', 'about', 'than', 'more', 'its', 'we', 'there', 'when', 'what', 'also',
]);

/** Counts French and English function words in `text`, scanning at most `maxWords` words. */
export function functionWordScores(text: string, maxWords = 200_000): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  let words = 0;
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const letter = i < n && isWordChar(text.charCodeAt(i));
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if (i - start <= 6) {
        const w = text.slice(start, i).toLowerCase();
        if (FRENCH.has(w)) fr++;
        if (ENGLISH.has(w)) en++;
      }
      start = -1;
      if (++words >= maxWords) break;
    }
  }
  return { fr, en };
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Decides between French and English from scores; null when there is too little evidence or no clear winner. */
export function languageFromScores(scores: { fr: number; en: number }, minHits = 4): Language | null {
  const total = scores.fr + scores.en;
  if (total < minHits) return null;
  if (scores.fr >= total * 0.65) return 'fr';
  if (scores.en >= total * 0.65) return 'en';
  return null;
}

/** Guesses the dump's language from function-word frequencies; null when the text is too short to tell. */
export function detectLanguage(doc: Doc): Language | null {
  return languageFromScores(functionWordScores(doc.text), 6);
}
