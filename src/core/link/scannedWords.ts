/**
 * The word scan under `TextWords` (context.ts): one pass over a text's code units keeps its
 * informative raw words (their spans, stem hashes and whether each is a name) and hashes the
 * normalised words of its content parts for the fingerprints. Separate from the signatures, which
 * only read the words kept here: this is the per-character loop, that the per-claim bitset work.
 * A base class rather than a helper object, so both halves read the same fields of the one shared
 * table directly (no extra load or call per word).
 */
import type { BoilerplateLine } from '../types';
import { contentFingerprints, contentParts, INSIDE, PartCursor, STRADDLES, wordFingerprints } from './fingerprint';
import { foldedScratch, foldedWordInfo, HAS_INFO, mix, NEEDS_REFERENCE, SCANNED, wordInfo } from './text';
import {
  COMPLEX, foldClass, foldMulti, foldUnit, JOINT_LETTER, JOINT_MARK, JOINT_OTHER, JOINT_SPACE, jointClass, rawPairLength, rawUnitClass,
  REMOVED, SEP, WORD1, WORDN,
} from './wordScan';

/** The informative words of the text last scanned, and the hashes of its content words (in NORM). */
export class ScannedWords {
  protected text = '';
  protected boilerplate: readonly BoilerplateLine[] = [];
  /** The content words' hashes are the first `normCount` of NORM, unless a unit needs the reference. */
  private normCount = 0;
  private normOk = true;
  protected count = 0;
  protected starts = new Int32Array(1024);
  protected ends = new Int32Array(1024);
  /** Per informative word, in text order: the hash of its stem, and 1 for a name. */
  protected hashes = new Uint32Array(1024);
  protected names = new Uint8Array(1024);

  /**
   * One pass over the text: its raw words (the informative ones are kept) and the hashes of the
   * normalised words of its content parts (for the fingerprints), read from the same code units.
   */
  protected load(text: string, boilerplate: readonly BoilerplateLine[]): void {
    this.text = text;
    this.boilerplate = boilerplate;
    this.count = 0;
    const parts = contentParts(text, boilerplate);
    if (!this.readPlain(parts)) this.read(parts);
  }

