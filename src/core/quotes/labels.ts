/**
 * Quoted labels: a short quote standing as the noun of a plural noun phrase or after a naming word
 * ("la fronde des « gilets jaunes »", "the so-called “red scarfs”", "baptisé « … »") names a movement,
 * an event or a slogan; it is not words the sentence's speaker is reported to have said. Singular
 * definite fragments ("dénonce la « dérive »") stay with the speaker: they are usually the speaker's word.
 */
import { countWords } from './chars';
import type { Token } from './tokens';

/** Longest quote (words) read as a label. */
const LABEL_MAX_WORDS = 4;

/** Plural determiners and naming words that make a short quote after them a label. */
const LABEL_DETERMINERS = new Set(['des', 'les', 'aux', 'so-called', 'dits', 'dites', 'baptisé', 'baptisée', 'surnommé', 'surnommée']);

/** Copulas before the determiner: "sont des « mensonges »" is the speaker's own judgement. */
const COPULAS = new Set(['sont', 'est', 'était', 'étaient', 'sera', 'seront', 'serait', 'are', 'is', 'was', 'were', 'be', 'as', 'comme']);
/** Prepositions that make "des" indefinite ("par des « circonstances »", "à des « séditieux »"), unlike "la fronde des « … »". */
const INDEFINITE_DES = new Set(['par', 'à']);

/** True when the quote token at q is a short label after a plural determiner or a naming word (see the module note). */
export function isLabelQuote(text: string, T: readonly Token[], q: number): boolean {
  const d = q - 1;
  const det = T[d];
  if (!det || det.kind !== 'word') return false;
  const so = det.lower === 'called' && T[d - 1]?.lower === 'so'; // "so-called" split at its hyphen
  if (!LABEL_DETERMINERS.has(det.lower) && !so) return false;
  const before = T[so ? d - 2 : d - 1];
  if (before && before.kind === 'word' && (COPULAS.has(before.lower) || (det.lower === 'des' && INDEFINITE_DES.has(before.lower)))) return false;
  const quote = T[q];
  return countWords(text.slice(quote.start + 1, quote.end - 1), LABEL_MAX_WORDS + 1) <= LABEL_MAX_WORDS;
}
