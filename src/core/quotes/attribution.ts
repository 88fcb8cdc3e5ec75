import type { Doc } from '../document';
import type { Language, NumberClaim, Quote } from '../types';

/** Sets `source` on each numeric claim: the quote's speaker when inside a quote, else "selon X"/"according to X" in its sentence. */
export function attachNumberSources(_doc: Doc, _language: Language | null, _quotes: readonly Quote[], _numbers: NumberClaim[]): void {
  // TODO(helper: quotes)
}
