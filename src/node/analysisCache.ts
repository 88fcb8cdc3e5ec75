/**
 * Analyses cached by content hash, persisted in one file in a storage folder that belongs to the
 * tool (the extension's workspace storage, or a cache dir for the CLI) — never beside the dumps.
 * Reopening a workspace re-analyses only the files whose content changed, and an engine upgrade
 * invalidates the whole cache (the file records the engine build it was written by).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileAnalysis } from '../core/types';

/** Changes whenever the bundled core changes (set by esbuild's `define`), so stale analyses are never reused. */
declare const __ENGINE_BUILD__: string | undefined;
export const ENGINE_BUILD: string = typeof __ENGINE_BUILD__ === 'string' ? __ENGINE_BUILD__ : 'dev';

/** Hash of a dump's decoded text; the cache key. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

interface CacheFile {
  engine: string;
  entries: Array<[string, FileAnalysis]>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, FileAnalysis>();
  private dirty = false;

  constructor(private readonly file: string, private readonly maxEntries = 200_000) {}

  /** The cache file for a storage folder. */
  static in(folder: string): AnalysisCache {
    return new AnalysisCache(join(folder, 'analyses.v8'));
  }

  get size(): number {
    return this.entries.size;
  }

  get(hash: string): FileAnalysis | undefined {
    return this.entries.get(hash);
  }

  set(hash: string, analysis: FileAnalysis): void {
    if (this.entries.get(hash) === analysis) return;
    if (this.entries.size >= this.maxEntries && !this.entries.has(hash)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(hash, analysis);
    this.dirty = true;
  }

  /** Keeps only the given hashes (drops analyses of files that no longer exist). */
  retain(hashes: ReadonlySet<string>): void {
    for (const k of [...this.entries.keys()]) {
      if (!hashes.has(k)) {
        this.entries.delete(k);
        this.dirty = true;
      }
    }
  }

  /** Loads the cache file; a missing, corrupt or other-engine file just leaves the cache empty. */
  async load(): Promise<void> {
    let buf: Buffer;
    try {
      buf = await fs.readFile(this.file);
    } catch {
      return;
    }
    try {
      const data = deserialize(buf) as CacheFile;
      if (data?.engine !== ENGINE_BUILD || !Array.isArray(data.entries)) return;
      for (const [k, v] of data.entries) this.entries.set(k, v);
    } catch {
      // corrupt cache: start empty, it is rewritten on the next save
    }
  }

  /** Writes the cache atomically (temp file + rename) when it changed. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const data: CacheFile = { engine: ENGINE_BUILD, entries: [...this.entries] };
    await fs.mkdir(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, serialize(data));
    await fs.rename(tmp, this.file);
    this.dirty = false;
  }
}
