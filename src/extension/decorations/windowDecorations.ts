import vscode = require('vscode');
import type { FileAnalysis } from '../../core/types';
import { analyzeWindow } from '../../core/window';
import { type DecorationKind, type DecorationToggles, layoutDecorations } from './decorationPlan';
import { ForwardPositions } from './positions';

export type AppliedDecorations = Record<DecorationKind, vscode.DecorationOptions[]>;

/** Documents longer than this (characters) are first decorated around the viewport, then in full. */
export const WINDOW_MIN_CHARS = 256 * 1024;
/** Context read above the window so attribution finds its speakers (see core/window.ts). */
const CONTEXT_CHARS = 32_000;
const PARAGRAPH_SEARCH_CHARS = 8_000;
const TRAILING_CHARS = 4_000;
/** Most lines decorated by one window (folded regions can make the visible span huge). */
const MAX_WINDOW_LINES = 600;

/** Length of a document in characters, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * Turns an analysis into decoration options per kind in one forward walk over `text` (which starts
 * at document offset `base`, on line `baseLine`): no `positionAt` search per range.
 */
export function buildDecorations(analysis: Pick<FileAnalysis, 'quotes' | 'numbers' | 'boilerplate'>, toggles: DecorationToggles, text: string, base = 0, baseLine = 0): AppliedDecorations {
  return layoutDecorations(analysis, toggles, new ForwardPositions(text, base, baseLine), (s, e, after) => ({
    range: new vscode.Range(s.line, s.character, e.line, e.character),
    renderOptions: after === undefined ? undefined : { after: { contentText: after } },
  }));
}

/** Lines `[fromLine, toLine]` decorated by a window: the visible lines plus one screen above and below. */
export function windowLines(editor: vscode.TextEditor): { fromLine: number; toLine: number } {
  const ranges = editor.visibleRanges;
  const last = editor.document.lineCount - 1;
  if (ranges.length === 0) return { fromLine: 0, toLine: Math.min(last, 60) };
  let first = ranges[0].start.line;
  let end = ranges[0].end.line;
  for (const r of ranges) {
    first = Math.min(first, r.start.line);
    end = Math.max(end, r.end.line);
  }
  end = Math.min(end, first + MAX_WINDOW_LINES / 3);
  const screen = end - first + 1;
  return { fromLine: Math.max(0, first - screen), toLine: Math.min(last, end + screen) };
}

/**
 * Analyses only the text around the editor's viewport (a slice read with `getText(range)`, never
 * the whole document) and returns the decorations of the lines in `windowLines`, in document
 * positions. Synchronous: what it returns belongs to the document version current at the call.
 */
export function windowDecorations(editor: vscode.TextEditor, toggles: DecorationToggles): { fromLine: number; toLine: number; decorations: AppliedDecorations } {
  const document = editor.document;
  const { fromLine, toLine } = windowLines(editor);
  const start = document.offsetAt(new vscode.Position(fromLine, 0));
  const end = document.offsetAt(document.lineAt(toLine).range.end);
  // Read the slice the window analysis may need, from a line start, and let core pick inside it.
  const sliceFromLine = document.positionAt(Math.max(0, start - CONTEXT_CHARS - PARAGRAPH_SEARCH_CHARS - 1)).line;
  const sliceToLine = document.positionAt(end + TRAILING_CHARS + 1).line;
  const base = document.offsetAt(new vscode.Position(sliceFromLine, 0));
  const text = document.getText(new vscode.Range(sliceFromLine, 0, sliceToLine, document.lineAt(sliceToLine).range.end.character));
  const { analysis } = analyzeWindow(text, start - base, end - base, {
    contextChars: CONTEXT_CHARS, paragraphSearchChars: PARAGRAPH_SEARCH_CHARS, trailingChars: TRAILING_CHARS, offset: base, firstLine: sliceFromLine,
  });
  return { fromLine, toLine, decorations: buildDecorations(analysis, toggles, text, base, sliceFromLine) };
}
