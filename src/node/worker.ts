/**
 * Worker-thread entry (bundled to dist/worker.js): reads, decodes and analyses batches of dumps for
 * the AnalysisPool. Each file is handled on its own, so one bad file never fails its batch.
 */
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { analyzeText } from '../core/analyze';
import { linkFeatures, packFeatures } from '../core/link/features';
import { contentHash } from './analysisCache';
import { readDumpSync } from './files';
import type { AnalysisJob, PartialResult, WorkerReady, WorkerRequest, WorkerResponse } from './workerProtocol';

/** Reads (synchronously: a worker handles one file at a time), analyses and packs one job; `transfer` collects the packed buffers (see `packFeatures`). */
function handle(job: AnalysisJob, req: WorkerRequest, transfer: ArrayBuffer[]): PartialResult {
  try {
    let text = job.text;
    if (text === undefined) {
      const read = readDumpSync(job.path, req.maxBytes);
      if ('error' in read) return { path: job.path, ok: false, error: read.error };
      text = read.text;
    }
    const analysis = analyzeText(text);
    // One flat buffer per file, moved (not copied) by postMessage; the claim index adopts it as is.
    const features = req.features === true ? packFeatures(linkFeatures(text, analysis)) : undefined;
    if (features) transfer.push(features.sig.buffer);
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

parentPort?.on('message', (req: WorkerRequest) => {
  const results: PartialResult[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const job of req.jobs) results.push(handle(job, req, transfer));
  const res: WorkerResponse = { id: req.id, results, heapUsed: getHeapStatistics().used_heap_size };
  parentPort!.postMessage(res, transfer);
});

parentPort?.postMessage({ ready: true } satisfies WorkerReady);
