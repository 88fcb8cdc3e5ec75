/**
 * When two numeric claims count the same thing: the same unit head (lightly lemmatised), values of
 * the same order (ratio within MAX_RATIO), and the same story told around them: shared words and
 * names both in the paragraph and in the claim's own clause. One file's claims link only when their
 * figures are compatible (two different percentages in one article are two quantities).
 */
import type { NumberClaim } from '../types';
import { meet, ROUNDING } from './interval';
import { speakerKey } from './speaker';
import type { TextWords } from './context';
import { combine, type ContextSignature, hashString, normaliseWords, singular, stem } from './text';
import { clauseNames, nearWordsShared, type NumberNode, sameClause, sameParagraph } from './numberNode';

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
  /** The claim sits in the article's title line (titles rephrase the body's figures). */
  inTitle: boolean;
  speaker: string[] | null;
  context: ContextSignature;
  near: ContextSignature;
}

export type { NumberNode } from './numberNode';

/** The normalised head of what is counted ("soldats nord-coréens" → "soldat"); "%" for bare percentages. */
export function unitHead(claim: NumberClaim): string | null {
  const words = normaliseWords(claim.unit ?? '').filter((w) => !LEADING.has(w) && !/^\d/.test(w));
  const head = words.length > 0 ? singular(words[0]) : null;
  if (claim.percent) return head ? '%' + head : '%';
  return head;
}

/** The head of claims without a unit ("6.000 selon la police"): they link only between syndicated copies. */
export const UNITLESS = '';

/** Builds the comparable form of a claim (head UNITLESS when nothing named is counted). */
export function makeNumberFeature(claim: NumberClaim, text: TextWords, title: { start: number; end: number } | null = null): NumberFeature | null {
  const head = unitHead(claim) ?? UNITLESS;
  if (!Number.isFinite(claim.value)) return null;
  const exclude = new Set([stem(head)]);
  const unit = ' ' + (claim.unit ?? '');
  const [context, near] = text.signatures(claim.start, claim.end, WIDE_RADIUS, NEAR_RADIUS, exclude, unit);
  return {
    claim, head, speaker: speakerKey(claim.source),
    inTitle: title !== null && claim.start >= title.start && claim.end <= title.end,
    context,
    near,
  };
}

/** Index bucket of a value: claims within MAX_RATIO of each other fall in the same or adjacent buckets. */
export function valueBucket(value: number): number {
  const v = Math.abs(value);
  return v < 1 ? -1 : Math.floor(Math.log2(v));
}

/** True for heads that count generic things: linked across files only between syndicated copies. */
export function isGenericHead(head: string): boolean {
  return head === UNITLESS || GENERIC.has(head) || head.startsWith('%');
}

/**
 * Index keys of a claim in bucket `bucket`: head, magnitude and one name of its clause. Every link
 * needs a shared clause name (`sameStory` on `near`) except generic claims of syndicated copies,
 * which are found through the related files instead; so no candidate is lost, and a common head
 * ("personnes") does not make every claim of the corpus a candidate.
 */
export function numberKeys(node: NumberNode, bucket: number): number[] {
  if (node.head === UNITLESS) return [];
  const base = combine(hashString(node.head), bucket >>> 0);
  return Array.from(clauseNames(node), (name) => combine(base, name));
}

/** True when the two claims' figures can both be right (qualifier intervals overlap). */
export function figuresCompatible(a: NumberNode, b: NumberNode): boolean {
  return meet(a.interval, b.interval);
}

/** Shared clause words from which two claims of syndicated copies give different figures for one thing. */
export const NUMBER_UPDATE_NEAR_MIN = 5;

/** True when two claims give the same figure with the same qualifier (within rounding). */
function sameFigure(a: NumberNode, b: NumberNode): boolean {
  const x = a.abs;
  const y = b.abs;
  return Math.abs(x - y) <= ROUNDING * Math.max(x, y) && a.claim.qualifier === b.claim.qualifier;
}

