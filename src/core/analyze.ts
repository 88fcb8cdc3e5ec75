/**
 * The single entry point that turns one dump's text into plain data.
 * Pure: no I/O, no editor API; safe to run in a worker thread or the CLI.
 */
import { makeDoc } from './document';
import { detectLanguage } from './language';
import { findBoilerplate } from './boilerplate';
import { readMeta } from './meta';
import { findQuotes } from './quotes/quotes';
import { attachNumberSources } from './quotes/numberSources';
import { findNumbers } from './numbers/numbers';
import type { FileAnalysis } from './types';

export interface AnalyzeOptions {
  /** Lines seen verbatim in many files of the corpus (normalised with `normaliseLineKey`); treated as boilerplate. */
  corpusBoilerplate?: ReadonlySet<string>;
}

/** Analyses one dump: language, metadata, boilerplate lines, direct quotes and numeric claims. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): FileAnalysis {
  // A byte-order mark is invisible: analyse what follows it and shift offsets past it. Only one:
  // a second mark is content of the first line (the decoder strips the real one before we see it).
  if (text.charCodeAt(0) === 0xfeff) return shiftOffsets(analyzeBody(text.slice(1), options), 1);
  return analyzeBody(text, options);
}

function analyzeBody(text: string, options: AnalyzeOptions): FileAnalysis {
  const doc = makeDoc(text);
  const language = detectLanguage(doc);
  const boilerplate = findBoilerplate(doc, language, options.corpusBoilerplate);
  const meta = readMeta(doc, boilerplate);
  const skip = new Set(boilerplate.map((b) => b.line - 1));
  const isContent = (lineIndex: number): boolean => !skip.has(lineIndex);
  const quotes = findQuotes(doc, language, isContent);
  const numbers = findNumbers(doc, language, isContent);
  attachNumberSources(doc, language, quotes, numbers);
  return { language, meta, boilerplate, quotes, numbers };
}

function shiftOffsets(a: FileAnalysis, by: number): FileAnalysis {
  return {
    ...a,
    boilerplate: a.boilerplate.map((b) => ({ ...b, start: b.start + by, end: b.end + by })),
    quotes: a.quotes.map((q) => ({ ...q, start: q.start + by, end: q.end + by })),
    numbers: a.numbers.map((x) => ({ ...x, start: x.start + by, end: x.end + by })),
  };
}
