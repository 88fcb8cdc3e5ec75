/**
 * Worker-thread entry (bundled to dist/worker.js): reads, decodes and analyses batches of dumps for
 * the AnalysisPool. Each file is handled on its own, so one bad file never fails its batch.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../core/analyze';
import { linkFeatures } from '../core/link/features';
import { contentHash } from './analysisCache';
import { readDump } from './files';
import type { AnalysisJob, AnalysisResult, WorkerRequest, WorkerResponse } from './workerProtocol';

async function handle(job: AnalysisJob, maxBytes: number, withFeatures: boolean): Promise<AnalysisResult> {
  try {
    let text = job.text;
    if (text === undefined) {
      const read = await readDump(job.path, maxBytes);
      if ('error' in read) return { path: job.path, ok: false, error: read.error };
      text = read.text;
    }
    const analysis = analyzeText(text);
    const features = withFeatures ? linkFeatures(text, analysis) : undefined;
    return { path: job.path, ok: true, analysis, text, contentHash: contentHash(text), features };
  } catch (e) {
    return { path: job.path, ok: false, error: `analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  void (async () => {
    const results: AnalysisResult[] = [];
    for (const job of req.jobs) results.push(await handle(job, req.maxBytes, req.features === true));
    const res: WorkerResponse = { id: req.id, results };
    parentPort!.postMessage(res);
  })();
});
