/**
 * Pure "what is at this offset" over one analysis: the quote, the numeric claim and the
 * boilerplate line that cover it. Binary search over the (sorted) claim lists.
 */
import { spanAt } from '../../core/spans';
import type { BoilerplateLine, FileAnalysis, NumberClaim, Quote } from '../../core/types';

export interface ClaimsAt {
  quote?: Quote;
  number?: NumberClaim;
  boilerplate?: BoilerplateLine;
}

/** The claims of `analysis` whose span holds `offset` (start inclusive, end exclusive). */
export function claimsAt(analysis: FileAnalysis, offset: number): ClaimsAt {
  const out: ClaimsAt = {};
  const quote = covering(analysis.quotes, offset);
  const number = covering(analysis.numbers, offset);
  const boilerplate = covering(analysis.boilerplate, offset);
  if (quote) out.quote = quote;
  if (number) out.number = number;
  if (boilerplate) out.boilerplate = boilerplate;
  return out;
}

function covering<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  // Spans come sorted by start and do not overlap within one kind; fall back to a scan if not.
  return spanAt(spans, offset) ?? (spans.length < 64 ? spans.find((s) => s.start <= offset && offset < s.end) : undefined);
}
