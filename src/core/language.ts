import type { Doc } from './document';
import type { Language } from './types';

/** Guesses the dump's language from function-word frequencies; null when the text is too short to tell. */
export function detectLanguage(_doc: Doc): Language | null {
  return null; // TODO(helper: documents)
}
