/**
 * When two quotations are the same: word 3-gram containment on normalised words (typography, case,
 * punctuation-proof; a truncated quote is contained in the longer one). Short or partial matches
 * also need corroboration: the same speaker, the same surrounding story, or syndicated files.
 */
import type { Quote } from '../types';
import { speakerKey, speakersAgree } from './speaker';
import { isStopword, isStopwordUnits, unitsFnv } from './stopwords';
import { FOLDED_WORDS, foldWords } from './wordScan';
import type { TextWords } from './context';
import {
  combine, type ContextSignature, foldedWordFnv, foldWord, hashString, mix, normaliseWords, runShingles, sortedSet, stem,
  unitsStem,
} from './text';
import { atEdgeRange, sharedRange } from './packed';
import type { QuoteNode } from './quoteNode';

export const QUOTE_SHINGLE = 3;
/** Context characters either side of a quote that describe its story. */
const CONTEXT_RADIUS = 250;
const NEAR_RADIUS = 80;
/** Shared words right around two copies of a short quote in syndicated files. */
const NEAR_MIN = 3;
/** Shared context stems that show two quotes sit in the same story. */
export const QUOTE_CONTEXT_MIN = 4;

/** A quote's comparable form, computed once per file (in a worker thread when indexing). */
export interface QuoteFeature {
  quote: Quote;
  words: number;
  /** Hash of the whole normalised word sequence. */
  seq: number;
  /** Hashes of the folded words, in order (short quotes are looked up inside longer ones). */
  run: Uint32Array;
  shingles: Uint32Array;
  /** Shingles with at least one informative word (inverted-index keys). */
  keys: number[];
  speaker: string[] | null;
  context: ContextSignature;
  /** The words right around the marks: syndicated copies of one quote share them. */
  near: ContextSignature;
}

export type { QuoteNode } from './quoteNode';

/** What `isShort` and `mayBeShort` read: a feature or a node. */
type Sized = Pick<QuoteFeature, 'words' | 'quote' | 'speaker'>;

/**
 * Builds the comparable form of a quote (words folded: case, accents, agreement); null for quotes
 * that cannot link: no word, or one short or function word ("non", « là »).
 */
export function makeQuoteFeature(quote: Quote, text: TextWords): QuoteFeature | null {
  const words = foldWords(quote.text) ? wordsFromUnits() : wordsFromStrings(quote.text);
  if (words === null) return null;
  // Each word is hashed once: the run, the shingles and the index keys all come from these hashes.
  const all = runShingles(words.run, QUOTE_SHINGLE);
  const [context, near] = text.signatures(quote.start, quote.end, CONTEXT_RADIUS, NEAR_RADIUS, words.own);
  return {
    quote,
    words: words.run.length,
    seq: words.seq,
    run: words.run,
    shingles: sortedSet(all),
    keys: informativeShingles(all, words.informative),
    speaker: speakerKey(quote.speaker),
    context,
    near,
  };
}

/** A quote's words: hashes of the folded words, of their sequence, stems, and which words are informative. */
interface QuoteWords {
  run: Uint32Array;
  seq: number;
  own: Set<string>;
  informative: Uint8Array;
}

/** The quote words from the folded units of FOLDED_WORDS (see `foldWords`), without making a string per word. */
function wordsFromUnits(): QuoteWords | null {
  const { units, starts, count } = FOLDED_WORDS;
  const informative = new Uint8Array(count);
  for (let w = 0; w < count; w++) {
    const len = starts[w + 1] - starts[w];
    informative[w] = len >= 4 && !isStopwordUnits(units, starts[w], len, unitsFnv(units, starts[w], len)) ? 1 : 0;
  }
  if (count === 0 || (count === 1 && informative[0] === 0)) return null;
  const run = new Uint32Array(count);
  const own = new Set<string>();
  let seq = 0x811c9dc5;
  for (let w = 0; w < count; w++) {
    const at = starts[w];
    const len = starts[w + 1] - at;
    run[w] = mix(foldedWordFnv(units, at, len, 0x811c9dc5));
    if (w > 0) seq = Math.imul(seq ^ 32, 0x01000193);
    seq = foldedWordFnv(units, at, len, seq);
    own.add(unitsStem(units, at, len));
  }
  return { run, seq: mix(seq), own, informative };
}

/** The quote words from the word strings (the definition; used when the text needs the reference normalisation). */
function wordsFromStrings(text: string): QuoteWords | null {
  const raw = normaliseWords(text);
  if (raw.length === 0 || (raw.length === 1 && (raw[0].length < 4 || isStopword(raw[0])))) return null;
  const words = raw.map(foldWord);
  const run = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) run[i] = hashString(words[i]);
  const informative = Uint8Array.from(raw, (w) => (w.length >= 4 && !isStopword(w) ? 1 : 0));
  return { run, seq: hashJoined(words), own: new Set(raw.map(stem)), informative };
}

/** Quotes of at most this many words may be short fragments, which link only as the same words. */
export const SHORT_MAX_WORDS = 4;

/**
 * Keys under which a quote node is filed in the inverted index: its shingles holding an informative
 * word (so "il y a" does not make every quote a candidate), or its whole text when there are none.
 * A short fragment ("gilets jaunes", in hundreds of files) is filed under its words with each word
 * of its speaker instead: it links only to the same words from the same speaker, or in a related
 * file (found through the related files, see `mayBeShort`), so no candidate is lost.
 */
