import vscode = require('vscode');
import type { CompareReport } from '../../core/types';
import { CommandIds, type LocationArgs } from '../commandIds';
import { parseWebviewMessage, type ReportSummary, type ToWebview } from './reportMessages';

/**
 * The comparison report as a webview: strict CSP with a nonce, scripts and styles only from
 * `media/`, and the report rendered by `media/report.js` through `textContent` (never HTML).
 */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private last: ToWebview | undefined;
  private readonly media: vscode.Uri;

  constructor(
    extensionUri: vscode.Uri,
    private readonly uriOf: (path: string) => vscode.Uri | undefined,
  ) {
    this.media = vscode.Uri.joinPath(extensionUri, 'media');
  }

  /** Shows (or updates) the panel with a report. */
  show(report: CompareReport, summary: ReportSummary): void {
    this.last = { type: 'report', report, summary };
    if (!this.panel) this.panel = this.create();
    else this.panel.reveal(undefined, true);
    void this.panel.webview.postMessage(this.last);
  }

  /** The webview's HTML while the panel is open (tests check its CSP). */
  get webviewHtml(): string | undefined {
    return this.panel?.webview.html;
  }

  /** True while the panel is open (for tests). */
  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  private create(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel('provenanceLens.report', 'Claim Comparison', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [this.media],
    });
    panel.iconPath = vscode.Uri.joinPath(this.media, 'provenance.svg');
    panel.webview.html = this.html(panel.webview);
    panel.webview.onDidReceiveMessage((raw) => this.onMessage(raw));
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    return panel;
  }

  private onMessage(raw: unknown): void {
    const msg = parseWebviewMessage(raw);
    if (!msg) return;
    if (msg.type === 'ready' && this.last) void this.panel?.webview.postMessage(this.last);
    if (msg.type === 'export') void vscode.commands.executeCommand(CommandIds.exportComparison);
    if (msg.type === 'open') {
      const uri = this.uriOf(msg.path);
      if (uri) void vscode.commands.executeCommand(CommandIds.openLocation, { uri: uri.toString(), start: msg.start, end: msg.end } satisfies LocationArgs);
    }
  }

  private html(webview: vscode.Webview): string {
    const nonce = makeNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'report.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'report.css'));
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${webview.cspSource}`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Claim Comparison</title>
</head>
<body>
<main id="root"><p>Loading the comparison…</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function makeNonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
