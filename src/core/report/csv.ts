/**
 * `compare` report as CSV (RFC 4180: CRLF rows, quoted fields, doubled quotes), one row per group
 * member and one per shared-passage pair. Text cells are neutralised against spreadsheet formula
 * injection: a cell starting with = + - @ tab or CR gets a leading apostrophe.
 */
import type { CompareReport } from '../types';

export const CSV_COLUMNS = [
  'record', 'group_id', 'kind', 'status', 'label', 'path', 'start', 'end', 'text', 'value', 'qualifier',
  'speaker', 'other_path', 'similarity', 'origin',
] as const;

type Cell = string | number | null | undefined;

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A text cell made inert for spreadsheets (formula prefixes neutralised). */
export function neutralise(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0]) ? "'" + text : text;
}

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (or edge spaces). */
export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const s = typeof cell === 'number' ? String(cell) : neutralise(cell);
  return /[",\r\n]|^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function row(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

/** The report as a CSV document with a header row. */
export function reportToCsv(report: CompareReport): string {
  const lines = [row(CSV_COLUMNS)];
  for (const g of report.groups) {
    for (const m of g.members) {
      lines.push(row(['member', g.id, g.kind, g.status, g.label, m.path, m.start, m.end, m.text, m.value, m.qualifier, m.speaker, null, null, null]));
    }
  }
  for (const d of report.duplicates) {
    lines.push(row(['duplicate', null, null, null, null, d.paths[0], null, null, null, null, null, null, d.paths[1], d.similarity, d.origin]));
  }
  for (const e of report.errors) {
    lines.push(row(['error', null, null, null, null, e.path, null, null, e.message, null, null, null, null, null, null]));
  }
  return lines.join('\r\n') + '\r\n';
}
