/**
 * A small pool of worker threads that analyse dumps off the calling thread.
 *
 * Jobs are sent in batches (one message per batch, not per file) to keep structured-clone and
 * scheduling overhead low; results stream back batch by batch so callers can show progress and
 * cancel between batches. The pool never throws on bad input: a file that cannot be read or decoded
 * comes back as an error result.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { WorkerRequest, WorkerResponse, AnalysisJob, AnalysisResult } from './workerProtocol';

export type { AnalysisJob, AnalysisResult } from './workerProtocol';

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
}

export interface CancelToken {
  readonly isCancellationRequested: boolean;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

/** Analyses many dumps on worker threads; reuse one pool for the life of the process. */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private readonly pending = new Map<number, { jobs: AnalysisJob[]; resolve: (r: AnalysisResult[]) => void }>();
  private disposed = false;

  constructor(private readonly options: PoolOptions) {}

  /** The number of worker threads the pool runs. */
  get size(): number {
    return Math.max(1, this.options.size ?? availableParallelism());
  }

  /**
   * Runs every job, calling `onResults` as batches finish (in completion order).
   * Stops scheduling new batches once `token` is cancelled; batches already running finish.
   */
  async run(jobs: readonly AnalysisJob[], onResults: (results: AnalysisResult[]) => void, token?: CancelToken): Promise<void> {
    if (this.disposed) throw new Error('analysis pool is disposed');
    this.ensureWorkers();
    const batchSize = pickBatchSize(jobs.length, this.size);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < jobs.length && !token?.isCancellationRequested && !this.disposed) {
        const batch = jobs.slice(next, next + batchSize);
        next += batch.length;
        this.ensureWorkers();
        const slot = this.slots.find((s) => !s.busy) ?? this.slots[0];
        onResults(await this.send(slot, batch));
      }
    };
    await Promise.all(Array.from({ length: this.size }, lane));
  }

  /** Analyses one document's text (used for incremental updates). */
  async analyzeOne(job: AnalysisJob): Promise<AnalysisResult> {
    this.ensureWorkers();
    const slot = this.slots.find((s) => !s.busy) ?? this.slots[0];
    const [result] = await this.send(slot, [job]);
    return result;
  }

  dispose(): void {
    this.disposed = true;
    for (const s of this.slots) void s.worker.terminate();
    this.slots.length = 0;
    for (const p of this.pending.values()) p.resolve(p.jobs.map((j) => ({ path: j.path, ok: false, error: 'analysis cancelled: the pool was closed' })));
    this.pending.clear();
  }

  private ensureWorkers(): void {
    while (this.slots.length < this.size) {
      const worker = new Worker(this.options.workerFile, { execArgv: this.options.execArgv });
      worker.unref();
      const slot: Slot = { worker, busy: false };
      worker.on('message', (msg: WorkerResponse) => {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        p.resolve(msg.results);
      });
      worker.on('error', (err) => this.failSlot(slot, err));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.disposed) this.failSlot(slot, new Error(`analysis worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  private inflight = new Map<Slot, number>();

  private send(slot: Slot, jobs: AnalysisJob[]): Promise<AnalysisResult[]> {
    const id = this.nextId++;
    slot.busy = true;
    this.inflight.set(slot, id);
    return new Promise<AnalysisResult[]>((resolve) => {
      this.pending.set(id, {
        jobs,
        resolve: (r) => {
          slot.busy = false;
          this.inflight.delete(slot);
          resolve(r);
        },
      });
      const req: WorkerRequest = { id, jobs, maxBytes: this.options.maxBytes ?? Number.MAX_SAFE_INTEGER, features: this.options.linkFeatures };
      slot.worker.postMessage(req);
    });
  }

  /** A crashed worker fails its in-flight batch as per-file errors; a fresh worker replaces it. */
  private failSlot(slot: Slot, err: Error): void {
    const idx = this.slots.indexOf(slot);
    if (idx >= 0) this.slots.splice(idx, 1);
    const id = this.inflight.get(slot);
    this.inflight.delete(slot);
    if (id !== undefined) {
      const p = this.pending.get(id);
      this.pending.delete(id);
      p?.resolve(p.jobs.map((j) => ({ path: j.path, ok: false, error: `analysis failed: ${err.message}` })));
    }
    if (!this.disposed) this.ensureWorkers();
  }
}

/** Enough batches to keep every thread busy and to report progress often, few enough to amortise messaging. */
function pickBatchSize(jobs: number, threads: number): number {
  return Math.max(1, Math.min(64, Math.ceil(jobs / (threads * 8))));
}
