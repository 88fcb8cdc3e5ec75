import type { Doc } from './document';
import type { BoilerplateLine, Language } from './types';

/** Normalises a line for the corpus-repetition signal (case, spaces, digits folded). */
export function normaliseLineKey(line: string): string {
  return line.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Marks the lines that are not article content. */
export function findBoilerplate(_doc: Doc, _language: Language | null, _corpus?: ReadonlySet<string>): BoilerplateLine[] {
  return []; // TODO(helper: documents)
}
