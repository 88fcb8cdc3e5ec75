import type { LazyLog } from './log';
import vscode = require('vscode');
import type { FileAnalysis } from '../core/types';
import type { Activity } from './activity';
import type { Analyzer } from './index/analyzer';

export interface AnalyzedDocument {
  document: vscode.TextDocument;
  version: number;
  text: string;
  analysis: FileAnalysis;
}

/**
 * Analyses of open documents, cached by document version. A result whose document changed
 * while it was computed is dropped (returns undefined), never drawn.
 */
export class DocumentAnalyses implements vscode.Disposable {
  private readonly cache = new Map<string, AnalyzedDocument>();
  private readonly inFlight = new Map<string, { version: number; promise: Promise<AnalyzedDocument | undefined> }>();
  private readonly analyzed = new vscode.EventEmitter<AnalyzedDocument>();
  private readonly closeListener: vscode.Disposable;
  /** Fires once per fresh analysis of a document version. */
  readonly onDidAnalyze = this.analyzed.event;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly activity: Activity,
    private readonly log: LazyLog,
  ) {
    this.closeListener = vscode.workspace.onDidCloseTextDocument((d) => {
      this.cache.delete(d.uri.toString());
      this.inFlight.delete(d.uri.toString());
    });
  }

  /** The analysis of the document's current version, if already computed. */
  cached(document: vscode.TextDocument): AnalyzedDocument | undefined {
    const hit = this.cache.get(document.uri.toString());
    return hit && hit.version === document.version ? hit : undefined;
  }

  /** Analyses the current version (shared with any call already running for it); undefined when stale or failed. */
  analyze(document: vscode.TextDocument): Promise<AnalyzedDocument | undefined> {
    const hit = this.cached(document);
    if (hit) return Promise.resolve(hit);
    const key = document.uri.toString();
    const running = this.inFlight.get(key);
    if (running && running.version === document.version) return running.promise;
    const promise = this.activity.run(() => this.compute(document));
    this.inFlight.set(key, { version: document.version, promise });
    return promise;
  }

  private async compute(document: vscode.TextDocument): Promise<AnalyzedDocument | undefined> {
    const version = document.version;
    const key = document.uri.toString();
    const text = document.getText();
    let analysis: FileAnalysis;
    try {
      analysis = await this.analyzer.analyze(text);
    } catch (err) {
      this.log.error(`analysis failed for ${document.uri.toString(true)}: ${String(err)}`);
      return undefined;
    } finally {
      if (this.inFlight.get(key)?.version === version) this.inFlight.delete(key);
    }
    if (document.isClosed || document.version !== version) return undefined;
    const result: AnalyzedDocument = { document, version, text, analysis };
    this.cache.set(key, result);
    this.analyzed.fire(result);
    return result;
  }

  dispose(): void {
    this.closeListener.dispose();
    this.analyzed.dispose();
    this.cache.clear();
  }
}
