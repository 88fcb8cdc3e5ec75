/**
 * Cross-file claim linking: the same quotation, the same quantity and the same article across dumps.
 */
import type { CompareReport, FileAnalysis, FileError } from '../types';
import { ClaimIndex } from './claimIndex';

export { ClaimIndex, DUPLICATE_MIN_SHARED } from './claimIndex';
export { linkFeatures, type LinkFeatures } from './features';
export type { LinkStats } from './candidates';
export { claimInterval, haveCommonPoint, formatClaimValue } from './interval';
export type { Interval } from './interval';

/** Links claims across a batch of analysed files in one go (the `compare` command). */
export function compareAnalyses(
  files: ReadonlyArray<{ path: string; text: string; analysis: FileAnalysis }>,
  errors: FileError[] = [],
): CompareReport {
  const index = new ClaimIndex();
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of ordered) index.upsert(f.path, f.text, f.analysis);
  return index.report(errors);
}
