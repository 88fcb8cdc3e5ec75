/**
 * The typed messages between the comparison webview and the extension (pure, no `vscode`).
 * Messages from the webview are untrusted input and are validated before use.
 */
import type { CompareReport } from '../../core/types';

export interface ReportSummary {
  files: number;
  partial: boolean;
  visited: number;
  total: number;
}

/** Extension → webview. */
export type ToWebview = { type: 'report'; report: CompareReport; summary: ReportSummary };

/** Webview → extension. */
export type FromWebview = { type: 'ready' } | { type: 'export' } | { type: 'open'; path: string; start: number; end: number };

/** Validates a message from the webview; anything malformed is ignored (undefined). */
export function parseWebviewMessage(raw: unknown): FromWebview | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'ready' || m.type === 'export') return { type: m.type };
  if (m.type === 'open' && typeof m.path === 'string' && isOffset(m.start) && isOffset(m.end)) {
    return { type: 'open', path: m.path, start: m.start, end: m.end };
  }
  return undefined;
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
