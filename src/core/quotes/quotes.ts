/**
 * Direct quotations: balanced quote-mark spans inside each content paragraph, each marked as a
 * statement or a short embedded fragment, and attributed to its speaker.
 */
import type { Doc } from '../document';
import type { Language, Quote } from '../types';
import { buildAttributionIndex, rememberIndex, type QuoteAttribution } from './attribution';
import { findMarkSpans, type MarkSpan } from './marks';
import { isBlankChar, trimWith } from './tokens';

/** Quotes of at most this many words, embedded in the writer's sentence, are fragments. */
const FRAGMENT_MAX_WORDS = 6;
const TERMINAL = /[.!?…]$/u;

/** Balanced quote spans of the content lines, in document order (no attribution). */
export function findQuoteSpans(doc: Doc, isContent: (lineIndex: number) => boolean): MarkSpan[] {
  const out: MarkSpan[] = [];
  for (const line of doc.lines) {
    if (!isContent(line.index) || line.end <= line.start) continue;
    for (const s of findMarkSpans(doc.text, line.start, line.end)) {
      const inner = trimWith(doc.text.slice(s.start + 1, s.end - 1), isBlankChar);
      if (/[\p{L}\p{N}]/u.test(inner)) out.push(s);
    }
  }
  return out;
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/[\s\u00a0\u202f]+/u)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** True for a short quoted word or phrase inside the writer's own sentence (scare quotes, names, slogans). */
export function isFragment(inner: string, at: Pick<QuoteAttribution, 'standalone' | 'afterComplementizer'>): boolean {
  const words = wordCount(inner);
  if (words > FRAGMENT_MAX_WORDS) return false;
  if (at.standalone) return false;
  if (TERMINAL.test(inner) && words > 1) return false;
  if (at.afterComplementizer && words >= 3) return false;
  return true;
}

/** Finds direct quotations in content lines and attributes each to its speaker. */
export function findQuotes(doc: Doc, language: Language | null, isContent: (lineIndex: number) => boolean): Quote[] {
  const spans = findQuoteSpans(doc, isContent);
  const index = buildAttributionIndex(doc, language, spans, isContent);
  rememberIndex(doc, language, spans, index);
  return spans.map((s) => {
    const text = trimWith(doc.text.slice(s.start + 1, s.end - 1), isBlankChar);
    const at = index.quotes.get(s.start) ?? { speaker: null, speakerRole: null, cue: null, standalone: false, afterComplementizer: false };
    return {
      start: s.start,
      end: s.end,
      text,
      speaker: at.speaker,
      speakerRole: at.speakerRole,
      cue: at.cue,
      fragment: isFragment(text, at),
    };
  });
}