/**
 * "une cinquantaine d'années" twice in one article or its copy: an approximate figure repeated in
 * the same words is one claim even for a generic thing (ages, durations), unlike a bare "2 ans".
 */
function sameApproximateWording(a: NumberNode, b: NumberNode): boolean {
  if (a.claim.qualifier !== 'about' || b.claim.qualifier !== 'about' || a.head.startsWith('%')) return false;
  return wording(a.claim.text) === wording(b.claim.text);
}

/** The words of a claim without leading function words ("d'une cinquantaine" → "une cinquantaine"). */
function wording(text: string): string {
  const words = normaliseWords(text);
  let i = 0;
  while (i < words.length - 1 && LEADING.has(words[i])) i++;
  return words.slice(i).join(' ');
}

/** Figures from which the same value names one quantity even under different nouns. */
export const DISTINCT_FIGURE_MIN = 100;

/** Heads that name people in general: another head may name the same people more precisely. */
const PEOPLE = new Set(['personne', 'people', 'person', 'individu', 'gen']);

/**
 * "450 arrestations" in a title and "450 personnes ont été arrêtées" in the body: a title rephrases
 * the figure of its article (or of a syndicated copy), so the same distinctive figure counted as
 * people in one and as something specific in the other, with a shared clause, is one claim. In the
 * body, "10 000 personnes et 10 000 drones" are two quantities.
 */
function sameDistinctFigure(a: NumberNode, b: NumberNode): boolean {
  if (a.generic || b.generic) return false;
  if (a.inTitle === b.inTitle || (!PEOPLE.has(a.head) && !PEOPLE.has(b.head))) return false;
  const x = a.abs;
  const y = b.abs;
  if (Math.min(x, y) < DISTINCT_FIGURE_MIN || Math.abs(x - y) > ROUNDING * Math.max(x, y)) return false;
  return nearWordsShared(a, b) >= NUMBER_NEAR_MIN;
}

/**
 * True when two claims count the same quantity about the same thing; `filesRelated`: syndicated
 * files. In one article the same figure of the same specific thing is one claim (title and body);
 * syndicated copies link on shared clause words, more of them when the figures differ (an updated copy).
 */
export function numbersLinked(a: NumberNode, b: NumberNode, filesRelated: boolean): boolean {
  const sameFile = a.fileId === b.fileId;
  const near = sameFile || filesRelated;
  if (a.hid !== b.hid) return near && sameDistinctFigure(a, b);
  // Generic things (and claims without a unit) link only in one article or between syndicated copies.
  if (!near && a.generic) return false;
  const x = a.abs;
  const y = b.abs;
  if (x > y ? x > MAX_RATIO * y : y > MAX_RATIO * x) return false;
  if (a.head === UNITLESS) return filesRelated && sameFigure(a, b) && nearWordsShared(a, b) >= NUMBER_NEAR_MIN + 1;
  const generic = a.generic;
  if (near && generic && sameApproximateWording(a, b)) return true;
  if (sameFile) {
    if (!generic && sameFigure(a, b)) return true;
    return figuresCompatible(a, b) && sameClause(a, b, NUMBER_NEAR_MIN);
  }
  if (!filesRelated) {
    // Unrelated files, a specific thing: the same clause and the same story.
    return sameClause(a, b, NUMBER_NEAR_MIN) && sameParagraph(a, b, NUMBER_CONTEXT_MIN);
  }
  const nearShared = nearWordsShared(a, b);
  if (sameFigure(a, b) && nearShared >= NUMBER_NEAR_MIN + 1) return true;
  // Different ages or durations listed side by side share their clause: only specific things update.
  if (generic) return false;
  // Small counts side by side ("neuf … sept autres personnes") are different quantities; an updated
  // copy revises a large figure (9 300 → plus de 10 000 participants).
  if (nearShared >= NUMBER_UPDATE_NEAR_MIN && Math.min(x, y) >= DISTINCT_FIGURE_MIN) return true;
  return sameClause(a, b, NUMBER_NEAR_MIN);
}