  /**
   * The scan of a plain text, where raw and normalised words are the same words (letters, digits,
   * combining accents and separators only, no word across a content part's edge): one hash per
   * word serves both. False, with nothing kept, on any other text (`read` handles it).
   */
  private readPlain(parts: readonly number[]): boolean {
    const text = this.text;
    const n = text.length;
    const units = foldedScratch(n);
    const content = new PartCursor(parts);
    let start = -1;
    let len = 0;
    let hash = 0;
    let first = -1;
    let normCount = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      const k = jointClass(c);
      if (k === JOINT_LETTER) {
        if (start < 0) {
          start = i;
          len = 0;
          hash = 0x811c9dc5;
          first = -1;
        }
        const u = foldUnit(c);
        if (first < 0) first = c;
        units[len++] = u;
        hash = Math.imul(hash ^ u, 0x01000193);
      } else if (k === JOINT_SPACE) {
        if (start < 0) continue;
        const where = content.place(start, i);
        if (where === STRADDLES) return this.restart();
        if (where === INSIDE && len > 0) NORM = pushed(NORM, normCount++, mix(hash));
        this.endRawWord(start, i, len, hash, first, false);
        start = -1;
      } else if (k === JOINT_MARK) {
        if (start < 0) {
          start = i;
          len = 0;
          hash = 0x811c9dc5;
          first = -1;
        }
      } else return this.restart();
    }
    this.normCount = normCount;
    this.normOk = true;
    return true;
  }

  private restart(): false {
    this.count = 0;
    return false;
  }

  /**
   * The scan's loop. Its state is in locals (hashes in object fields would be boxed): the raw word
   * being read from `rawStart` (its folded units, their hash, its first letter, whether it needs
   * the reference) and the normalised word being hashed inside the content parts.
   */
  private read(parts: readonly number[]): void {
    const text = this.text;
    const n = text.length;
    const units = foldedScratch(n);
    let rawStart = -1;
    let rawN = 0;
    let rawHash = 0;
    let first = -1;
    let reference = false;
    let pendingLow = false;
    let part = -2;
    let boundary = parts.length > 0 ? parts[0] : Infinity;
    let inPart = false;
    let inNorm = false;
    let normHash = 0;
    let normCount = 0;
    let normOk = true;
    for (let i = 0; i < n; i++) {
      while (i >= boundary) {
        // Entering or leaving a content part (a part's end ends a normalised word).
        if (inPart && inNorm) NORM = pushed(NORM, normCount++, mix(normHash));
        inNorm = false;
        inPart = !inPart;
        if (!inPart) part += 2;
        boundary = inPart ? parts[part + 3] : part + 2 < parts.length ? parts[part + 2] : Infinity;
      }
      const c = text.charCodeAt(i);
      const k = jointClass(c);
      let fold = k === JOINT_SPACE ? SEP : WORD1;
      let rawChar = k === JOINT_LETTER;
      if (k === JOINT_OTHER || k === JOINT_MARK) {
        fold = foldClass(c);
        if (pendingLow) {
          // The low half of a surrogate pair holding a word character.
          rawChar = true;
          pendingLow = false;
        } else {
          const raw = rawUnitClass(c);
          pendingLow = raw === 3 && rawPairLength(text, i) === 2;
          rawChar = raw === 2 || pendingLow;
        }
      }
      if (rawChar) {
        if (rawStart < 0) {
          rawStart = i;
          rawN = 0;
          rawHash = 0x811c9dc5;
          first = -1;
          reference = false;
        }
        if (fold === WORD1) {
          const u = foldUnit(c);
          if (first < 0) first = c;
          units[rawN++] = u;
          rawHash = Math.imul(rawHash ^ u, 0x01000193);
        } else if (fold !== REMOVED) reference = true;
      } else if (rawStart >= 0) {
        this.endRawWord(rawStart, i, rawN, rawHash, first, reference);
        rawStart = -1;
      }
      if (!inPart || !normOk) continue;
      if (fold === WORD1 || fold === WORDN) {
        if (!inNorm) normHash = 0x811c9dc5;
        inNorm = true;
        if (fold === WORD1) normHash = Math.imul(normHash ^ foldUnit(c), 0x01000193);
        else for (const u of foldMulti(c)) normHash = Math.imul(normHash ^ u.charCodeAt(0), 0x01000193);
      } else if (fold === SEP && inNorm) {
        NORM = pushed(NORM, normCount++, mix(normHash));
        inNorm = false;
      } else if (fold === COMPLEX) normOk = false;
    }
    if (rawStart >= 0) this.endRawWord(rawStart, n, rawN, rawHash, first, reference);
    if (inPart && inNorm) NORM = pushed(NORM, normCount++, mix(normHash));
    this.normCount = normCount;
    this.normOk = normOk;
  }

  /** The fingerprints of the content words found by the last scan. */
  fingerprints(): Uint32Array {
    if (!this.normOk) return contentFingerprints(this.text, this.boilerplate);
    return wordFingerprints(NORM, this.normCount);
  }

  /** Keeps the raw word [start, end) when it carries info (its folded form: the first `n` scratch units). */
  private endRawWord(start: number, end: number, n: number, hash: number, first: number, reference: boolean): void {
    if (end - start < 4) return;
    const k = reference ? NEEDS_REFERENCE : foldedWordInfo(foldedScratch(0), n, hash, first);
    if (k === HAS_INFO) this.push(start, end, SCANNED.hash, SCANNED.name);
    else if (k === NEEDS_REFERENCE) {
      const info = wordInfo(this.text.slice(start, end));
      if (info) this.push(start, end, info.hash, info.name);
    }
  }

  private push(start: number, end: number, hash: number, name: boolean): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.hashes[i] = hash;
    this.names[i] = name ? 1 : 0;
  }

  /** Doubles the word arrays (a subclass sizing arrays by the word count extends this). */
  protected grow(): void {
    const n = this.count * 2;
    this.starts = copied(new Int32Array(n), this.starts);
    this.ends = copied(new Int32Array(n), this.ends);
    this.hashes = copied(new Uint32Array(n), this.hashes);
    this.names = copied(new Uint8Array(n), this.names);
  }
}

let NORM: Uint32Array<ArrayBuffer> = new Uint32Array(1024);

/** `into` (or a copy twice as large when full) with `value` at index `at`. */
function pushed(into: Uint32Array<ArrayBuffer>, at: number, value: number): Uint32Array<ArrayBuffer> {
  let a = into;
  if (at === a.length) {
    a = new Uint32Array(at * 2);
    a.set(into);
  }
  a[at] = value;
  return a;
}

function copied<T extends Int32Array | Uint32Array | Uint8Array>(into: T, from: T): T {
  into.set(from);
  return into;
}
