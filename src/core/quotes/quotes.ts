/**
 * Direct quotations: balanced quote-mark spans inside each content paragraph, each marked as a
 * statement or a short embedded fragment, and attributed to its speaker.
 */
import type { Doc } from '../document';
import type { Language, Quote } from '../types';
import { buildAttributionIndex, type QuoteAttribution } from './attribution';
import { rememberIndex } from './numberSources';
import { findMarkSpans, type MarkSpan } from './marks';
import { isBlankChar, trimWith } from './tokens';
import { countWords, isLetterOrDigitCode } from './chars';

/** Quotes of at most this many words, embedded in the writer's sentence, are fragments. */
const FRAGMENT_MAX_WORDS = 6;
const TERMINAL = /[.!?…]$/u;

/** Balanced quote spans of the content lines, in document order (no attribution). */
export function findQuoteSpans(doc: Doc, isContent: (lineIndex: number) => boolean): MarkSpan[] {
  const out: MarkSpan[] = [];
  for (const line of doc.lines) {
    if (!isContent(line.index) || line.end <= line.start) continue;
    for (const s of findMarkSpans(doc.text, line.start, line.end)) if (hasLetterOrDigit(doc.text, s.start + 1, s.end - 1)) out.push(s);
  }
  return out;
}

/** `/[\p{L}\p{N}]/u.test(text.slice(from, to))` without the slice (astral letters: the regex on the pair). */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLetterOrDigitCode(c)) return true;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && ASTRAL_LETTER_DIGIT.test(text.slice(i, i + 2))) return true;
  }
  return false;
}
const ASTRAL_LETTER_DIGIT = /[\p{L}\p{N}]/u;

function wordCount(s: string): number {
  return countWords(s); // \s already holds \u00a0 and \u202f
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
  const terms = new TermCounter(doc.text);
  const texts = spans.map((s) => trimWith(doc.text.slice(s.start + 1, s.end - 1), isBlankChar));
  let repeated: Set<string> | null = null; // built on the first attributed fragment only
  return spans.map((s, k) => {
    const text = texts[k];
    const at = index.quotes.get(s.start) ?? { speaker: null, speakerRole: null, cue: null, standalone: false, afterComplementizer: false };
    const fragment = isFragment(text, at);
    if (fragment && at.speaker !== null) repeated ??= repeatedFragments(texts, spans.map((x) => index.quotes.get(x.start)?.speaker ?? null));
    const term = fragment && at.speaker !== null && (repeated!.has(termKey(text)) || terms.isTerm(text));
    return {
      start: s.start,
      end: s.end,
      text,
      speaker: term ? null : at.speaker,
      speakerRole: term ? null : at.speakerRole,
      cue: term ? null : at.cue,
      fragment,
    };
  });
}

/** A short phrase quoted this many times in one document is the writer's label ("gilets jaunes"), not anyone's words. */
const REPEAT_MIN = 3;
const REPEAT_MAX_WORDS = 3;

/** Lower-cased fragment text without trailing punctuation, the key for counting repeats. */
function termKey(text: string): string {
  let e = text.length;
  while (e > 0 && ',.;:!?'.includes(text[e - 1])) e--;
  return text.slice(0, e).toLowerCase();
}

/**
 * Keys of the short quoted phrases that occur at least REPEAT_MIN times among the document's quotes,
 * mostly without a speaker or given to several speakers: the writer's label. A phrase repeated with its speaker each time (a wire
 * story quoting "désarroi croissant" in every version) stays attributed.
 */
function repeatedFragments(texts: readonly string[], speakers: readonly (string | null)[]): Set<string> {
  const counts = new Map<string, { all: number; bare: number; speakers: Set<string> }>();
  texts.forEach((t, k) => {
    if (t.length > 60 || wordCount(t) > REPEAT_MAX_WORDS) return;
    const key = termKey(t);
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { all: 0, bare: 0, speakers: new Set() }));
    c.all++;
    const who = speakers[k];
    if (who === null) c.bare++;
    else c.speakers.add(who);
  });
  const out = new Set<string>();
  for (const [key, c] of counts) if (c.all >= REPEAT_MIN && ((c.bare >= 2 && 2 * c.bare >= c.all) || (c.bare >= 1 && c.speakers.size >= 2) || c.speakers.size >= 3)) out.add(key);
  return out;
}

/**
 * A fragment of a few words that the writer also uses without quotation marks elsewhere in the document
 * is the writer's term ("les « gilets jaunes »" … "le mouvement des gilets jaunes"), not someone's words.
 */
const TERM_MIN_WORDS = 2;
const TERM_MAX_WORDS = 2;
/** Unquoted occurrences needed: the writer uses the phrase as a plain term more than once. */
const TERM_BARE_MIN = 2;
/** Distinct fragments checked per document: each check is one linear scan. */
const TERM_CHECKS = 40;
/** "une grenade": a phrase opening with an article is a described thing, not a coined term. */
const ARTICLE_START = /^(?:un|une|le|la|les|des|du|the|a|an)\s/u;
const OPENING_MARKS = '«"“‘„‹”\'';

/** Decides, with a bounded number of linear scans, which short fragments are the writer's own terms. */
class TermCounter {
  private lower: string | null = null;
  private readonly seen = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  /** True when the fragment (two words) occurs at least twice in the document not preceded by a quotation mark. */
  isTerm(fragment: string): boolean {
    const key = fragment.toLowerCase();
    const words = wordCount(key);
    if (words < TERM_MIN_WORDS || words > TERM_MAX_WORDS || ARTICLE_START.test(key)) return false;
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    if (this.seen.size >= TERM_CHECKS) return false;
    this.lower ??= this.text.toLowerCase();
    let bare = 0;
    for (let at = this.lower.indexOf(key); at >= 0 && bare < TERM_BARE_MIN; at = this.lower.indexOf(key, at + key.length)) if (!quotedAt(this.lower, at)) bare++;
    this.seen.set(key, bare >= TERM_BARE_MIN);
    return bare >= TERM_BARE_MIN;
  }
}

/** True when the occurrence at `at` opens right after a quotation mark (blanks allowed in between). */
function quotedAt(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && at - p <= 3 && isBlankChar(text[p])) p--;
  return p >= 0 && OPENING_MARKS.includes(text[p]);
}
