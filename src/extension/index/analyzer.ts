import { analyzeText } from '../../core/analyze';
import type { FileAnalysis } from '../../core/types';

/**
 * The one seam between the extension and the analysis engine. Today it runs in-process;
 * a worker-thread implementation can replace it without touching any caller.
 */
export interface Analyzer {
  analyze(text: string): Promise<FileAnalysis>;
  dispose(): void;
}

/** Runs `analyzeText` in the extension host (callers yield between files). */
export class InProcessAnalyzer implements Analyzer {
  analyze(text: string): Promise<FileAnalysis> {
    try {
      return Promise.resolve(analyzeText(text));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  dispose(): void {
    // nothing held
  }
}
