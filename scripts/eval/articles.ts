/**
 * Scoring of one analysed article against its gold labels (quotes, numeric claims, boilerplate
 * lines), and the sums and ratios the eval prints. Pure functions over plain data.
 */
import type { FileAnalysis } from '../../src/core/types';
import type { LocatedLabel, LocatedNumber, LocatedQuote } from './labels';
import { speakerMatches, unitMatches } from './text';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Accuracy {
  right: number;
  total: number;
}

export interface ArticleMetrics {
  files: number;
  quotes: Counts;
  /** Over matched gold quotes whose gold speaker is non-null. */
  speaker: Accuracy;
  /** Over matched gold quotes whose gold speaker is null: did the engine also say null? */
  speakerNull: Accuracy;
  fragment: Accuracy;
  numbers: Counts;
  value: Accuracy;
  qualifier: Accuracy;
  unit: Accuracy;
  percent: Accuracy;
  boilerplate: Counts;
}

export type IssueKind = 'quote' | 'speaker' | 'fragment' | 'number' | 'value' | 'qualifier' | 'unit' | 'percent' | 'boilerplate';

/** One disagreement, for `--verbose`: a false positive, a false negative, or a wrong attribute. */
export interface Issue {
  kind: IssueKind;
  type: 'FP' | 'FN' | 'wrong';
  line: number;
  detail: string;
}

export interface ArticleScore {
  name: string;
  language: 'fr' | 'en';
  metrics: ArticleMetrics;
  issues: Issue[];
}

/** What the scorer reads from an analysis (a subset of FileAnalysis, so tests can pass tiny objects). */
export type Prediction = Pick<FileAnalysis, 'quotes' | 'numbers' | 'boilerplate'>;

const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const acc = (): Accuracy => ({ right: 0, total: 0 });

