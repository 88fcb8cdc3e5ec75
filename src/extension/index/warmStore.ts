import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileAnalysis } from '../../core/types';
import { AnalysisCache, ENGINE_BUILD } from '../../node/analysisCache';
import type { LazyLog } from '../log';

/** What a file looked like when it was analysed: a changed mtime or size means "read it again". */
export interface Stamp {
  mtime: number;
  size: number;
  hash: string;
}

/** Quiet time before the cache is written after a change. */
const SAVE_DELAY_MS = 2000;
const MANIFEST = 'index-manifest.v8';

/**
 * The warm index: analyses by content hash (`AnalysisCache`) plus, per file, the stamp (mtime,
 * size, hash) it had when analysed, both kept in the extension's own storage folder, never beside
 * the user's files. Reopening a workspace re-analyses only files whose stamp or content changed.
 */
export class WarmStore {
  private readonly cache: AnalysisCache;
  private readonly stamps = new Map<string, Stamp>();
  private loading: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stampsDirty = false;
  private saving: Promise<void> = Promise.resolve();

  /** `folder` undefined: memory only (no workspace storage available). */
  constructor(
    private readonly folder: string | undefined,
    private readonly log: LazyLog,
  ) {
    this.cache = folder ? AnalysisCache.in(folder) : new AnalysisCache('');
  }

  /** Loads the cache and the stamps once; a missing or corrupt store just starts empty. */
  load(): Promise<void> {
    this.loading ??= this.folder ? Promise.all([this.cache.load(), this.loadStamps(this.folder)]).then(() => undefined) : Promise.resolve();
    return this.loading;
  }

  /** The cached analysis of a file whose mtime and size are unchanged since it was analysed. */
  byStamp(key: string, mtime: number, size: number): { hash: string; analysis: FileAnalysis } | undefined {
    const s = this.stamps.get(key);
    if (!s || s.mtime !== mtime || s.size !== size) return undefined;
    const analysis = this.cache.get(s.hash);
    return analysis && { hash: s.hash, analysis };
  }

  byHash(hash: string): FileAnalysis | undefined {
    return this.cache.get(hash);
  }

  /** Records a fresh analysis under its content hash, and the file's stamp. */
  remember(key: string, stamp: Stamp, analysis: FileAnalysis): void {
    this.cache.set(stamp.hash, analysis);
    this.setStamp(key, stamp);
    this.scheduleSave();
  }

  /** Records that a file (unchanged content) has this stamp. */
  setStamp(key: string, stamp: Stamp): void {
    const old = this.stamps.get(key);
    if (old && old.mtime === stamp.mtime && old.size === stamp.size && old.hash === stamp.hash) return;
    this.stamps.set(key, stamp);
    this.stampsDirty = true;
    this.scheduleSave();
  }

  forget(key: string): void {
    if (this.stamps.delete(key)) {
      this.stampsDirty = true;
      this.scheduleSave();
    }
  }

  /** A renamed file keeps its stamp (and so its cached analysis). */
  move(oldKey: string, newKey: string): void {
    const s = this.stamps.get(oldKey);
    if (!s) return;
    this.stamps.delete(oldKey);
    this.stamps.set(newKey, s);
    this.stampsDirty = true;
    this.scheduleSave();
  }

  /** After a complete scan: drops stamps of files not seen and analyses no file uses any more. */
  retainOnly(keys: ReadonlySet<string>): void {
    for (const k of [...this.stamps.keys()]) if (!keys.has(k)) this.forget(k);
    this.cache.retain(new Set([...this.stamps.values()].map((s) => s.hash)));
    this.scheduleSave();
  }

  /** Writes the store now (also called on dispose). */
  save(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const folder = this.folder;
    if (!folder) return Promise.resolve();
    this.saving = this.saving.then(() => this.write(folder)).catch((err: unknown) => this.log.warn(`could not save the analysis cache: ${String(err)}`));
    return this.saving;
  }

  private scheduleSave(): void {
    if (!this.folder || this.timer) return;
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  private async write(folder: string): Promise<void> {
    await this.cache.save();
    if (!this.stampsDirty) return;
    this.stampsDirty = false;
    const rows = [...this.stamps].map(([k, s]) => [k, s.mtime, s.size, s.hash]);
    await fs.mkdir(folder, { recursive: true });
    const file = join(folder, MANIFEST);
    await fs.writeFile(`${file}.tmp`, serialize({ engine: ENGINE_BUILD, rows }));
    await fs.rename(`${file}.tmp`, file);
  }

  private async loadStamps(folder: string): Promise<void> {
    try {
      const data = deserialize(await fs.readFile(join(folder, MANIFEST))) as { engine?: unknown; rows?: unknown };
      if (data.engine !== ENGINE_BUILD || !Array.isArray(data.rows)) return;
      for (const row of data.rows as unknown[]) {
        if (!Array.isArray(row) || row.length !== 4) continue;
        const [k, mtime, size, hash] = row as unknown[];
        if (typeof k === 'string' && typeof mtime === 'number' && typeof size === 'number' && typeof hash === 'string') this.stamps.set(k, { mtime, size, hash });
      }
    } catch {
      // missing or corrupt: start empty
    }
  }

  dispose(): void {
    void this.save();
  }
}
