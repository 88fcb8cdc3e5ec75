import * as vscode from 'vscode';
import { decodeBytes } from '../../node/decode';

export type ReadOutcome = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string } | { kind: 'error'; reason: string };

/**
 * Reads one workspace file through `workspace.fs` (so virtual workspaces work), refusing
 * over-size and binary files with a reason the caller shows to the user.
 */
export async function readWorkspaceText(uri: vscode.Uri, maxBytes: number): Promise<ReadOutcome> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxBytes) {
      return { kind: 'skipped', reason: `larger than the ${formatMb(maxBytes)} limit (${formatMb(stat.size)}; see provenanceLens.maxFileSizeMB)` };
    }
    const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri));
    return 'text' in decoded ? { kind: 'text', text: decoded.text } : { kind: 'skipped', reason: decoded.error };
  } catch (err) {
    return { kind: 'error', reason: err instanceof Error ? err.message : String(err) };
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
