import vscode = require('vscode');
import { CommandIds, DUMP_LANGUAGE } from '../commandIds';
import type { DocumentAnalyses } from '../documentAnalyses';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { toRange } from '../ranges';
import { claimsAt } from './claimAt';
import { hoverMarkdown } from './hoverMarkdown';

/** How long a first hover waits for the (lazily started) workspace index before answering with what it has. */
const INDEX_WAIT_MS = 1500;

/** Formats the core's "what is at this offset" answer as a hover; dump text is escaped. */
export class ClaimHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly documents: DocumentAnalyses,
    private readonly index: WorkspaceIndex,
  ) {
    this.registration = vscode.languages.registerHoverProvider({ language: DUMP_LANGUAGE }, this);
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analyzed = await this.documents.analyze(document);
    if (!analyzed || token.isCancellationRequested || document.version !== analyzed.version) return undefined;
    const offset = document.offsetAt(position);
    const at = claimsAt(analyzed.analysis, offset);
    if (!at.quote && !at.number) return undefined;
    await Promise.race([this.index.ensureStarted(), new Promise((resolve) => setTimeout(resolve, INDEX_WAIT_MS))]);
    if (token.isCancellationRequested || document.version !== analyzed.version) return undefined;
    const path = this.index.keyOf(document.uri);
    const value = hoverMarkdown({
      ...at,
      meta: analyzed.analysis.meta,
      groups: this.index.claims.groupsAt(path, offset),
      path,
      openCommand: CommandIds.openLocation,
      uriOf: (p) => this.index.uriOf(p)?.toString(),
    });
    const md = new vscode.MarkdownString(value);
    md.isTrusted = { enabledCommands: [CommandIds.openLocation] };
    md.supportHtml = false;
    md.supportThemeIcons = false;
    const span = at.number ?? at.quote!;
    return new vscode.Hover(md, toRange(document, span.start, span.end));
  }

  dispose(): void {
    this.registration.dispose();
  }
}
