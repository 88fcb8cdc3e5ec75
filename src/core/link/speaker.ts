/**
 * Speaker names compared loosely: "Mark Rutte" ≈ "Rutte" ≈ "M. Rutte", "la police" ≈ "police".
 */
import { normaliseWords } from './text';

const PARTICLES = new Set([
  'm', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'le', 'la', 'les', 'l', 'un', 'une', 'de', 'du', 'des', 'd',
  'the', 'a', 'an', 'of', 'sir', 'lord', 'selon', 'according', 'to', 'apres',
]);

/** The significant words of a speaker name, or null when there is no speaker. */
export function speakerKey(speaker: string | null | undefined): string[] | null {
  if (!speaker) return null;
  const words = normaliseWords(speaker).filter((w) => !PARTICLES.has(w));
  return words.length > 0 ? words : null;
}

/** True when one name's words are all contained in the other's (or either is unknown). */
export function speakersCompatible(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (!a || !b) return true;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(big);
  return small.every((w) => set.has(w));
}

/** True when both speakers are known and name the same person or body. */
export function speakersAgree(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a !== null && b !== null && speakersCompatible(a, b);
}
