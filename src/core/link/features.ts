/**
 * Per-file link features: everything the cross-file index needs from one dump (fingerprints,
 * normalised quote shingles, context signatures of every claim), computed from the text and its
 * analysis alone, so analysis workers compute it beside the analysis and the main thread only
 * updates the index. Two forms: `FeatureSet` (an object per claim, as computed) and
 * `PackedFeatures` (one flat buffer plus the claims' objects), which is what crosses threads and
 * what the index adopts as the file's storage (see `packFeatures`).
 */
import type { FileAnalysis, NumberClaim, Quote } from '../types';
import { TextWords } from './context';
import { indexKeys } from './fingerprint';
import { makeNumberFeature, type NumberFeature } from './numberMatch';
import { N_NAMES, N_TITLE, numberRecord, Q_RUN, Q_SEQ, Q_WORDS, quoteRecord } from './packed';
import { makeQuoteFeature, quoteKeys, type QuoteFeature } from './quoteMatch';

/** Either form: `ClaimIndex.upsertFeatures` takes both (a `FeatureSet` is packed first). */
export type LinkFeatures = FeatureSet | PackedFeatures;

/** The features as computed: one object per claim, its sets as separate arrays. */
export interface FeatureSet {
  published: string | null;
  /** Winnowed fingerprints of the content text (sorted set). */
  fps: Uint32Array;
  quotes: QuoteFeature[];
  numbers: NumberFeature[];
}

/**
 * A file's features as one Uint32Array (`sig`, layout in `packed.ts`: a header of offsets and
 * scalars, then fingerprints, their index keys and every claim's sets back to back) plus the few
 * objects the index keeps (quotes, claims, speakers, heads). Crossing threads, only `sig`'s buffer
 * (transferred) and two views on it are cloned per file, never one view per set; the index keeps
 * `sig` as is, with no copy.
 */
export interface PackedFeatures {
  packed: true;
  published: string | null;
  sig: Uint32Array<ArrayBuffer>;
  /** The fingerprints (a view on `sig`). */
  fps: Uint32Array;
  quotes: Quote[];
  /** Each quote's speaker key (see `speakerKey`). */
  speakers: Array<string[] | null>;
  numbers: NumberClaim[];
  /** Each claim's unit head (see `unitHead`). */
  heads: string[];
}

/** The link features of one analysed dump (its text is not kept). */
export function linkFeatures(text: string, analysis: FileAnalysis): FeatureSet {
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

/** `f` packed (see `PackedFeatures`); packed features are returned as they are. */
export function asPacked(f: LinkFeatures): PackedFeatures {
  return 'packed' in f ? f : packFeatures(f);
}

/**
 * Packs a feature set in one buffer, with the index keys of the file and of each quote (computed
 * here, so a worker does it, not the thread that links). One copy of every set, in the order the
 * index used to copy them in: run | shingles | keys | context names | context words | near words
 * per quote; near names | near words | context names | context words per number.
 */
export function packFeatures(f: FeatureSet): PackedFeatures {
  const fpKeys = indexKeys(f.fps);
  const keys = f.quotes.map((q) => quoteKeys(q));
  const nq = f.quotes.length;
  let size = numberRecord(nq, f.numbers.length) + f.fps.length + fpKeys.length;
  f.quotes.forEach((q, i) => {
    size += q.run.length + q.shingles.length + keys[i].length + q.context.names.length + q.context.words.length + q.near.words.length;
  });
  for (const n of f.numbers) size += n.near.names.length + n.near.words.length + n.context.names.length + n.context.words.length;
  const sig = new Uint32Array(size);
  let at = numberRecord(nq, f.numbers.length);
  /** Appends `a`, recording where it started at `sig[slot]`. */
  const put = (slot: number, a: ArrayLike<number>): void => {
    sig[slot] = at;
    sig.set(a, at);
    at += a.length;
  };
  put(0, f.fps);
  put(1, fpKeys);
  sig[2] = at;
  f.quotes.forEach((q, i) => {
    const r = quoteRecord(i);
    sig[r + Q_WORDS] = q.words;
    sig[r + Q_SEQ] = q.seq;
    const parts = [q.run, q.shingles, keys[i], q.context.names, q.context.words, q.near.words];
    for (let k = 0; k < parts.length; k++) put(r + Q_RUN + k, parts[k]);
    sig[r + Q_RUN + parts.length] = at;
  });
  f.numbers.forEach((n, j) => {
    const r = numberRecord(nq, j);
    sig[r + N_TITLE] = n.inTitle ? 1 : 0;
    const parts = [n.near.names, n.near.words, n.context.names, n.context.words];
    for (let k = 0; k < parts.length; k++) put(r + N_NAMES + k, parts[k]);
    sig[r + N_NAMES + parts.length] = at;
  });
  return {
    packed: true, published: f.published, sig, fps: sig.subarray(sig[0], sig[1]),
    quotes: f.quotes.map((q) => q.quote), speakers: f.quotes.map((q) => q.speaker),
    numbers: f.numbers.map((n) => n.claim), heads: f.numbers.map((n) => n.head),
  };
}

/**
 * True when `f`'s header and claim records describe ranges that lie, in order, inside `sig` and its
 * object lists match the records (a packed entry read back from a cache is checked before the index
 * trusts its offsets: a damaged one is a miss, never a wrong link or an out-of-range read).
 */
export function packedSound(f: PackedFeatures): boolean {
  const { sig } = f;
  if (!(sig instanceof Uint32Array) || !Array.isArray(f.quotes) || !Array.isArray(f.numbers)) return false;
  if (!Array.isArray(f.speakers) || !Array.isArray(f.heads) || f.speakers.length !== f.quotes.length || f.heads.length !== f.numbers.length) return false;
  const nq = f.quotes.length;
  const body = numberRecord(nq, f.numbers.length);
  if (sig.length < body || !ascending(sig, 0, 3, body, sig.length)) return false;
  let at = sig[2];
  for (let i = 0; i < nq; i++) {
    const r = quoteRecord(i) + Q_RUN;
    if (!ascending(sig, r, r + 7, at, sig.length)) return false;
    at = sig[r + 6];
  }
  for (let j = 0; j < f.numbers.length; j++) {
    const r = numberRecord(nq, j) + N_NAMES;
    if (!ascending(sig, r, r + 5, at, sig.length)) return false;
    at = sig[r + 4];
  }
  return true;
}

/** `sig[from..to)` never decreases, starts at `min` or later and ends at `max` or earlier. */
function ascending(sig: Uint32Array, from: number, to: number, min: number, max: number): boolean {
  let prev = min;
  for (let k = from; k < to; k++) {
    if (sig[k] < prev || sig[k] > max) return false;
    prev = sig[k];
  }
  return true;
}

