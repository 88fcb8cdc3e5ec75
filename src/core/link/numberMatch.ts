/**
 * When two numeric claims count the same thing: the same unit head (lightly lemmatised), values of
 * the same order (ratio within MAX_RATIO), and the same story told around them: shared words and
 * names both in the paragraph and in the claim's own clause. One file's claims link only when their
 * figures are compatible (two different percentages in one article are two quantities).
 */
import type { NumberClaim } from '../types';
import { claimInterval, haveCommonPoint, ROUNDING } from './interval';
import { speakerKey } from './speaker';
import type { TextWords } from './context';
import { combine, type ContextSignature, countShared, hashString, normaliseWords, sameStory, singular, stem } from './text';

export const MAX_RATIO = 2;
const WIDE_RADIUS = 250;
const NEAR_RADIUS = 80;
/** Shared paragraph stems that show two claims sit in the same story. */
export const NUMBER_CONTEXT_MIN = 4;
/** Shared clause stems (words right around the figure) that show the same thing is counted. */
export const NUMBER_NEAR_MIN = 2;

/** Heads that count generic things (ages, durations, shares): linked only as the same figure in syndicated copies. */
const GENERIC = new Set([
  'an', 'ans', 'annee', 'moi', 'mois', 'semaine', 'jour', 'heure', 'minute', 'seconde', 'fois', '%', 'euro', 'dollar',
  'year', 'month', 'week', 'day', 'hour', 'time', 'percent', 'kilometre', 'km', 'metre', 'mile',
]);

const LEADING = new Set(['de', 'd', 'des', 'du', 'of', 'the', 'les', 'la', 'le', 'l']);

/** A numeric claim's comparable form, computed once per file (in a worker thread when indexing). */
export interface NumberFeature {
  claim: NumberClaim;
  head: string;
  speaker: string[] | null;
  context: ContextSignature;
  near: ContextSignature;
}

/** A number feature placed in the index: its node id and its file's id. */
export interface NumberNode extends NumberFeature {
  id: number;
  fileId: number;
}

/** The normalised head of what is counted ("soldats nord-coréens" → "soldat"); "%" for bare percentages. */
export function unitHead(claim: NumberClaim): string | null {
  const words = normaliseWords(claim.unit ?? '').filter((w) => !LEADING.has(w) && !/^\d/.test(w));
  const head = words.length > 0 ? singular(words[0]) : null;
  if (claim.percent) return head ? '%' + head : '%';
  return head;
}

/** Builds the comparable form of a claim; null when nothing is counted. */
export function makeNumberFeature(claim: NumberClaim, text: TextWords): NumberFeature | null {
  const head = unitHead(claim);
  if (head === null || !Number.isFinite(claim.value)) return null;
  const exclude = new Set([stem(head)]);
  const unit = ' ' + (claim.unit ?? '');
  return {
    claim, head, speaker: speakerKey(claim.source),
    context: text.signature(claim.start, claim.end, WIDE_RADIUS, exclude, unit),
    near: text.signature(claim.start, claim.end, NEAR_RADIUS, exclude, unit),
  };
}

/** Index bucket of a value: claims within MAX_RATIO of each other fall in the same or adjacent buckets. */
export function valueBucket(value: number): number {
  const v = Math.abs(value);
  return v < 1 ? -1 : Math.floor(Math.log2(v));
}

/** True for heads that count generic things: linked across files only between syndicated copies. */
export function isGenericHead(head: string): boolean {
  return GENERIC.has(head) || head.startsWith('%');
}

/**
 * Index keys of a claim in bucket `bucket`: head, magnitude and one name of its clause. Every link
 * needs a shared clause name (`sameStory` on `near`) except generic claims of syndicated copies,
 * which are found through the related files instead; so no candidate is lost, and a common head
 * ("personnes") does not make every claim of the corpus a candidate.
 */
export function numberKeys(node: NumberFeature, bucket: number): number[] {
  const base = combine(hashString(node.head), bucket >>> 0);
  return Array.from(node.near.names, (name) => combine(base, name));
}

/** True when the two claims' figures can both be right (qualifier intervals overlap). */
export function figuresCompatible(a: NumberNode, b: NumberNode): boolean {
  return haveCommonPoint([claimInterval(a.claim.value, a.claim.qualifier), claimInterval(b.claim.value, b.claim.qualifier)]);
}

/** True when two claims count the same quantity about the same thing; `filesRelated`: syndicated files. */
export function numbersLinked(a: NumberNode, b: NumberNode, filesRelated: boolean): boolean {
  if (a.head !== b.head) return false;
  const x = Math.abs(a.claim.value);
  const y = Math.abs(b.claim.value);
  if (Math.max(x, y) > MAX_RATIO * Math.min(x, y)) return false;
  if (a.fileId === b.fileId) return figuresCompatible(a, b) && sameStory(a.near, b.near, NUMBER_NEAR_MIN);
  if (isGenericHead(a.head)) {
    const same = Math.abs(x - y) <= ROUNDING * Math.max(x, y) && a.claim.qualifier === b.claim.qualifier;
    return filesRelated && same && countShared(a.near.words, b.near.words) >= NUMBER_NEAR_MIN + 1;
  }
  const nearOk = sameStory(a.near, b.near, NUMBER_NEAR_MIN);
  return nearOk && (filesRelated || sameStory(a.context, b.context, NUMBER_CONTEXT_MIN));
}
