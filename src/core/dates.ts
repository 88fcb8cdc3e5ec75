/**
 * Publish-date parsing for dump metadata: ISO-like stamps, numeric day/month/year, French and
 * English month names, an optional clock time. Returns ISO 8601 without inventing a time zone,
 * and null for relative or impossible dates ("aujourd'hui à 18h31", "31 février 2024").
 */
import { format, isValid, parse } from 'date-fns';

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1], ['janv', 1], ['jan', 1], ['january', 1],
  ['février', 2], ['fevrier', 2], ['févr', 2], ['fevr', 2], ['feb', 2], ['february', 2],
  ['mars', 3], ['mar', 3], ['march', 3],
  ['avril', 4], ['avr', 4], ['apr', 4], ['april', 4],
  ['mai', 5], ['may', 5],
  ['juin', 6], ['june', 6], ['jun', 6],
  ['juillet', 7], ['juil', 7], ['july', 7], ['jul', 7],
  ['août', 8], ['aout', 8], ['aug', 8], ['august', 8],
  ['septembre', 9], ['sept', 9], ['sep', 9], ['september', 9],
  ['octobre', 10], ['oct', 10], ['october', 10],
  ['novembre', 11], ['nov', 11], ['november', 11],
  ['décembre', 12], ['decembre', 12], ['déc', 12], ['dec', 12], ['december', 12],
]);

interface DateParts {
  y: number;
  m: number;
  d: number;
  /** Index just past the date in the input, where a time may follow. */
  end: number;
}

const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2}))?(z|[+-]\d{2}:?\d{2})?)?/;
const NUMERIC_DMY = /(?:^|[^\d])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const DAY_MONTH_YEAR = /(?:^|[^\d])(\d{1,2})(?:er|st|nd|rd|th)? ([\p{L}]{3,9})\.? (\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /(?:^|[^\p{L}])([\p{L}]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/u;
const TIME = /^[\s,]{0,3}(?:(?:à|at|-|–|,)\s{0,2})?(\d{1,2})(?:[h:.](\d{2})(?:[:.](\d{2}))?| ?h(?![\p{L}]))\s?(am|pm|a\.m\.|p\.m\.)?/iu;

/** Parses the first absolute date in `text` (at most 200 characters are read); null when none or invalid. */
export function parsePublishDate(input: string): string | null {
  const text = input.slice(0, 200).toLowerCase();
  const iso = ISO.exec(text);
  if (iso) return fromIso(iso);
  const parts = findDateParts(text);
  if (!parts) return null;
  const date = checked(parts.y, parts.m, parts.d);
  if (!date) return null;
  const time = TIME.exec(text.slice(parts.end, parts.end + 30));
  if (!time) return date;
  let hours = Number(time[1]);
  const suffix = (time[4] ?? '').replace(/\./g, '');
  if (suffix === 'pm' && hours < 12) hours += 12;
  if (suffix === 'am' && hours === 12) hours = 0;
  const hh = String(hours).padStart(2, '0');
  return withClock(date, hh, time[2] ?? '00', time[3] ?? '00') ?? date;
}

function fromIso(m: RegExpExecArray): string | null {
  const date = checked(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date || m[4] === undefined) return date;
  const stamp = withClock(date, m[4], m[5], m[6] ?? '00');
  if (stamp === null) return date;
  const zone = m[7] ? m[7].toUpperCase() : '';
  return stamp + zone;
}

/**
 * "yyyy-MM-ddTHH:mm:ss" for a checked date and a clock, as date-fns `parse` then `format` give it
 * in local time (a time skipped by a daylight-saving change moves as `Date` moves it); null for an
 * impossible clock. Two-digit fields in range take the fast path; anything else goes to date-fns.
 */
function withClock(date: string, hh: string, mm: string, ss: string): string | null {
  const h = twoDigits(hh);
  const mi = twoDigits(mm);
  const s = twoDigits(ss);
  if (h < 0 || mi < 0 || s < 0) {
    const full = parse(`${date} ${hh}:${mm}:${ss}`, 'yyyy-MM-dd HH:mm:ss', new Date(2000, 0, 1));
    return isValid(full) ? format(full, "yyyy-MM-dd'T'HH:mm:ss") : null;
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  const local = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), h, mi, s);
  const p2 = (n: number): string => (n < 10 ? '0' : '') + String(n);
  return `${local.getFullYear()}-${p2(local.getMonth() + 1)}-${p2(local.getDate())}T${p2(local.getHours())}:${p2(local.getMinutes())}:${p2(local.getSeconds())}`;
}

/** The value of exactly two ASCII digits, else -1. */
function twoDigits(s: string): number {
  if (s.length !== 2) return -1;
  const a = s.charCodeAt(0) - 48;
  const b = s.charCodeAt(1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function findDateParts(text: string): DateParts | null {
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy && MONTHS.has(dmy[2])) return { y: Number(dmy[3]), m: MONTHS.get(dmy[2])!, d: Number(dmy[1]), end: dmy.index + dmy[0].length };
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy && MONTHS.has(mdy[1])) return { y: Number(mdy[3]), m: MONTHS.get(mdy[1])!, d: Number(mdy[2]), end: mdy.index + mdy[0].length };
  const num = NUMERIC_DMY.exec(text);
  if (num) return { y: Number(num[3]), m: Number(num[2]), d: Number(num[1]), end: num.index + num[0].length };
  return null;
}

/** "yyyy-MM-dd" when the calendar date exists (date-fns rejects 2024-02-31), else null. */
function checked(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200) return null;
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days in month `m` (1–12) of Gregorian year `y`. */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
