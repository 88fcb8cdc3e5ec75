/**
 * A small pool of worker threads that analyse dumps off the calling thread.
 *
 * Jobs are sent in small batches (one message per batch, not per file) to keep structured-clone and
 * scheduling overhead low while keeping each message cheap to deserialise on the calling thread.
 * Results stream back batch by batch; a consumer that returns a promise applies back-pressure (the
 * pool never runs more than `maxAhead` batches past what was consumed). The pool never throws on bad
 * input: a file that cannot be read or decoded comes back as an error result. A worker that cannot
 * start is retried with back-off a few times, then every pending job fails with an error result.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type {
  AnalysisError, AnalysisJob, AnalysisResult, PartialResult, WorkerMessage, WorkerRequest,
} from './workerProtocol';

export type { AnalysisJob, AnalysisResult, PartialResult } from './workerProtocol';

export interface PoolOptions {
  /** Absolute path of the bundled worker script (dist/worker.js). */
  workerFile: string;
  /** Number of threads; defaults to the number of cores (at least 1). */
  size?: number;
  /** Extra `execArgv` for the workers (e.g. a TypeScript loader in tests). */
  execArgv?: string[];
  /** Files larger than this are reported as errors instead of analysed. */
  maxBytes?: number;
  /** Workers also compute each file's link features (`ClaimIndex.upsertFeatures`). */
  linkFeatures?: boolean;
  /** Cap on each worker's old-generation heap in MB; a worker that exceeds it fails its batch and is replaced. */
  maxWorkerHeapMb?: number;
  /** Consecutive start failures after which the pool gives up (default 3). */
  maxStartFailures?: number;
  /** Delay before the first restart of a worker that failed to start; doubles on each failure (default 100 ms). */
  restartDelayMs?: number;
}

export interface RunOptions {
  /** Send each decoded text back (default true); false when only features or the analysis are needed. */
  text?: boolean;
  /** Send each analysis back (default true). */
  analysis?: boolean;
  /** Batches scheduled but not yet consumed (default 2 × size): bounds the results held in memory. */
  maxAhead?: number;
}

export interface CancelToken {
  readonly isCancellationRequested: boolean;
}

/** What `onResults` returns: a promise means "consumed when settled" (back-pressure). */
export type Consumed = void | Promise<void>;

type OnResults = ((results: AnalysisResult[]) => Consumed) | ((results: PartialResult[]) => Consumed);

/** Statistics for benchmarks and logs. */
export interface PoolStats {
  /** Largest V8 heap a worker reported after a batch. */
  workerHeapPeakBytes: number;
  /** Workers that failed before they were ready, in total. */
  startFailures: number;
}

interface Request {
  id: number;
  jobs: AnalysisJob[];
  text: boolean;
  analysis: boolean;
  resolve: (results: PartialResult[]) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current?: Request;
}

const CANCELLED = 'analysis cancelled: the pool was closed';

