/**
 * Exporters for the `compare` report: JSON, CSV and Markdown (all pure string builders).
 */
import type { CompareReport } from '../types';

export { reportToCsv, csvField, neutralise, CSV_COLUMNS } from './csv';
export { reportToMarkdown, escapeMarkdown } from './markdown';

/** The report as pretty-printed JSON (the `compare --json` format). */
export function reportToJson(report: CompareReport): string {
  return JSON.stringify(report, null, 2);
}
