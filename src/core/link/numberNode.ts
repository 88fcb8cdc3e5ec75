/**
 * A numeric claim as the index keeps it: one compact record per claim, its four context sets
 * (clause names and words, paragraph names and words) packed in one typed array, the head interned
 * as an integer. Every link test reads only this record, so testing a pair touches few objects.
 */
import type { NumberClaim } from '../types';
import type { Interner } from './intern';
import { claimInterval, type Interval } from './interval';
import type { PackedFeatures } from './features';
import { N_NAMES, N_TITLE, numberRecord, sharedRange } from './packed';

export interface NumberNode {
  readonly id: number;
  readonly fileId: number;
  /** Path of its file (group members carry it). */
  readonly path: string;
  readonly claim: NumberClaim;
  readonly head: string;
  /** The head interned per index (compared instead of the string). */
  readonly hid: number;
  /** |value|. */
  readonly abs: number;
  /** Generic head (ages, shares, no unit): linked only in one article or between syndicated copies. */
  readonly generic: boolean;
  /** The values the claim accepts (see `claimInterval`). */
  readonly interval: Interval;
  /** The claim sits in the article's title line. */
  readonly inTitle: boolean;
  /** Its file's packed sets: near.names, near.words, context.names, context.words lie back to back. */
  readonly sig: Uint32Array;
  /** Where near.names, near.words, context.names and context.words start in `sig`, and where they end. */
  readonly namesAt: number;
  readonly nearWords: number;
  readonly ctxNames: number;
  readonly ctxWords: number;
  readonly end: number;
  /** What the node contributes to a group, kept by `groupBuild` (a field, not a WeakMap: millions of entries stall on rehash). */
  view?: unknown;
}

/**
 * Places claim `j` of a file's packed features in an index: its sets stay where they are in the
 * file's buffer (`f.sig`, adopted, not copied); the record's offsets are read from its header.
 */
export function numberNode(
  f: PackedFeatures, j: number, id: number, fileId: number, path: string, hid: number, generic: boolean, strings?: Interner,
): NumberNode {
  const sig = f.sig;
  const r = numberRecord(f.quotes.length, j);
  const a = r + N_NAMES;
  const claim = f.numbers[j];
  const head = f.heads[j];
  return {
    id, fileId, path, claim: strings ? sharedClaim(claim, strings) : claim, head: strings ? strings.str(head) : head, hid, abs: Math.abs(claim.value), generic, interval: claimInterval(claim.value, claim.qualifier), inTitle: sig[r + N_TITLE] !== 0,
    sig, namesAt: sig[a], nearWords: sig[a + 1], ctxNames: sig[a + 2], ctxWords: sig[a + 3], end: sig[a + 4], view: undefined,
  };
}

/** Shared clause words. */
export function nearWordsShared(a: NumberNode, b: NumberNode): number {
  return sharedRange(a.sig, a.nearWords, a.ctxNames, b.sig, b.nearWords, b.ctxNames);
}

/** `sameStory` on the clauses: a shared name and at least `min` shared words. */
export function sameClause(a: NumberNode, b: NumberNode, min: number): boolean {
  return sharedRange(a.sig, a.namesAt, a.nearWords, b.sig, b.namesAt, b.nearWords) >= 1 && nearWordsShared(a, b) >= min;
}

/** `sameStory` on the paragraphs: a shared name and at least `min` shared words. */
export function sameParagraph(a: NumberNode, b: NumberNode, min: number): boolean {
  return sharedRange(a.sig, a.ctxNames, a.ctxWords, b.sig, b.ctxNames, b.ctxWords) >= 1
    && sharedRange(a.sig, a.ctxWords, a.end, b.sig, b.ctxWords, b.end) >= min;
}

/** The clause names of a node (inverted-index keys are built from them). */
export function clauseNames(n: NumberNode): Uint32Array {
  return n.sig.subarray(n.namesAt, n.nearWords);
}

/** A copy of a claim whose repeated strings are the shared copies (same fields, same values). */
function sharedClaim(c: NumberClaim, strings: Interner): NumberClaim {
  const out: NumberClaim = { ...c, qualifier: strings.str(c.qualifier), unit: strings.str(c.unit) };
  if (c.source !== undefined) out.source = strings.str(c.source);
  return out;
}