/** Analyses many dumps on worker threads; reuse one pool for the life of the process. */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Request[] = [];
  private nextId = 1;
  private disposed = false;
  private failuresInARow = 0;
  private startFailures = 0;
  private startError: string | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private heapPeak = 0;

  constructor(private readonly options: PoolOptions) {}

  /** The number of worker threads the pool runs. */
  get size(): number {
    return Math.max(1, this.options.size ?? availableParallelism());
  }

  get stats(): PoolStats {
    return { workerHeapPeakBytes: this.heapPeak, startFailures: this.startFailures };
  }

  /**
   * Runs every job, calling `onResults` batch by batch in the order of `jobs` (a batch that finishes
   * early waits for the ones before it, while its worker goes on with the next batch), so that the same
   * files always reach the index in the same order; resolves once every batch was delivered and every
   * promise `onResults` returned has settled (rejects with the first error it threw). Stops scheduling
   * once `token` is cancelled; after `dispose()` it does nothing.
   */
  run(jobs: readonly AnalysisJob[], onResults: (results: AnalysisResult[]) => Consumed, token?: CancelToken): Promise<void>;
  run(jobs: readonly AnalysisJob[], onResults: (results: PartialResult[]) => Consumed, token: CancelToken | undefined, options: RunOptions): Promise<void>;
  async run(jobs: readonly AnalysisJob[], onResults: OnResults, token?: CancelToken, options: RunOptions = {}): Promise<void> {
    if (this.disposed || jobs.length === 0) return;
    const batchSize = pickBatchSize(jobs.length, this.size);
    const gate = new Gate(Math.max(1, options.maxAhead ?? 2 * this.size));
    let next = 0;
    let failure: { error: unknown } | undefined;
    const consumers: Array<Promise<void>> = [];
    // Settles when the previous batch has been handed to `onResults`.
    let turn: Promise<void> = Promise.resolve();
    const more = (): boolean => next < jobs.length && !token?.isCancellationRequested && !this.disposed && !failure;
    const deliver = (results: PartialResult[], release: () => void): Consumed => {
      try {
        // With default options every success carries its text and analysis (an AnalysisResult).
        return (onResults as (r: PartialResult[]) => Consumed)(results);
      } finally {
        release();
      }
    };
    const lane = async (): Promise<void> => {
      while (more()) {
        await gate.enter();
        if (!more()) {
          gate.leave();
          return;
        }
        const batch = jobs.slice(next, next + batchSize);
        next += batch.length;
        const previous = turn;
        let release!: () => void;
        turn = new Promise<void>((r) => (release = r));
        const results = await this.submit(batch, options);
        consumers.push(previous.then(() => deliver(results, release)).then(() => gate.leave(), (error: unknown) => {
          failure ??= { error };
          gate.leave();
        }));
      }
    };
    await Promise.all(Array.from({ length: this.size }, lane));
    await Promise.all(consumers);
    if (failure) throw failure.error;
  }

  /** Analyses one document's text (used for incremental updates); an error result once disposed. */
  async analyzeOne(job: AnalysisJob): Promise<AnalysisResult> {
    const [result] = await this.submit([job], {});
    return result as AnalysisResult;
  }

  /** Stops the workers; pending jobs come back as "cancelled" errors, later runs do nothing. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.restartTimer);
    this.failAll(CANCELLED);
  }

  private submit(jobs: AnalysisJob[], options: RunOptions): Promise<PartialResult[]> {
    if (this.startError !== undefined) return Promise.resolve(errors(jobs, this.startError));
    if (this.disposed) return Promise.resolve(errors(jobs, CANCELLED));
    return new Promise<PartialResult[]>((resolve) => {
      this.waiting.push({ id: this.nextId++, jobs, text: options.text !== false, analysis: options.analysis !== false, resolve });
      this.ensureWorkers();
      this.dispatch();
    });
  }

  /** Hands waiting requests to idle workers (a worker still loading queues its message). */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current || this.waiting.length === 0) continue;
      const req = this.waiting.shift()!;
      slot.current = req;
      const msg: WorkerRequest = {
        id: req.id, jobs: req.jobs, maxBytes: this.options.maxBytes ?? Number.MAX_SAFE_INTEGER,
        features: this.options.linkFeatures, text: req.text, analysis: req.analysis,
      };
      slot.worker.postMessage(msg);
    }
  }

  private ensureWorkers(): void {
    if (this.disposed || this.startError !== undefined || this.restartTimer) return;
    while (this.slots.length < this.size) this.spawn();
  }

  private spawn(): void {
    const heap = this.options.maxWorkerHeapMb;
    const worker = new Worker(this.options.workerFile, {
      execArgv: this.options.execArgv,
      resourceLimits: heap ? { maxOldGenerationSizeMb: heap } : undefined,
    });
    worker.unref();
    const slot: Slot = { worker, ready: false };
    worker.on('message', (msg: WorkerMessage) => this.onMessage(slot, msg));
    worker.on('error', (err) => this.onFailure(slot, err));
    worker.on('exit', (code) => this.onFailure(slot, new Error(`analysis worker exited with code ${code}`)));
    this.slots.push(slot);
  }

  private onMessage(slot: Slot, msg: WorkerMessage): void {
    if ('ready' in msg) {
      slot.ready = true;
      this.failuresInARow = 0;
      return;
    }
    const req = slot.current;
    if (!req || req.id !== msg.id) return;
    slot.current = undefined;
    this.heapPeak = Math.max(this.heapPeak, msg.heapUsed ?? 0);
    req.resolve(msg.results);
    this.dispatch();
  }

  /**
   * A worker that crashes after it was ready fails its batch as per-file errors and is replaced at
   * once; one that fails while loading has its batch re-queued and is restarted after a back-off,
   * until `maxStartFailures` failures in a row make the pool give up.
   */
  private onFailure(slot: Slot, err: Error): void {
    const idx = this.slots.indexOf(slot);
    if (idx < 0 || this.disposed) return;
    this.slots.splice(idx, 1);
    void slot.worker.terminate();
    const req = slot.current;
    slot.current = undefined;
    if (slot.ready) {
      req?.resolve(errors(req.jobs, `analysis failed: ${err.message}`));
      this.ensureWorkers();
      this.dispatch();
      return;
    }
    if (req) this.waiting.unshift(req);
    this.startFailures++;
    this.failuresInARow++;
    if (this.failuresInARow >= (this.options.maxStartFailures ?? 3)) {
      this.startError = `analysis worker could not start: ${err.message}`;
      this.failAll(this.startError);
      return;
    }
    if (this.restartTimer) return;
    const delay = (this.options.restartDelayMs ?? 100) * 2 ** (this.failuresInARow - 1);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.ensureWorkers();
      this.dispatch();
    }, delay);
  }

  /** Terminates every worker and answers every request with `message`. */
  private failAll(message: string): void {
    const reqs = [...this.slots.flatMap((s) => (s.current ? [s.current] : [])), ...this.waiting];
    for (const s of this.slots) void s.worker.terminate();
    this.slots.length = 0;
    this.waiting.length = 0;
    for (const r of reqs) r.resolve(errors(r.jobs, message));
  }
}

/** Counts batches scheduled but not yet consumed; `enter` waits while `limit` are outstanding. */
class Gate {
  private count = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async enter(): Promise<void> {
    while (this.count >= this.limit) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.count++;
  }

  leave(): void {
    this.count--;
    this.waiters.shift()?.();
  }
}

function errors(jobs: readonly AnalysisJob[], error: string): AnalysisError[] {
  return jobs.map((j) => ({ path: j.path, ok: false, error }));
}

/** Enough batches to keep every thread busy and to report progress often; small enough to deserialise in a few ms. */
function pickBatchSize(jobs: number, threads: number): number {
  return Math.max(1, Math.min(16, Math.ceil(jobs / (threads * 8))));
}
