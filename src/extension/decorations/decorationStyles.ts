import vscode = require('vscode');
import type { DecorationKind } from './decorationPlan';

/** Creates the decoration types once; colours are theme colours from `contributes.colors`. */
export function createDecorationTypes(): Record<DecorationKind, vscode.TextEditorDecorationType> {
  const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`provenanceLens.${id}`);
  return {
    attributedQuote: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('attributedQuoteBackground'),
      overviewRulerColor: color('attributedQuoteBackground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      after: { color: color('speakerForeground'), fontStyle: 'italic' },
    }),
    unattributedQuote: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('unattributedQuoteBackground'),
    }),
    fragment: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 1px 0',
      borderColor: color('fragmentBorder'),
    }),
    number: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('numberBackground'),
      borderRadius: '2px',
      overviewRulerColor: color('numberBackground'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
    boilerplate: vscode.window.createTextEditorDecorationType({
      opacity: '0.45',
    }),
  };
}
