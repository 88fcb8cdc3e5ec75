/**
 * The qualifier written just before a number ("plus de", "quelque", "up to", "at least").
 */
import { isLetterAt, normalise } from './chars';
import { memoLast } from './memo';
import type { Qualifier } from '../types';

const PHRASES: ReadonlyArray<readonly [string, Qualifier]> = (
  [
    ['plus de', 'more-than'], ["plus d'", 'more-than'], ['au-delà de', 'more-than'], ["au-delà d'", 'more-than'],
    ['au delà de', 'more-than'], ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'],
    ['upwards of', 'more-than'], ['in excess of', 'more-than'], ['well over', 'more-than'],
    ['quelque', 'about'], ['quelques', 'about'], ['environ', 'about'], ['près de', 'about'], ["près d'", 'about'],
    ['autour de', 'about'], ["autour d'", 'about'], ['quasiment', 'about'], ['presque', 'about'],
    ['à peu près', 'about'], ['approximativement', 'about'], ['aux alentours de', 'about'],
    ["de l'ordre de", 'about'], ["de l'ordre d'", 'about'], ['pas loin de', 'about'], ['grosso modo', 'about'],
    ['nearly', 'about'], ['near', 'about'], ['about', 'about'], ['around', 'about'], ['approximately', 'about'],
    ['roughly', 'about'], ['some', 'about'], ['almost', 'about'], ['an estimated', 'about'],
    ['estimated', 'about'], ['close to', 'about'], ['circa', 'about'], ['approx.', 'about'],
    ["jusqu'à", 'up-to'], ["jusqu'a", 'up-to'], ['up to', 'up-to'], ['as many as', 'up-to'],
    ['as much as', 'up-to'], ['no more than', 'up-to'], ['pas plus de', 'up-to'], ["pas plus d'", 'up-to'],
    ['au plus', 'up-to'], ['at most', 'up-to'],
    ['au moins', 'at-least'], ['pas moins de', 'at-least'], ["pas moins d'", 'at-least'], ['at least', 'at-least'],
    ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'],
    ['au minimum', 'at-least'], ['a minimum of', 'at-least'], ['minimum de', 'at-least'],
    ['moins de', 'less-than'], ["moins d'", 'less-than'], ['less than', 'less-than'], ['fewer than', 'less-than'],
    ['under', 'less-than'], ['below', 'less-than'], ['just under', 'less-than'],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

/** PHRASES grouped by their last character, longest first within each group as in PHRASES. */
const PHRASES_BY_LAST = new Map<number, (readonly [string, Qualifier])[]>();
for (const entry of PHRASES) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  const group = PHRASES_BY_LAST.get(last);
  if (group) group.push(entry);
  else PHRASES_BY_LAST.set(last, [entry]);
}

/** The last token of each phrase ("de", "d'", "than", "à"): a cheap filter before matching. */
const FINAL_TOKENS: ReadonlySet<string> = new Set(PHRASES.map(([p]) => finalToken(p)));

/** The trailing run of letters and dots, with a final apostrophe kept ("jusqu'à" → "à", "plus d'" → "d'"). */
function finalToken(phrase: string): string {
  let end = phrase.length;
  if (phrase[end - 1] === "'") end--;
  let j = end;
  while (j > 0 && (/\p{L}/u.test(phrase[j - 1]) || phrase[j - 1] === '.')) j--;
  return phrase.slice(j);
}

/** The token ending just before `i` (after spaces), lower-cased: "de", "d'", "over". */
function tokenBefore(line: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 4 && (line[j - 1] === ' ' || line[j - 1] === '\u00a0' || line[j - 1] === '\u202f')) j--;
  const end = j;
  if (j > 0 && (line[j - 1] === "'" || line[j - 1] === '’')) j--;
  while (j > 0 && end - j < 20 && (isLetterAt(line, j - 1) || line[j - 1] === '.')) j--;
  return line.slice(j, end).toLowerCase().replace('’', "'");
}

/** Longest phrase plus the spaces before the number. */
const WINDOW = 24;

export interface FoundQualifier {
  qualifier: Qualifier;
  /** Offset in the line where the qualifier phrase starts. */
  start: number;
}

/** The qualifier ending right before `numberStart` (spaces allowed between), or null. */
export const qualifierBefore: (line: string, numberStart: number) => FoundQualifier | null = memoLast(findQualifierBefore);

function findQualifierBefore(line: string, numberStart: number): FoundQualifier | null {
  if (!FINAL_TOKENS.has(tokenBefore(line, numberStart))) return null;
  const from = Math.max(0, numberStart - WINDOW);
  const win = normalise(line.slice(from, numberStart));
  let cut = win.length;
  while (cut > 0 && win.charCodeAt(cut - 1) === 32) cut--;
  const trimmed = win.slice(0, cut);
  for (const [phrase, qualifier] of PHRASES_BY_LAST.get(trimmed.charCodeAt(trimmed.length - 1)) ?? []) {
    if (!trimmed.endsWith(phrase)) continue;
    const at = from + trimmed.length - phrase.length;
    if (isLetterAt(line, at - 1)) continue;
    // "plus d'" must touch the number; other phrases need a space before it.
    if (!phrase.endsWith("'") && trimmed.length === win.length) continue;
    return { qualifier, start: at };
  }
  return null;
}

/** English measure heads: "under two hours" is less than two hours. */
const MEASURES: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'mile', 'kilometre', 'kilometer', 'km',
  'metre', 'meter', 'foot', 'feet', 'inch', 'pound', 'dollar', 'euro', 'cent', 'ton', 'tonne', 'percent', 'point',
]);

function isMeasure(unit: string | null): boolean {
  if (!unit) return true; // "under two" alone: nothing else to be under
  const words = unit.toLowerCase().split(' ');
  const head = words[words.length - 1];
  return MEASURES.has(head) || MEASURES.has(head.replace(/s$/, ''));
}

/**
 * The qualifier of a claim. "under"/"below" before a spelled-out count of things is the
 * preposition ("under two previous presidents"); it means less-than before a measure or digits.
 */
export function qualifierFor(line: string, numberStart: number, spelled: boolean, unit: string | null, measured: boolean): FoundQualifier | null {
  const q = qualifierBefore(line, numberStart);
  if (!q || q.qualifier !== 'less-than' || !spelled || measured) return q;
  const word = normalise(line.slice(q.start, q.start + 5));
  return (word.startsWith('under') || word.startsWith('below')) && !isMeasure(unit) ? null : q;
}
