import vscode = require('vscode');
import { decodeBytes } from '../../node/decode';

/** Why a file was not indexed: `skipped` (over-size, binary: by design) or `error` (gone, unreadable). */
export interface Problem {
  kind: 'skipped' | 'error';
  reason: string;
}

export type StatOutcome = { kind: 'stat'; mtime: number; size: number } | Problem;
export type ReadOutcome = { kind: 'text'; text: string } | Problem;

/** Stats one file through `workspace.fs` (so virtual workspaces work), refusing over-size files. */
export async function statWorkspaceFile(uri: vscode.Uri, maxBytes: number): Promise<StatOutcome> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { kind: 'error', reason: 'is a folder' };
    if (stat.size > maxBytes) return { kind: 'skipped', reason: overSize(maxBytes, stat.size) };
    return { kind: 'stat', mtime: stat.mtime, size: stat.size };
  } catch (err) {
    return { kind: 'error', reason: describe(err) };
  }
}

/** Reads and decodes one file; binary or undecidable files are `skipped`, read failures `error`. */
export async function readWorkspaceText(uri: vscode.Uri, maxBytes: number): Promise<ReadOutcome> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.length > maxBytes) return { kind: 'skipped', reason: overSize(maxBytes, bytes.length) };
    const decoded = decodeBytes(bytes);
    return 'text' in decoded ? { kind: 'text', text: decoded.text } : { kind: 'skipped', reason: decoded.error };
  } catch (err) {
    return { kind: 'error', reason: describe(err) };
  }
}

/** Sorts a worker's error message into skipped (by design) or error (a fault). */
export function classifyWorkerError(message: string): Problem {
  const skipped = message.startsWith('binary file') || message.startsWith('undecidable') || message.startsWith('over the size limit');
  return { kind: skipped ? 'skipped' : 'error', reason: message };
}

function overSize(maxBytes: number, size: number): string {
  return `larger than the ${formatMb(maxBytes)} limit (${formatMb(size)}; see provenanceLens.maxFileSizeMB)`;
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

function describe(err: unknown): string {
  if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return 'not found (deleted or renamed while indexing)';
  return err instanceof Error ? err.message : String(err);
}
