/** Messages between the analysis pool and its worker threads (structured-clone friendly). */
import type { LinkFeatures } from '../core/link/features';
import type { FileAnalysis } from '../core/types';

/** A dump to analyse: its text when the caller has it (an open editor), else the worker reads `path`. */
export interface AnalysisJob {
  path: string;
  text?: string;
}

export type AnalysisResult =
  | { path: string; ok: true; analysis: FileAnalysis; text: string; contentHash: string; features?: LinkFeatures }
  | { path: string; ok: false; error: string };

export interface WorkerRequest {
  id: number;
  jobs: AnalysisJob[];
  maxBytes: number;
  /** Also compute the link features (so the main thread only updates the claim index). */
  features?: boolean;
}

export interface WorkerResponse {
  id: number;
  results: AnalysisResult[];
}
