/**
 * Worker-thread entry (bundled to dist/worker.js): reads, decodes and analyses batches of dumps for
 * the AnalysisPool. Each file is handled on its own, so one bad file never fails its batch.
 */
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { analyzeText } from '../core/analyze';
import { linkFeatures, type LinkFeatures } from '../core/link/features';
import type { ContextSignature } from '../core/link/text';
import { contentHash } from './analysisCache';
import { readDumpSync } from './files';
import type { AnalysisJob, PartialResult, WorkerReady, WorkerRequest, WorkerResponse } from './workerProtocol';

/** Reads (synchronously: a worker handles one file at a time), analyses and packs one job; `transfer` collects the packed buffers. */
function handle(job: AnalysisJob, req: WorkerRequest, transfer: ArrayBuffer[]): PartialResult {
  try {
    let text = job.text;
    if (text === undefined) {
      const read = readDumpSync(job.path, req.maxBytes);
      if ('error' in read) return { path: job.path, ok: false, error: read.error };
      text = read.text;
    }
    const analysis = analyzeText(text);
    const features = req.features === true ? packLinkFeatures(linkFeatures(text, analysis), transfer) : undefined;
    return {
      path: job.path,
      ok: true,
      analysis: req.analysis === false ? undefined : analysis,
      text: req.text === false ? undefined : text,
      contentHash: contentHash(text),
      features,
      bytes: Buffer.byteLength(text),
    };
  } catch (e) {
    return { path: job.path, ok: false, error: `analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * Moves every Uint32Array of one file's features into a single buffer (views in place of copies):
 * the receiving thread then holds one ArrayBuffer per file instead of a hundred, which matters
 * when the claim index keeps the features of 10,000 files. The buffer is pushed on `transfer`
 * (when given) so that `postMessage` moves it instead of copying it.
 */
export function packTypedArrays<T extends object>(root: T, transfer?: ArrayBuffer[]): T {
  const found: Array<{ owner: Record<string | number, unknown>; key: string | number; value: Uint32Array }> = [];
  const visit = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 8 || ArrayBuffer.isView(node)) return;
    const owner = node as Record<string | number, unknown>;
    for (const key of Object.keys(owner)) {
      const value = owner[key];
      if (value instanceof Uint32Array) found.push({ owner, key, value });
      else visit(value, depth + 1);
    }
  };
  visit(root, 0);
  let total = 0;
  for (const f of found) total += f.value.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const f of found) {
    all.set(f.value, at);
    f.owner[f.key] = all.subarray(at, at + f.value.length);
    at += f.value.length;
  }
  if (transfer && total > 0) transfer.push(all.buffer);
  return root;
}

/**
 * `packTypedArrays` for the link features, walking their known shape instead of every key of every
 * object (quotes, claims, key lists): same buffer layout, a fraction of the time and garbage.
 */
export function packLinkFeatures(f: LinkFeatures, transfer?: ArrayBuffer[]): LinkFeatures {
  let total = f.fps.length;
  for (const q of f.quotes) total += q.run.length + q.shingles.length + sigLength(q.context) + sigLength(q.near);
  for (const c of f.numbers) total += sigLength(c.context) + sigLength(c.near);
  const packer = new ViewPacker(total);
  f.fps = packer.put(f.fps);
  for (const q of f.quotes) {
    q.run = packer.put(q.run);
    q.shingles = packer.put(q.shingles);
    packer.putSig(q.context);
    packer.putSig(q.near);
  }
  for (const c of f.numbers) {
    packer.putSig(c.context);
    packer.putSig(c.near);
  }
  if (transfer && total > 0) transfer.push(packer.all.buffer);
  return f;
}

function sigLength(s: ContextSignature): number {
  return s.words.length + s.names.length;
}

/** Copies arrays back to back into one buffer and hands back views on it. */
class ViewPacker {
  readonly all: Uint32Array<ArrayBuffer>;
  private at = 0;

  constructor(total: number) {
    this.all = new Uint32Array(total);
  }

  put(a: Uint32Array): Uint32Array {
    const from = this.at;
    this.all.set(a, from);
    this.at = from + a.length;
    return this.all.subarray(from, this.at);
  }

  putSig(s: ContextSignature): void {
    s.words = this.put(s.words);
    s.names = this.put(s.names);
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results: PartialResult[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const job of req.jobs) results.push(handle(job, req, transfer));
  const res: WorkerResponse = { id: req.id, results, heapUsed: getHeapStatistics().used_heap_size };
  parentPort!.postMessage(res, transfer);
});

parentPort?.postMessage({ ready: true } satisfies WorkerReady);
