/**
 * Gold label files (test/fixtures/labels/articles/*.json): their shape, a strict parser, and the
 * resolution of each label to offsets in the dump's text. Pure: strings in, plain data out.
 */
import type { Qualifier } from '../../src/core/types';
import { enclosingQuote } from './marks';
import { lineRanges, normaliseSpaces, numeralIn, type LineRange } from './text';

export interface GoldQuote {
  line: number;
  text: string;
  occurrence: number;
  /** Acceptable answers; null when the text does not say who spoke. */
  speaker: string[] | null;
  fragment: boolean;
}

export interface GoldNumber {
  line: number;
  text: string;
  occurrence: number;
  value: number;
  qualifier: Qualifier | null;
  unit: string | null;
  percent: boolean;
}

export interface GoldLabel {
  name: string;
  corpusPath: string;
  sha256: string;
  language: 'fr' | 'en';
  boilerplate: number[];
  quotes: GoldQuote[];
  numbers: GoldNumber[];
}

/** A gold quote located in the text: the label substring and the quote-mark pair around it. */
export interface LocatedQuote extends GoldQuote {
  subStart: number;
  subEnd: number;
  /** The span of the quote-mark pair, marks included. */
  start: number;
  end: number;
}

/** A gold number located in the text: the labelled substring and the numeral inside it. */
export interface LocatedNumber extends GoldNumber {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
}

export interface LocatedLabel {
  label: GoldLabel;
  lines: LineRange[];
  quotes: LocatedQuote[];
  numbers: LocatedNumber[];
}

const QUALIFIERS = new Set(['more-than', 'about', 'up-to', 'at-least', 'less-than']);

/** Thrown for a label that does not follow the format or does not locate in its text. */
export class LabelError extends Error {}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function need<T>(ok: boolean, value: T, what: string): T {
  if (!ok) throw new LabelError(what);
  return value;
}

function posInt(v: unknown, what: string): number {
  return need(typeof v === 'number' && Number.isInteger(v) && v >= 1, v as number, `${what} must be a positive integer`);
}

function str(v: unknown, what: string): string {
  return need(typeof v === 'string' && v.length > 0, v as string, `${what} must be a non-empty string`);
}

function speakerOf(v: unknown, what: string): string[] | null {
  if (v === null) return null;
  if (typeof v === 'string' && v.trim()) return [v];
  if (Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim())) return v as string[];
  throw new LabelError(`${what}.speaker must be null, a string or a non-empty array of strings`);
}

function parseQuote(v: unknown, what: string): GoldQuote {
  if (!isObj(v)) throw new LabelError(`${what} must be an object`);
  return {
    line: posInt(v.line, `${what}.line`),
    text: str(v.text, `${what}.text`),
    occurrence: v.occurrence === undefined ? 1 : posInt(v.occurrence, `${what}.occurrence`),
    speaker: speakerOf(v.speaker, what),
    fragment: need(typeof v.fragment === 'boolean', v.fragment as boolean, `${what}.fragment must be a boolean`),
  };
}

function parseNumber(v: unknown, what: string): GoldNumber {
  if (!isObj(v)) throw new LabelError(`${what} must be an object`);
  const q = v.qualifier;
  return {
    line: posInt(v.line, `${what}.line`),
    text: str(v.text, `${what}.text`),
    occurrence: v.occurrence === undefined ? 1 : posInt(v.occurrence, `${what}.occurrence`),
    value: need(typeof v.value === 'number' && Number.isFinite(v.value), v.value as number, `${what}.value must be a finite number`),
    qualifier: need(q === null || (typeof q === 'string' && QUALIFIERS.has(q)), q as Qualifier | null, `${what}.qualifier is not a known qualifier`),
    unit: v.unit === null ? null : str(v.unit, `${what}.unit`),
    percent: need(typeof v.percent === 'boolean', v.percent as boolean, `${what}.percent must be a boolean`),
  };
}

function list(v: unknown, what: string): unknown[] {
  return need(Array.isArray(v), v as unknown[], `${what} must be an array`);
}

/** Parses one label file's JSON value; throws LabelError with a precise message when malformed. */
export function parseLabel(json: unknown, name: string): GoldLabel {
  if (!isObj(json)) throw new LabelError(`${name}: not a JSON object`);
  const lang = json.language;
  return {
    name,
    corpusPath: str(json.corpusPath, `${name}: corpusPath`),
    sha256: need(typeof json.sha256 === 'string' && /^[0-9a-f]{64}$/.test(json.sha256), json.sha256 as string, `${name}: sha256 must be 64 hex digits`),
    language: need(lang === 'fr' || lang === 'en', lang as 'fr' | 'en', `${name}: language must be "fr" or "en"`),
    boilerplate: list(json.boilerplate, `${name}: boilerplate`).map((n, i) => posInt(n, `${name}: boilerplate[${i}]`)),
    quotes: list(json.quotes, `${name}: quotes`).map((q, i) => parseQuote(q, `${name}: quotes[${i}]`)),
    numbers: list(json.numbers, `${name}: numbers`).map((x, i) => parseNumber(x, `${name}: numbers[${i}]`)),
  };
}

/** Offset in `text` of the occurrence-th `needle` on 1-based `line` (spaces normalised), or throws. */
function findOnLine(text: string, lines: LineRange[], line: number, needle: string, occurrence: number, what: string): number {
  const range = lines[line - 1];
  if (!range) throw new LabelError(`${what}: line ${line} does not exist`);
  const hay = normaliseSpaces(text.slice(range.start, range.end));
  const pin = normaliseSpaces(needle);
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = hay.indexOf(pin, at + 1);
    if (at < 0) throw new LabelError(`${what}: "${needle}" (occurrence ${occurrence}) not found on line ${line}`);
  }
  return range.start + at;
}

/** Resolves every label of a file to offsets in `text`; throws LabelError when a label does not locate. */
export function locateLabel(label: GoldLabel, text: string): LocatedLabel {
  const lines = lineRanges(text);
  const quotes = label.quotes.map((q, i): LocatedQuote => {
    const what = `${label.name}: quotes[${i}]`;
    const subStart = findOnLine(text, lines, q.line, q.text, q.occurrence, what);
    const subEnd = subStart + q.text.length;
    const pair = enclosingQuote(text, lines, q.line - 1, subStart, subEnd);
    if (!pair) throw new LabelError(`${what}: no quote-mark pair around "${q.text}" on line ${q.line}`);
    return { ...q, subStart, subEnd, ...pair };
  });
  const numbers = label.numbers.map((x, i): LocatedNumber => {
    const what = `${label.name}: numbers[${i}]`;
    const start = findOnLine(text, lines, x.line, x.text, x.occurrence, what);
    const numeral = numeralIn(x.text);
    if (!numeral) throw new LabelError(`${what}: no numeral found in "${x.text}"`);
    return { ...x, start, end: start + x.text.length, numStart: start + numeral.start, numEnd: start + numeral.end };
  });
  for (const n of label.boilerplate) {
    const r = lines[n - 1];
    if (!r || !text.slice(r.start, r.end).trim()) throw new LabelError(`${label.name}: boilerplate line ${n} is missing or blank`);
  }
  return { label, lines, quotes, numbers };
}
