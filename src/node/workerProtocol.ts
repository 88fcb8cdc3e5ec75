/** Messages between the analysis pool and its worker threads (structured-clone friendly). */
import type { LinkFeatures } from '../core/link/features';
import type { FileAnalysis } from '../core/types';

/** A dump to analyse: its text when the caller has it (an open editor), else the worker reads `path`. */
export interface AnalysisJob {
  path: string;
  text?: string;
}

/** A file that could not be read, decoded or analysed. */
export interface AnalysisError {
  path: string;
  ok: false;
  error: string;
}

/** A full result: the decoded text and the analysis come back with the (optional) link features. */
export interface AnalysisSuccess {
  path: string;
  ok: true;
  analysis: FileAnalysis;
  text: string;
  contentHash: string;
  features?: LinkFeatures;
  /** UTF-8 size of the decoded text (set by the worker). */
  bytes?: number;
}

export type AnalysisResult = AnalysisSuccess | AnalysisError;

/**
 * A result from a run that asked to leave out the text and/or the analysis (see `RunOptions`):
 * a caller that only needs link features then holds no copy of 10,000 texts.
 */
export interface PartialSuccess {
  path: string;
  ok: true;
  analysis?: FileAnalysis;
  text?: string;
  contentHash: string;
  features?: LinkFeatures;
  bytes: number;
}

export type PartialResult = PartialSuccess | AnalysisError;

export interface WorkerRequest {
  id: number;
  jobs: AnalysisJob[];
  maxBytes: number;
  /** Also compute the link features (so the main thread only updates the claim index). */
  features?: boolean;
  /** Send the decoded text back (default true). */
  text?: boolean;
  /** Send the analysis back (default true). */
  analysis?: boolean;
}

/** The worker's answer to one request, with its V8 heap size for the pool's statistics. */
export interface WorkerResponse {
  id: number;
  results: PartialResult[];
  heapUsed?: number;
}

/** Sent once by a worker after its module has loaded: it can take requests. */
export interface WorkerReady {
  ready: true;
}

export type WorkerMessage = WorkerResponse | WorkerReady;