export function quoteKeys(node: QuoteFeature): number[] {
  const keys = isShort(node) ? [] : node.keys.length > 0 ? [...node.keys] : [node.seq];
  if (node.words <= SHORT_MAX_WORDS) for (const w of node.speaker ?? []) keys.push(combine(node.seq, hashString(w)));
  return [...new Set(keys)];
}

/** True when the quote may be a short fragment: its links in related files are looked up there. */
export function mayBeShort(node: Sized): boolean {
  return node.words <= SHORT_MAX_WORDS;
}

/**
 * True when two quote nodes are the same quotation; `filesRelated` says the files share passages.
 * A short or scare-quoted fragment ("gilets jaunes") links only on the same words, from the same
 * speaker in the same story, or as the same passage of syndicated copies. A partial match of longer quotes also needs corroboration:
 * syndicated copies, the same speaker, or (one speaker named) a clearly shared story.
 */
export function quotesLinked(a: QuoteNode, b: QuoteNode, filesRelated: boolean): boolean {
  const storyShared = (): boolean => sameContext(a, b, QUOTE_CONTEXT_MIN);
  const named = a.speaker !== null || b.speaker !== null;
  if (isShort(a) || isShort(b)) {
    if (a.seq !== b.seq) return shortInside(a, b);
    if (filesRelated && nearShared(a, b) >= NEAR_MIN) return true;
    return speakersAgree(a.speaker, b.speaker) && storyShared();
  }
  if ((mayBeShort(a) || mayBeShort(b)) && a.seq !== b.seq) {
    // A few words inside a longer quote are the same quotation only from the same named speaker, or
    // at the same place of a syndicated copy; otherwise they are a shared phrase (« pour sauver notre
    // pays » as a headline, « grenade de désencerclement » in another speaker's sentence).
    if (shortInside(a, b)) return true;
    const samePlace = filesRelated && nearShared(a, b) >= NEAR_MIN;
    if (!speakersAgree(a.speaker, b.speaker) && !samePlace) return false;
  }
  const shared = sharedRange(a.sig, a.shinglesAt, a.keysAt, b.sig, b.shinglesAt, b.keysAt);
  if (shared === 0) return false;
  const fewer = Math.min(a.keysAt - a.shinglesAt, b.keysAt - b.shinglesAt);
  const containment = shared / fewer;
  if (shared >= 4 && containment >= 0.5) return true;
  const needed = fewer <= 4 ? 1 : 0.6;
  return containment >= needed && (filesRelated || speakersAgree(a.speaker, b.speaker) || (named && storyShared()));
}

/**
 * A short quote (≤ SHORT_MAX_WORDS words) that truncates a longer one of the same article from the
 * same named speaker: its first or last words (a title's « désarroi croissant » of the body's full
 * sentence). Only in one article and only at an edge: a name such as « gilets jaunes » sits inside
 * many quotes and would chain stories.
 */
function shortInside(a: QuoteNode, b: QuoteNode): boolean {
  const [small, big] = a.words <= b.words ? [a, b] : [b, a];
  if (small.words > SHORT_MAX_WORDS || small.words === big.words) return false;
  if (!atEdgeRange(big.sig, big.runAt, big.shinglesAt, small.sig, small.runAt, small.shinglesAt)) return false;
  if (!speakersAgree(small.speaker, big.speaker)) return false;
  return a.fileId === b.fileId;
}

/** Shared words right around the marks. */
function nearShared(a: QuoteNode, b: QuoteNode): number {
  return sharedRange(a.sig, a.nearWordsAt, a.endAt, b.sig, b.nearWordsAt, b.endAt);
}

/** `sameStory` on the paragraphs: a shared name and at least `min` shared words. */
function sameContext(a: QuoteNode, b: QuoteNode, min: number): boolean {
  return sharedRange(a.sig, a.ctxNamesAt, a.ctxWordsAt, b.sig, b.ctxNamesAt, b.ctxWordsAt) >= 1
    && sharedRange(a.sig, a.ctxWordsAt, a.nearWordsAt, b.sig, b.ctxWordsAt, b.nearWordsAt) >= min;
}

/** Two-word quotes, and unattributed scare-quoted fragments of up to four words. */
function isShort(n: Sized): boolean {
  return n.words < QUOTE_SHINGLE || (n.quote.fragment && n.speaker === null && n.words <= SHORT_MAX_WORDS);
}

/** `hashString(words.join(' '))` without building the joined string. */
function hashJoined(words: readonly string[]): number {
  let h = 0x811c9dc5;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) h = Math.imul(h ^ 32, 0x01000193);
    const s = words[w];
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return mix(h);
}

/** The shingle hashes `all` (of the folded words) holding an informative word (`informative`, per word). */
function informativeShingles(all: number[], informative: Uint8Array): number[] {
  const keys = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    for (let j = i; j < i + QUOTE_SHINGLE; j++) {
      if (informative[j] === 1) {
        keys.add(all[i]);
        break;
      }
    }
  }
  return keys.size > 0 ? [...keys] : all;
}
