/**
 * The file level of the `ClaimIndex`: what it keeps per file, and which files are the same article
 * or share long passages (syndicated copies), found by probing a new file's fingerprints against
 * the files filed under its index keys. Separate from claim linking: it works on whole files'
 * fingerprints, once per file, and only its result (each record's `related` map) is read by the
 * claim links (short fragments, numbers of related files).
 */
import type { DuplicatePair } from '../types';
import { fileCandidates, type LinkStats } from './candidates';
import type { FingerprintProbe } from './fpProbe';
import { cmp } from './groupOrder';
import type { IdTable } from './idTable';
import type { NumberNode } from './numberNode';
import type { IdPostings } from './postings';
import { sortInSteps } from '../sortSteps';
import type { QuoteNode } from './quoteNode';

/** Shared fingerprints (≈ 4.5 words each) from which two files share a long passage. */
export const DUPLICATE_MIN_SHARED = 12;
/** Share of the smaller file's fingerprints from which two short files are the same text. */
export const DUPLICATE_MIN_CONTAINMENT = 0.8;

/** True when two files with `shared` common fingerprints (smaller file: `minSize`) share passages. */
export function isDuplicate(shared: number, minSize: number): boolean {
  return shared >= DUPLICATE_MIN_SHARED || (shared >= 3 && shared >= DUPLICATE_MIN_CONTAINMENT * minSize);
}

/** What the index keeps of one file: its fingerprints and claims, never its text. */
export interface FileRecord {
  id: number;
  path: string;
  published: string | null;
  fps: Uint32Array;
  /** Its fingerprints filed in `fpIndex` (a typed array: 4 bytes per key). */
  keys: Uint32Array;
  quotes: QuoteNode[];
  /** Quotes of at most SHORT_MAX_WORDS words (looked up inside longer quotes of related files). */
  shortQuotes: QuoteNode[];
  /** Its numbers (claims of related files and of the file itself are looked up here, by head or value). */
  numbers: NumberNode[];
  /** Files sharing passages with this one → similarity. */
  related: Map<number, number>;
}

/**
 * Relates a new file to the indexed files sharing passages with it (both ways), then files its
 * keys in `fpIndex`; `probe` counts the shared fingerprints.
 */
export function linkFile(rec: FileRecord, fpIndex: IdPostings, byId: IdTable<FileRecord>, probe: FingerprintProbe, counters: LinkStats): void {
  probe.load(rec.fps);
  for (const otherId of fileCandidates(fpIndex, rec.keys, counters)) {
    const other = byId.get(otherId);
    if (!other) continue;
    counters.comparisons++;
    const shared = probe.count(other.fps);
    const minSize = Math.min(rec.fps.length, other.fps.length);
    if (!isDuplicate(shared, minSize)) continue;
    const similarity = Math.round((shared / minSize) * 1000) / 1000;
    rec.related.set(otherId, similarity);
    other.related.set(rec.id, similarity);
  }
  probe.clear();
  for (const k of rec.keys) fpIndex.add(k, rec.id);
}

/** Undoes `linkFile`: takes the file's keys out of `fpIndex` and it out of its related files. */
export function unlinkFile(rec: FileRecord, fpIndex: IdPostings, byId: IdTable<FileRecord>): void {
  for (const k of rec.keys) fpIndex.delete(k, rec.id);
  for (const other of rec.related.keys()) byId.get(other)?.related.delete(rec.id);
}

/** Files visited between two pauses of `duplicatePairsInSteps`. */
const FILES_PER_STEP = 512;

/** Every related pair of `files` once, most similar first, then by paths. */
export function duplicatePairs(files: Iterable<FileRecord>, byId: IdTable<FileRecord>): DuplicatePair[] {
  const out: DuplicatePair[] = [];
  for (const rec of files) collectPairs(rec, byId, out);
  return out.sort(pairOrder);
}

/**
 * `duplicatePairs` as short steps for a UI thread (at 100,000 files the pairs number tens of
 * thousands and collecting and sorting them in one go blocks for hundreds of milliseconds). Same
 * list in the same order: the order is total and `sortInSteps` is stable. The files must not change
 * while the steps run (the caller restarts them if they did).
 */
export function* duplicatePairsInSteps(files: Iterable<FileRecord>, byId: IdTable<FileRecord>): Generator<void, DuplicatePair[], void> {
  const out: DuplicatePair[] = [];
  let n = 0;
  for (const rec of files) {
    collectPairs(rec, byId, out);
    if (++n % FILES_PER_STEP === 0) yield;
  }
  return yield* sortInSteps(out, pairOrder);
}

function collectPairs(rec: FileRecord, byId: IdTable<FileRecord>, out: DuplicatePair[]): void {
  for (const [otherId, similarity] of rec.related) {
    const other = byId.get(otherId);
    if (!other || other.path <= rec.path) continue;
    out.push({ paths: [rec.path, other.path], similarity, origin: origin(rec, other) });
  }
}

/** Most similar first, then by the two paths. */
function pairOrder(a: DuplicatePair, b: DuplicatePair): number {
  return b.similarity - a.similarity || cmp(a.paths[0], b.paths[0]) || cmp(a.paths[1], b.paths[1]);
}

/** The earlier-published file of a pair, or null when a date is missing or they tie. */
function origin(a: FileRecord, b: FileRecord): string | null {
  if (!a.published || !b.published || a.published === b.published) return null;
  return a.published < b.published ? a.path : b.path;
}
