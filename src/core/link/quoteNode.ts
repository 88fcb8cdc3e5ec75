/**
 * A quotation as the index keeps it: one record per quote, its word run, shingles, index keys,
 * paragraph names and words and nearby words packed in one typed array (see `packed.ts`). The
 * nearby names of a feature are never read once indexed, so they are not kept.
 */
import type { Quote } from '../types';
import type { Interner } from './intern';
import { lengthOf, type Packer } from './packed';

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
}

/** What a quote feature holds that the index keeps (see `QuoteFeature`). */
export interface QuoteParts {
  quote: Quote;
  words: number;
  seq: number;
  run: Uint32Array;
  shingles: Uint32Array;
  speaker: string[] | null;
  context: { words: Uint32Array; names: Uint32Array };
  near: { words: Uint32Array };
}

function parts(f: QuoteParts, keys: readonly number[]): Array<ArrayLike<number>> {
  return [f.run, f.shingles, keys, f.context.names, f.context.words, f.near.words];
}

/** Length of a quote's sets and keys once packed. */
export function quoteSigLength(f: QuoteParts, keys: readonly number[]): number {
  return lengthOf(parts(f, keys));
}

/** Places a quote in an index with its inverted-index keys (see `quoteKeys`), packed in the file's array. */
export function quoteNode(
  f: QuoteParts, id: number, fileId: number, path: string, keys: readonly number[], packer: Packer, strings?: Interner,
): QuoteNode {
  const at = packer.put(parts(f, keys));
  const q = f.quote;
  // Repeated names and cues are shared between claims (see `Interner`).
  const quote: Quote = strings
    ? { ...q, speaker: strings.str(q.speaker), speakerRole: strings.str(q.speakerRole), cue: strings.str(q.cue) }
    : q;
  return {
    id, fileId, path, quote, words: f.words, seq: f.seq, speaker: strings ? strings.words(f.speaker) : f.speaker, sig: packer.sig, runAt: at[0],
    shinglesAt: at[1], keysAt: at[2], ctxNamesAt: at[3], ctxWordsAt: at[4], nearWordsAt: at[5], endAt: at[6],
  };
}

/** The node's inverted-index keys. */
export function nodeKeys(n: QuoteNode): Uint32Array {
  return n.sig.subarray(n.keysAt, n.ctxNamesAt);
}
