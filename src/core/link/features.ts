/**
 * Per-file link features: everything the cross-file index needs from one dump (fingerprints,
 * normalised quote shingles, context signatures of every claim), computed from the text and its
 * analysis alone. Pure and structured-clone friendly, so analysis workers compute it beside the
 * analysis and the main thread only updates the index.
 */
import type { FileAnalysis } from '../types';
import { TextWords } from './context';
import { makeNumberFeature, type NumberFeature } from './numberMatch';
import { makeQuoteFeature, type QuoteFeature } from './quoteMatch';

export interface LinkFeatures {
  published: string | null;
  /** Winnowed fingerprints of the content text (sorted set). */
  fps: Uint32Array;
  quotes: QuoteFeature[];
  numbers: NumberFeature[];
}

/** The link features of one analysed dump (its text is not kept). */
export function linkFeatures(text: string, analysis: FileAnalysis): LinkFeatures {
  const words = new TextWords(text, analysis.boilerplate);
  const fps = words.fingerprints();
  const quotes: QuoteFeature[] = [];
  for (const q of analysis.quotes) {
    const f = makeQuoteFeature(q, words);
    if (f) quotes.push(f);
  }
  const numbers: NumberFeature[] = [];
  const title = titleSpan(text, analysis.meta.title);
  for (const c of analysis.numbers) {
    const f = makeNumberFeature(c, words, title);
    if (f) numbers.push(f);
  }
  return {
    published: analysis.meta.published,
    fps,
    quotes,
    numbers,
  };
}

/** Where the title (the first content line, see `meta`) sits in the text, or null. */
function titleSpan(text: string, title: string | null): { start: number; end: number } | null {
  if (!title) return null;
  const at = text.indexOf(title);
  return at < 0 ? null : { start: at, end: at + title.length };
}
