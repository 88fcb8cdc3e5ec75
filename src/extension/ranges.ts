import vscode = require('vscode');

/**
 * The one place where core offsets (UTF-16 indices into the document text, `end` exclusive)
 * become editor ranges and back. Offsets are clamped by `positionAt`, so stale claims never throw.
 */
export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(Math.max(start, end)));
}

/** The offset of a position in a document, for core "what is at this offset" look-ups. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}
