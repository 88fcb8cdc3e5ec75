/**
 * Numeric claims as intervals, so qualifiers can be reconciled: "plus de 10 000" is (10 000, ∞),
 * "quelque 11 000" is [9 900, 12 100]; a group agrees when all its intervals share a point.
 */
import type { Qualifier } from '../types';

export interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

/** Relative rounding tolerance granted to an exact figure ("10 000" may be 10 040). */
export const ROUNDING = 0.005;

/**
 * The values compatible with a claim. A bound set by a qualifier lies outside the rounding band of
 * its figure: "plus de 10 000" does not accept a bare "10 000" given by another source.
 */
export function claimInterval(value: number, qualifier: Qualifier | null | undefined): Interval {
  const v = Math.abs(value);
  const band = v * ROUNDING;
  switch (qualifier) {
    case 'more-than':
      return { lo: v + band, loOpen: true, hi: Infinity, hiOpen: false };
    case 'at-least':
      return { lo: v - band, loOpen: false, hi: Infinity, hiOpen: false };
    case 'up-to':
      return { lo: 0, loOpen: false, hi: v + band, hiOpen: false };
    case 'less-than':
      return { lo: 0, loOpen: false, hi: v - band, hiOpen: true };
    case 'about':
      return { lo: v * 0.9, loOpen: false, hi: v * 1.1, hiOpen: false };
    default:
      return { lo: v - band, loOpen: false, hi: v + band, hiOpen: false };
  }
}

/** True when every interval contains one common point. */
export function haveCommonPoint(intervals: readonly Interval[]): boolean {
  let lo = -Infinity;
  let loOpen = false;
  let hi = Infinity;
  let hiOpen = false;
  for (const it of intervals) {
    if (it.lo > lo || (it.lo === lo && it.loOpen)) {
      lo = it.lo;
      loOpen = it.loOpen;
    }
    if (it.hi < hi || (it.hi === hi && it.hiOpen)) {
      hi = it.hi;
      hiOpen = it.hiOpen;
    }
  }
  return lo < hi || (lo === hi && !loOpen && !hiOpen);
}

/** `haveCommonPoint` of two intervals, without building a list (tested for every pair of a group). */
export function meet(a: Interval, b: Interval): boolean {
  const loFromA = a.lo > b.lo || (a.lo === b.lo && a.loOpen);
  const lo = loFromA ? a.lo : b.lo;
  const loOpen = loFromA ? a.loOpen : b.loOpen;
  const hiFromA = a.hi < b.hi || (a.hi === b.hi && a.hiOpen);
  const hi = hiFromA ? a.hi : b.hi;
  const hiOpen = hiFromA ? a.hiOpen : b.hiOpen;
  return lo < hi || (lo === hi && !loOpen && !hiOpen);
}

/** "10 000" with thin grouping, up to three decimals. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  const [int = '0', frac] = Math.abs(rounded).toString().split('.');
  const grouped = int.length > 4 ? groupThousands(int) : int;
  return (rounded < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

const PREFIX: Record<Qualifier, string> = {
  'more-than': '>',
  'at-least': '≥',
  'up-to': '≤',
  'less-than': '<',
  about: '~',
};

/** A figure with its qualifier as a symbol: "~11 000", "≤12 000", ">10 000". */
export function formatClaimValue(value: number, qualifier: Qualifier | null | undefined, percent = false): string {
  const base = formatNumber(value) + (percent ? ' %' : '');
  return qualifier ? PREFIX[qualifier] + base : base;
}

function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ' ';
    out += digits[i];
  }
  return out;
}
