/**
 * The comparison export at scale: the one-shot exporters (one blocking call each, as the export
 * command ran before) against the sliced export the command runs now (longest slice), and whether
 * the two give the same bytes (SHA-256 of each).
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { CompareReport } from '../src/core/types';
import { exportSliced, serialiseAtOnce } from '../src/extension/report/exportSliced';
import { resetSliceStats, sliceStats } from '../src/extension/index/slicing';

/** Per format: one-shot ms (or its error), sliced wall ms and longest slice, output MB, same bytes. */
export async function checkExport(report: CompareReport): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const path of ['report.json', 'report.csv', 'report.md']) {
    let once: string | undefined;
    let onceError: string | undefined;
    const t0 = performance.now();
    try {
      once = createHash('sha256').update(serialiseAtOnce(report, path)).digest('hex');
    } catch (err) {
      onceError = err instanceof Error ? err.message : String(err); // e.g. a string over V8's length limit
    }
    const onceMs = performance.now() - t0;
    resetSliceStats();
    const t1 = performance.now();
    const bytes = await exportSliced(report, path);
    const slicedMs = performance.now() - t1;
    const sliced = bytes && createHash('sha256').update(bytes).digest('hex');
    out[path] = {
      oneShotMs: Math.round(onceMs), oneShotError: onceError, slicedMs: Math.round(slicedMs), longestSliceMs: +sliceStats.longestMs.toFixed(1),
      mb: +((bytes?.length ?? 0) / 1048576).toFixed(1), sameBytes: once === undefined ? null : once === sliced,
    };
  }
  return out;
}
