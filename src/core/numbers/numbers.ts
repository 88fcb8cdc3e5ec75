import type { Doc } from '../document';
import type { Language, NumberClaim } from '../types';

/** Finds numeric claims (quantities in running text) in content lines. */
export function findNumbers(_doc: Doc, _language: Language | null, _isContent: (lineIndex: number) => boolean): NumberClaim[] {
  return []; // TODO(helper: numbers)
}
