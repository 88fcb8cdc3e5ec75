/**
 * Shared by `analyze` and `compare`: expand paths, read and decode every dump, analyse each one
 * (with the corpus-repetition signal when the batch is large enough).
 */
import { analyzeText, type AnalyzeOptions } from '../core/analyze';
import { buildCorpusBoilerplate } from '../core/boilerplate';
import type { FileAnalysis, FileError } from '../core/types';
import { collectTxtFiles, readDump } from '../node/files';

/** Dumps larger than this are refused (protects the terminal and memory). */
export const MAX_DUMP_BYTES = 20 * 1024 * 1024;

/** Below this many files the corpus-repetition signal is not computed (too little evidence). */
const CORPUS_MIN_BATCH = 6;

export interface LoadedFile {
  path: string;
  text: string;
  analysis: FileAnalysis;
}

/** Reads and analyses every dump under `paths`; unreadable inputs become `errors`, in input order. */
export async function loadAndAnalyze(paths: readonly string[]): Promise<{ files: LoadedFile[]; errors: FileError[] }> {
  const collected = await collectTxtFiles(paths);
  const errors: FileError[] = [...collected.errors];
  const texts: Array<{ path: string; text: string }> = [];
  for (const path of collected.files) {
    const r = await readDump(path, MAX_DUMP_BYTES);
    if ('error' in r) errors.push({ path, message: r.error });
    else texts.push({ path, text: r.text });
  }
  const options: AnalyzeOptions = {};
  if (texts.length >= CORPUS_MIN_BATCH) {
    const minFiles = Math.max(3, Math.min(10, Math.ceil(texts.length / 50)));
    options.corpusBoilerplate = buildCorpusBoilerplate(
      texts.map((t) => t.text),
      { minFiles },
    );
  }
  const files: LoadedFile[] = [];
  for (const t of texts) {
    try {
      files.push({ ...t, analysis: analyzeText(t.text, options) });
    } catch (e) {
      errors.push({ path: t.path, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return { files, errors };
}