/** All-zero metrics. */
export function emptyMetrics(): ArticleMetrics {
  return {
    files: 0,
    quotes: counts(),
    speaker: acc(),
    speakerNull: acc(),
    fragment: acc(),
    numbers: counts(),
    value: acc(),
    qualifier: acc(),
    unit: acc(),
    percent: acc(),
    boilerplate: counts(),
  };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Picks, among unused predictions accepted by `ok`, the one overlapping `gold` most; marks it used. */
function pick<P extends { start: number; end: number }>(preds: readonly P[], used: boolean[], gold: { start: number; end: number }, ok: (p: P) => boolean): P | null {
  let best = -1;
  let bestOverlap = -1;
  preds.forEach((p, i) => {
    if (used[i] || !ok(p)) return;
    const o = overlap(p, gold);
    if (o > bestOverlap) {
      best = i;
      bestOverlap = o;
    }
  });
  if (best < 0) return null;
  used[best] = true;
  return preds[best];
}

/** Same quote-mark pair: the prediction contains the gold substring and both spans mostly overlap. */
export function quoteMatches(p: { start: number; end: number }, g: LocatedQuote): boolean {
  if (p.start > g.subStart || p.end < g.subEnd) return false;
  const o = overlap(p, g);
  return 2 * o > p.end - p.start && 2 * o > g.end - g.start;
}

/** Same claim: the spans overlap and the prediction contains the gold numeral. */
export function numberMatches(p: { start: number; end: number }, g: LocatedNumber): boolean {
  return overlap(p, g) > 0 && p.start <= g.numStart && p.end >= g.numEnd;
}

/** Relative difference below 1e-9 (exact for zero). */
export function sameValue(p: number, g: number): boolean {
  if (g === 0) return p === 0;
  return Math.abs(p - g) / Math.abs(g) < 1e-9;
}

function tally(a: Accuracy, ok: boolean): boolean {
  a.total++;
  if (ok) a.right++;
  return ok;
}

interface Ctx {
  text: string;
  loc: LocatedLabel;
  m: ArticleMetrics;
  issues: Issue[];
}

function lineOf(loc: LocatedLabel, offset: number): number {
  let lo = 0;
  let hi = loc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (loc.lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A short excerpt around [start, end) for reports (long lines are cut). */
export function excerpt(text: string, start: number, end: number, room = 60): string {
  const s = Math.max(0, start - room);
  const e = Math.min(text.length, end + room, Math.max(start, end) + 240);
  const body = text.slice(s, e).replace(/[\r\n]+/g, ' ⏎ ');
  return (s > 0 ? '…' : '') + body + (e < text.length ? '…' : '');
}

function scoreQuotes(ctx: Ctx, preds: Prediction['quotes']): void {
  const { m, issues, text } = ctx;
  const used = preds.map(() => false);
  for (const g of ctx.loc.quotes) {
    const p = pick(preds, used, g, (q) => quoteMatches(q, g));
    const where = excerpt(text, g.start, Math.min(g.end, g.start + 80));
    if (!p) {
      m.quotes.fn++;
      issues.push({ kind: 'quote', type: 'FN', line: g.line, detail: where });
      continue;
    }
    m.quotes.tp++;
    if (g.speaker === null) tally(m.speakerNull, p.speaker === null);
    else if (!tally(m.speaker, speakerMatches(p.speaker, g.speaker))) {
      issues.push({ kind: 'speaker', type: 'wrong', line: g.line, detail: `got ${JSON.stringify(p.speaker)}, want ${JSON.stringify(g.speaker)} — ${where}` });
    }
    if (!tally(m.fragment, p.fragment === g.fragment)) {
      issues.push({ kind: 'fragment', type: 'wrong', line: g.line, detail: `got ${String(p.fragment)}, want ${String(g.fragment)} — ${where}` });
    }
  }
  preds.forEach((p, i) => {
    if (used[i]) return;
    m.quotes.fp++;
    issues.push({ kind: 'quote', type: 'FP', line: lineOf(ctx.loc, p.start), detail: excerpt(text, p.start, Math.min(p.end, p.start + 80)) });
  });
}

function scoreNumbers(ctx: Ctx, preds: Prediction['numbers']): void {
  const { m, issues, text } = ctx;
  const used = preds.map(() => false);
  const lang = ctx.loc.label.language;
  for (const g of ctx.loc.numbers) {
    const p = pick(preds, used, g, (n) => numberMatches(n, g));
    const where = excerpt(text, g.start, g.end, 40);
    if (!p) {
      m.numbers.fn++;
      issues.push({ kind: 'number', type: 'FN', line: g.line, detail: where });
      continue;
    }
    m.numbers.tp++;
    const checks: [IssueKind, Accuracy, boolean, unknown, unknown][] = [
      ['value', m.value, sameValue(p.value, g.value), p.value, g.value],
      ['qualifier', m.qualifier, p.qualifier === g.qualifier, p.qualifier, g.qualifier],
      ['unit', m.unit, unitMatches(p.unit, g.unit, lang), p.unit, g.unit],
      ['percent', m.percent, p.percent === g.percent, p.percent, g.percent],
    ];
    for (const [kind, a, ok, got, want] of checks) {
      if (!tally(a, ok)) issues.push({ kind, type: 'wrong', line: g.line, detail: `got ${JSON.stringify(got)}, want ${JSON.stringify(want)} — ${where}` });
    }
  }
  preds.forEach((p, i) => {
    if (used[i]) return;
    m.numbers.fp++;
    issues.push({ kind: 'number', type: 'FP', line: lineOf(ctx.loc, p.start), detail: excerpt(text, p.start, p.end, 40) });
  });
}

function scoreBoilerplate(ctx: Ctx, preds: Prediction['boilerplate']): void {
  const { m, issues, text, loc } = ctx;
  const isScored = (n: number): boolean => {
    const r = loc.lines[n - 1];
    return r !== undefined && text.slice(r.start, r.end).trim() !== '';
  };
  const gold = new Set(loc.label.boilerplate);
  const predicted = new Set(preds.map((b) => b.line).filter(isScored));
  const lineText = (n: number): string => {
    const r = loc.lines[n - 1];
    return excerpt(text, r.start, Math.min(r.end, r.start + 100), 0);
  };
  for (const n of predicted) {
    if (gold.has(n)) m.boilerplate.tp++;
    else {
      m.boilerplate.fp++;
      issues.push({ kind: 'boilerplate', type: 'FP', line: n, detail: lineText(n) });
    }
  }
  for (const n of gold) {
    if (predicted.has(n)) continue;
    m.boilerplate.fn++;
    issues.push({ kind: 'boilerplate', type: 'FN', line: n, detail: lineText(n) });
  }
}

/** Scores one article's prediction against its located gold labels. */
export function scoreArticle(loc: LocatedLabel, text: string, prediction: Prediction): ArticleScore {
  const ctx: Ctx = { text, loc, m: emptyMetrics(), issues: [] };
  ctx.m.files = 1;
  scoreQuotes(ctx, prediction.quotes);
  scoreNumbers(ctx, prediction.numbers);
  scoreBoilerplate(ctx, prediction.boilerplate);
  ctx.issues.sort((a, b) => a.line - b.line);
  return { name: loc.label.name, language: loc.label.language, metrics: ctx.m, issues: ctx.issues };
}

/** Sums metrics (for per-language and overall totals). */
export function addMetrics(a: ArticleMetrics, b: ArticleMetrics): ArticleMetrics {
  const out = emptyMetrics();
  out.files = a.files + b.files;
  for (const k of ['quotes', 'numbers', 'boilerplate'] as const) {
    out[k] = { tp: a[k].tp + b[k].tp, fp: a[k].fp + b[k].fp, fn: a[k].fn + b[k].fn };
  }
  for (const k of ['speaker', 'speakerNull', 'fragment', 'value', 'qualifier', 'unit', 'percent'] as const) {
    out[k] = { right: a[k].right + b[k].right, total: a[k].total + b[k].total };
  }
  return out;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1 (null when undefined: nothing predicted / nothing to find). */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === null || recall === null ? null : 0;
  return { precision, recall, f1 };
}

/** right / total, or null when there is nothing to judge. */
export function ratio(a: Accuracy): number | null {
  return a.total > 0 ? a.right / a.total : null;
}
