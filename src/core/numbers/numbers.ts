import type { Doc } from '../document';
import type { Language, NumberClaim } from '../types';
import { scanLine } from './scanLine';

/** How much text the fallback language guess reads. */
const GUESS_CHARS = 20000;

/**
 * Fallback when the language is unknown: French and English function words decide how
 * "1,500" and "billion" read. Ties go to French, the corpus majority.
 */
function guessLanguage(text: string): 'fr' | 'en' {
  const sample = text.slice(0, GUESS_CHARS).toLowerCase();
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0;
  const en = count(/\b(?:the|and|of|was|with)\b/g);
  const fr = count(/(?:^|[^\p{L}])(?:les|des|est|une|dans|avec)(?![\p{L}])/gu);
  return en > fr ? 'en' : 'fr';
}

/**
 * Finds numeric claims (quantities in running text: counts, amounts, measures, percentages,
 * ages, durations) in content lines, with value, qualifier and counted unit, per the labelling
 * guidelines. Dates, years, clock times, ordinals, identifiers and numbers in URLs are skipped.
 * Linear in the text length; never throws on hostile input.
 */
export function findNumbers(doc: Doc, language: Language | null, isContent: (lineIndex: number) => boolean): NumberClaim[] {
  const lang = language ?? guessLanguage(doc.text);
  const out: NumberClaim[] = [];
  for (const line of doc.lines) {
    if (line.end === line.start || !isContent(line.index)) continue;
    for (const c of scanLine(doc.text.slice(line.start, line.end), lang)) {
      out.push({ ...c, start: c.start + line.start, end: c.end + line.start });
    }
  }
  return out;
}
