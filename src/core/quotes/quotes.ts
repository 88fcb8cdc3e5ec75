import type { Doc } from '../document';
import type { Language, Quote } from '../types';

/** Finds direct quotations in content lines and attributes each to its speaker. */
export function findQuotes(_doc: Doc, _language: Language | null, _isContent: (lineIndex: number) => boolean): Quote[] {
  return []; // TODO(helper: quotes)
}
