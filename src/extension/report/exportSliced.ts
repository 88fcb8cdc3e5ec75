/**
 * The comparison export without blocking the extension host: at 100,000 files the report holds
 * hundreds of thousands of groups and its text runs to hundreds of megabytes, which one call to
 * `reportToJson`/`reportToCsv`/`reportToMarkdown` would build in one go. Here the same exporters run
 * on pieces of the report (a few thousand members each) and the pieces are joined, pausing between
 * them, into exactly the bytes the one-shot export gives (tests compare them).
 */
import { reportToCsv, reportToJson, reportToMarkdown } from '../../core/report';
import type { ClaimGroup, CompareReport, DuplicatePair, FileError } from '../../core/types';
import { Slicer } from '../index/slicing';

/** Members, pairs or errors per piece. */
const PIECE_ITEMS = 400;

type Format = 'json' | 'csv' | 'md';

/** The format chosen by a file name (Markdown unless it ends in .json or .csv). */
export function formatOf(path: string): Format {
  const lower = path.toLowerCase();
  return lower.endsWith('.json') ? 'json' : lower.endsWith('.csv') ? 'csv' : 'md';
}

/** The one-shot export (`serialise` in one call): the reference the sliced export must equal. */
export function serialiseAtOnce(report: CompareReport, path: string): string {
  const format = formatOf(path);
  return format === 'json' ? reportToJson(report) : format === 'csv' ? reportToCsv(report) : reportToMarkdown(report);
}

/** Consecutive runs of `items` holding about PIECE_ITEMS units each (a group counts its members). */
function* pieces<T>(items: readonly T[], size: (item: T) => number): Generator<T[]> {
  let start = 0;
  let units = 0;
  for (let i = 0; i < items.length; i++) {
    units += size(items[i]) + 1;
    if (units >= PIECE_ITEMS) {
      yield items.slice(start, i + 1);
      start = i + 1;
      units = 0;
    }
  }
  if (start < items.length) yield items.slice(start);
}

const groupSize = (g: ClaimGroup): number => g.members.length;
const one = (): number => 1;

function sub(groups: ClaimGroup[], duplicates: DuplicatePair[] = [], errors: FileError[] = []): CompareReport {
  return { version: 1, groups, duplicates, errors };
}

/** JSON.stringify(report, null, 2), one array element at a time (elements are indented by 4). */
function* jsonPieces(report: CompareReport): Generator<string> {
  // JSON.stringify leaves out members it cannot write (undefined, functions, symbols).
  const entries = Object.entries(report as unknown as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k];
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      const items = value as unknown[];
      let first = true;
      for (const run of pieces(items, (x) => (x && typeof x === 'object' && 'members' in x ? groupSize(x as ClaimGroup) : 1))) {
        yield (first ? '[\n    ' : ',\n    ') + run.map((x) => (JSON.stringify(x, null, 2) ?? 'null').replace(/\n/g, '\n    ')).join(',\n    ');
        first = false;
      }
      yield '\n  ]';
    } else {
      yield JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    }
    yield k < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}';
}

/** reportToCsv(report): the header once, then each piece's rows. */
function* csvPieces(report: CompareReport): Generator<string> {
  const header = reportToCsv(sub([]));
  yield header;
  const body = (r: CompareReport): string => reportToCsv(r).slice(header.length);
  for (const run of pieces(report.groups, groupSize)) yield body(sub(run));
  for (const run of pieces(report.duplicates, one)) yield body(sub([], run));
  for (const run of pieces(report.errors, one)) yield body(sub([], [], run));
}

/** The lines of `reportToMarkdown(r)` after its first `skip` lines, without the last `drop`. */
function mdLines(r: CompareReport, skip: number, drop = 0): string {
  const lines = reportToMarkdown(r).split('\n');
  return lines.slice(skip, lines.length - drop).join('\n');
}

/** reportToMarkdown(report): the 4 heading lines, then each section piece by piece (lines joined by '\n'). */
function* mdPieces(report: CompareReport): Generator<string> {
  const quotes = report.groups.filter((g) => g.kind === 'quote');
  const numbers = report.groups.filter((g) => g.kind === 'number');
  // The title (and blank line) as the exporter writes it, then the counts of the whole report.
  yield reportToMarkdown(sub([])).split('\n').slice(0, 2).join('\n');
  yield `\n${quotes.length} quote groups, ${numbers.length} number groups, ${report.duplicates.length} pairs of files sharing passages, ${report.errors.length} errors.\n`;
  // Sections: each piece repeats its section's heading (2 lines) and, for tables, the table head.
  const sections: Array<{ items: readonly unknown[]; make: (run: never[]) => CompareReport; head: number; tail: number; size: (x: never) => number }> = [
    { items: quotes, make: (run) => sub(run), head: 2, tail: 0, size: groupSize },
    { items: numbers, make: (run) => sub(run), head: 2, tail: 0, size: groupSize },
    { items: report.duplicates, make: (run) => sub([], run), head: 4, tail: 1, size: one },
    { items: report.errors, make: (run) => sub([], [], run), head: 2, tail: 1, size: one },
  ];
  for (const s of sections) {
    if (s.items.length === 0) continue;
    let first = true;
    for (const run of pieces(s.items, s.size as (x: unknown) => number)) {
      yield '\n' + mdLines(s.make(run as never[]), first ? 4 : 4 + s.head, s.tail);
      first = false;
    }
    if (s.tail > 0) yield '\n';
  }
}

/** The text of the export of `report` in the format of `path`, piece by piece (concatenated: `serialiseAtOnce`). */
export function exportPieces(report: CompareReport, path: string): Generator<string> {
  const format = formatOf(path);
  return format === 'json' ? jsonPieces(report) : format === 'csv' ? csvPieces(report) : mdPieces(report);
}

/**
 * The report in the format of `path`, as the one-shot exporters write it, encoded as UTF-8 in
 * slices of `budgetMs`. `report` is a snapshot (group objects are never changed once built), so an
 * index changing meanwhile does not affect it; `cancelled()` true stops with undefined.
 */
export async function exportSliced(report: CompareReport, path: string, cancelled: () => boolean = () => false, budgetMs?: number): Promise<Uint8Array | undefined> {
  const slicer = new Slicer(budgetMs, 'export');
  const gen = exportPieces(report, path);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const piece of gen) {
    const bytes = encoder.encode(piece);
    parts.push(bytes);
    total += bytes.length;
    await slicer.pause();
    if (cancelled()) return undefined;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
    await slicer.pause();
  }
  slicer.end();
  return out;
}
