/**
 * Spans and choices of two numbers share what the second one counts: "entre 10 et 20 individus",
 * "âgées de 22 à 83 ans", "un ou deux ans", "between 2 and 3 million people", "10 to 15 per cent".
 * The first number gets the second's unit, percent and scale word.
 */
import type { NumberClaim } from '../types';

/** A claim with the offsets of its number (scale and percent included, counted noun excluded). */
export interface Placed {
  claim: NumberClaim;
  numberStart: number;
  numberEnd: number;
  /** What scale or collective words multiplied the number by. */
  factor: number;
}

const CONNECTORS: ReadonlySet<string> = new Set(['à', 'a', 'et', 'ou', 'to', 'and', 'or', '-', '–']);

/**
 * The connector between two numbers (one word or dash with spaces around), lower-cased, or null.
 */
function connector(s: string, from: number, to: number): string | null {
  if (to - from > 6) return null;
  const between = s.slice(from, to).toLowerCase().replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ');
  let a = 0;
  let b = between.length;
  while (a < b && between[a] === ' ') a++;
  while (b > a && between[b - 1] === ' ') b--;
  const word = between.slice(a, b);
  return a > 0 && b < between.length && CONNECTORS.has(word) ? word : null;
}

/** Coordinations ("15 et 2 jours", "5 or 6 people") share the noun in any order. */
const COORDINATIONS: ReadonlySet<string> = new Set(['et', 'ou', 'and', 'or']);

const SPAN_OPENERS: ReadonlySet<string> = new Set(['de', 'd', 'entre', 'from', 'between']);

/**
 * A span rises ("de 3 à 7 ans", "entre 10 et 20"); a fall needs an opener ("de 21 à 6 %"), which
 * tells "l'essence 95 à 1,21 euro" (a name, then a price) from a span.
 */
function isSpan(s: string, a: Placed, b: Placed): boolean {
  if (a.claim.value < b.claim.value / b.factor) return true;
  let j = a.claim.start;
  while (j > 0 && (s[j - 1] === ' ' || s[j - 1] === '\u00a0' || s[j - 1] === "'" || s[j - 1] === '’')) j--;
  let k = j;
  while (k > 0 && j - k < 8 && /\p{L}/u.test(s[k - 1])) k--;
  return SPAN_OPENERS.has(s.slice(k, j).toLowerCase());
}

/** Copies unit, percent and scale from each claim to a bare claim just before it, in place. */
export function shareRangeUnits(s: string, placed: Placed[]): void {
  for (let k = 0; k + 1 < placed.length; k++) {
    const a = placed[k];
    const b = placed[k + 1];
    const bare = a.claim.unit === null && !a.claim.percent && a.factor === 1 && a.claim.end === a.numberEnd;
    const counted = b.claim.unit !== null || b.claim.percent || b.factor !== 1;
    const word = bare && counted ? connector(s, a.numberEnd, b.numberStart) : null;
    if (word === null || (!COORDINATIONS.has(word) && !isSpan(s, a, b))) continue;
    a.claim.value *= b.factor;
    a.claim.unit = b.claim.unit;
    a.claim.percent = b.claim.percent;
    a.claim.end = b.claim.end;
    a.claim.text = s.slice(a.claim.start, a.claim.end);
  }
}
