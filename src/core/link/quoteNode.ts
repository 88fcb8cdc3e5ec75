/**
 * A quotation as the index keeps it: one record per quote, its word run, shingles, index keys,
 * paragraph names and words and nearby words in its file's packed array (see `packed.ts`). The
 * nearby names of a feature are never read once indexed, so they are not kept.
 */
import type { Quote } from '../types';
import type { PackedFeatures } from './features';
import type { Interner } from './intern';
import { Q_RUN, Q_SEQ, Q_WORDS, quoteRecord } from './packed';

export interface QuoteNode {
  readonly id: number;
  readonly fileId: number;
  /** Path of its file (group members carry it). */
  readonly path: string;
  readonly quote: Quote;
  readonly words: number;
  /** Hash of the whole normalised word sequence. */
  readonly seq: number;
  readonly speaker: string[] | null;
  /** Its file's packed sets: run | shingles | keys | context.names | context.words | near.words, back to back. */
  readonly sig: Uint32Array;
  readonly runAt: number;
  readonly shinglesAt: number;
  readonly keysAt: number;
  readonly ctxNamesAt: number;
  readonly ctxWordsAt: number;
  readonly nearWordsAt: number;
  readonly endAt: number;
  /** What the node contributes to a group, kept by `groupBuild` (a field, not a WeakMap: millions of entries stall on rehash). */
  view?: unknown;
}

/**
 * Places quote `i` of a file's packed features in an index: its sets and keys stay where they are
 * in the file's buffer (`f.sig`, adopted, not copied); the record's offsets are read from its header.
 */
export function quoteNode(f: PackedFeatures, i: number, id: number, fileId: number, path: string, strings?: Interner): QuoteNode {
  const sig = f.sig;
  const r = quoteRecord(i);
  const a = r + Q_RUN;
  const q = f.quotes[i];
  // Repeated names and cues are shared between claims (see `Interner`).
  const quote: Quote = strings
    ? { ...q, speaker: strings.str(q.speaker), speakerRole: strings.str(q.speakerRole), cue: strings.str(q.cue) }
    : q;
  const speaker = f.speakers[i];
  return {
    id, fileId, path, quote, words: sig[r + Q_WORDS], seq: sig[r + Q_SEQ], speaker: strings ? strings.words(speaker) : speaker, sig, runAt: sig[a],
    shinglesAt: sig[a + 1], keysAt: sig[a + 2], ctxNamesAt: sig[a + 3], ctxWordsAt: sig[a + 4], nearWordsAt: sig[a + 5], endAt: sig[a + 6], view: undefined,
  };
}

/** The node's inverted-index keys. */
export function nodeKeys(n: QuoteNode): Uint32Array {
  return n.sig.subarray(n.keysAt, n.ctxNamesAt);
}
