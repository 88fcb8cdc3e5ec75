/**
 * French: a modal or stance verb before an infinitive of saying ("…, veut croire le député X",
 * "…, tient à rappeler la ministre", "…, souhaite préciser le parquet"): the pair reports the words
 * of the subject that follows, like the infinitive's own finite form.
 */
import type { Token } from './tokens';
import { FR_INFINITIVES } from './lexicon';

/** Modal and stance verbs (third person) that take an infinitive; "tient" needs "à" before it. */
export const FR_MODALS: ReadonlySet<string> = new Set([
  'veut', 'veulent', 'voulait', 'voulaient', 'tient', 'tiennent', 'tenait', 'tenaient', 'souhaite', 'souhaitent',
  'entend', 'entendent', 'préfère', 'préfèrent', 'ose', 'osent', 'semble', 'semblent',
]);

/** Infinitives of opinion that report words after a modal ("veut croire"), besides the reporting infinitives. */
const OPINION = new Set(['croire', 'penser', 'espérer', 'dire', 'écrire', 'reconnaître', 'admettre', 'prévenir', 'avertir']);

/**
 * Token index just past the infinitive when the modal `w` at token i (its inverted pronoun already read,
 * the next token at b0) is followed by an infinitive of saying, with "à" after "tenir"; else -1.
 */
export function modalInfinitiveEnd(T: readonly Token[], w: string, b0: number): number {
  if (!FR_MODALS.has(w)) return -1;
  let j = b0;
  if (w.startsWith('ten') || w.startsWith('tien')) {
    if (T[j]?.lower !== 'à') return -1;
    j++;
  }
  const t = T[j];
  if (!t || t.kind !== 'word') return -1;
  return FR_INFINITIVES.has(t.lower) || OPINION.has(t.lower) ? j + 1 : -1;
}
