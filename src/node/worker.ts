/**
 * Worker-thread entry (bundled to dist/worker.js): reads, decodes and analyses batches of dumps for
 * the AnalysisPool. Each file is handled on its own, so one bad file never fails its batch.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../core/analyze';
import { contentHash } from './analysisCache';
import { readDump } from './files';
import type { AnalysisJob, AnalysisResult, WorkerRequest, WorkerResponse } from './workerProtocol';

async function handle(job: AnalysisJob, maxBytes: number): Promise<AnalysisResult> {
  try {
    let text = job.text;
    if (text === undefined) {
      const read = await readDump(job.path, maxBytes);
      if ('error' in read) return { path: job.path, ok: false, error: read.error };
      text = read.text;
    }
    return { path: job.path, ok: true, analysis: analyzeText(text), text, contentHash: contentHash(text) };
  } catch (e) {
    return { path: job.path, ok: false, error: `analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  void (async () => {
    const results: AnalysisResult[] = [];
    for (const job of req.jobs) results.push(await handle(job, req.maxBytes));
    const res: WorkerResponse = { id: req.id, results };
    parentPort!.postMessage(res);
  })();
});
