import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { FileAnalysis } from '../../core/types';
import { AnalysisPool } from '../../node/analysisPool';
import type { LazyLog } from '../log';
import type { AnalysisJob, Analyzer, CancelToken, InProcessAnalyzer, ManyOptions, ManyResult, OnResults } from './analyzer';

/** Documents up to this many characters are re-analysed in the extension host (a few ms); larger ones go to a worker. */
export const IN_PROCESS_MAX_CHARS = 200_000;
/** How long the first worker may take to answer a probe before the pool is given up. */
const PROBE_TIMEOUT_MS = 15_000;

/**
 * Analyses on worker threads (`AnalysisPool` running dist/worker.js), started on first use so
 * activation stays cheap. If the workers cannot start, everything falls back to the in-process
 * analyzer, with one line in the output channel.
 */
export class PoolAnalyzer implements Analyzer {
  private pool: AnalysisPool | undefined;
  private poolMaxBytes = 0;
  private starting: Promise<AnalysisPool | undefined> | undefined;
  private unavailable = false;
  private disposed = false;
  private running = 0;
  private poolAnalyses = 0;

  constructor(
    private readonly workerFile: string,
    private readonly fallback: InProcessAnalyzer,
    private readonly log: LazyLog,
    private readonly maxBytes: () => number,
  ) {}

  get analysesPerformed(): number {
    return this.poolAnalyses + this.fallback.analysesPerformed;
  }

  /** True while analyses run on worker threads (false before the first use and after a fallback). */
  get usesWorkers(): boolean {
    return this.pool !== undefined;
  }

  async analyze(text: string): Promise<FileAnalysis> {
    if (text.length <= IN_PROCESS_MAX_CHARS) return this.fallback.analyze(text);
    const pool = await this.ready();
    if (!pool) return this.fallback.analyze(text);
    this.running++;
    try {
      const result = await pool.analyzeOne({ path: '<document>', text });
      if (!result.ok) throw new Error(result.error);
      this.poolAnalyses++;
      return result.analysis;
    } finally {
      this.running--;
    }
  }

  async analyzeMany(jobs: readonly AnalysisJob[], onResults: OnResults, token?: CancelToken, options: ManyOptions = {}): Promise<void> {
    if (jobs.length === 0) return;
    const pool = await this.ready();
    if (!pool) return this.fallback.analyzeMany(jobs, onResults, token);
    this.running++;
    try {
      // The text always comes back (the dump check reads it); the analysis only when asked for:
      // past the warm store's bound nothing keeps it, and it is the largest part of a result.
      await pool.run(jobs, (results) => {
        this.poolAnalyses += results.filter((r) => r.ok).length;
        return this.disposed ? undefined : onResults(results as ManyResult[]);
      }, token, { text: true, analysis: options.analysis !== false });
    } catch (err) {
      if (!this.disposed) throw err; // closed while running: the caller sees a partial result
    } finally {
      this.running--;
    }
  }

  private ready(): Promise<AnalysisPool | undefined> {
    if (this.disposed || this.unavailable) return Promise.resolve(undefined);
    if (this.pool && this.poolMaxBytes !== this.maxBytes() && this.running === 0) {
      this.pool.dispose(); // the size limit changed: workers enforce it, so start fresh ones
      this.pool = undefined;
      this.starting = undefined;
    }
    if (this.pool) return Promise.resolve(this.pool);
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<AnalysisPool | undefined> {
    if (!existsSync(this.workerFile)) return this.giveUp(`the worker bundle ${this.workerFile} is missing`);
    const maxBytes = this.maxBytes();
    let pool: AnalysisPool | undefined;
    try {
      pool = new AnalysisPool({ workerFile: this.workerFile, size: Math.max(1, Math.min(4, availableParallelism() - 1)), maxBytes, linkFeatures: true });
      let timer: NodeJS.Timeout | undefined;
      const probe = await Promise.race([
        pool.analyzeOne({ path: '<probe>', text: 'probe' }),
        new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), PROBE_TIMEOUT_MS))),
      ]).finally(() => clearTimeout(timer));
      if (!probe?.ok) throw new Error(probe ? probe.error : `no answer within ${PROBE_TIMEOUT_MS} ms`);
    } catch (err) {
      pool?.dispose();
      return this.giveUp(err instanceof Error ? err.message : String(err));
    }
    if (this.disposed) {
      pool.dispose();
      return undefined;
    }
    this.pool = pool;
    this.poolMaxBytes = maxBytes;
    return pool;
  }

  private giveUp(reason: string): undefined {
    this.unavailable = true;
    this.log.warn(`analysis workers unavailable (${reason}); analysing in the extension host instead`);
    return undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.pool?.dispose();
    this.pool = undefined;
    this.fallback.dispose();
  }
}
