import { analyzeText } from '../../core/analyze';
import type { FileAnalysis } from '../../core/types';
import { contentHash } from '../../node/analysisCache';
import { readDump } from '../../node/files';
import type { AnalysisJob, AnalysisResult } from '../../node/workerProtocol';

export type { AnalysisJob, AnalysisResult } from '../../node/workerProtocol';

/** A result of `analyzeMany`: as `AnalysisResult`, the analysis left out when not asked for. */
export type ManyResult = Exclude<AnalysisResult, { ok: true }> | (Omit<Extract<AnalysisResult, { ok: true }>, 'analysis'> & { analysis?: FileAnalysis });

/** Receives one batch of results; a returned promise means "consumed when settled". */
export type OnResults = (results: ManyResult[]) => void | Promise<void>;

export interface ManyOptions {
  /** Send each analysis back (default true): false when only the text and link features are used. */
  analysis?: boolean;
}

export interface CancelToken {
  readonly isCancellationRequested: boolean;
}

/**
 * The one seam between the extension and the analysis engine: in-process, or a worker pool
 * (see poolAnalyzer.ts); callers do not know which.
 */
export interface Analyzer {
  /** Analyses one text (an open document). */
  analyze(text: string): Promise<FileAnalysis>;
  /**
   * Analyses many dumps: a job with `text` is analysed as is, a job with only `path` (a local
   * file path) is read and decoded by the analyzer. Results arrive batch by batch; when `onResults`
   * returns a promise, later batches wait for it (back-pressure: only a few batches run ahead of
   * the consumer). Never rejects for a bad file (it comes back as `{ ok: false }`).
   */
  analyzeMany(jobs: readonly AnalysisJob[], onResults: OnResults, token?: CancelToken, options?: ManyOptions): Promise<void>;
  /** Number of analyses performed so far (tests check that a warm index analyses nothing). */
  readonly analysesPerformed: number;
  dispose(): void;
}

/** Runs `analyzeText` in the extension host, yielding to the event loop between files. */
export class InProcessAnalyzer implements Analyzer {
  private count = 0;

  constructor(private readonly maxBytes: () => number = () => Number.MAX_SAFE_INTEGER) {}

  get analysesPerformed(): number {
    return this.count;
  }

  analyze(text: string): Promise<FileAnalysis> {
    try {
      this.count++;
      return Promise.resolve(analyzeText(text));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  async analyzeMany(jobs: readonly AnalysisJob[], onResults: OnResults, token?: CancelToken): Promise<void> {
    for (const job of jobs) {
      if (token?.isCancellationRequested) return;
      await onResults([await this.one(job)]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async one(job: AnalysisJob): Promise<AnalysisResult> {
    let text = job.text;
    if (text === undefined) {
      const read = await readDump(job.path, this.maxBytes());
      if ('error' in read) return { path: job.path, ok: false, error: read.error };
      text = read.text;
    }
    try {
      const analysis = await this.analyze(text);
      return { path: job.path, ok: true, analysis, text, contentHash: contentHash(text) };
    } catch (err) {
      return { path: job.path, ok: false, error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  dispose(): void {
    // nothing held
  }
}
