/**
 * Per-file link features: everything the cross-file index needs from one dump (fingerprints,
 * normalised quote shingles, context signatures of every claim), computed from the text and its
 * analysis alone. Pure and structured-clone friendly, so analysis workers compute it beside the
 * analysis and the main thread only updates the index.
 */
import type { FileAnalysis } from '../types';
import { TextWords } from './context';
import { contentText, fingerprints } from './fingerprint';
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
  const words = new TextWords(text);
  const quotes: QuoteFeature[] = [];
  for (const q of analysis.quotes) {
    const f = makeQuoteFeature(q, words);
    if (f) quotes.push(f);
  }
  const numbers: NumberFeature[] = [];
  for (const c of analysis.numbers) {
    const f = makeNumberFeature(c, words);
    if (f) numbers.push(f);
  }
  return {
    published: analysis.meta.published,
    fps: fingerprints(contentText(text, analysis.boilerplate)),
    quotes,
    numbers,
  };
}
