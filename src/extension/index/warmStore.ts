import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileAnalysis } from '../../core/types';
import { ENGINE_BUILD } from '../../node/analysisCache';
import type { LazyLog } from '../log';
import { Slicer } from './slicing';

/** What a file looked like when it was analysed: a changed mtime or size means "read it again". */
export interface Stamp {
  mtime: number;
  size: number;
  hash: string;
}

/** Quiet time (no new analysis) before the store is written. */
const SAVE_DELAY_MS = 2000;
/** Shard files: each holds the analyses and stamps whose key falls in it, written in its own slice. */
export const SHARDS = 256;
/**
 * Analyses kept in memory (about 30 KB of heap each): bounds the extension host at 100,000 files.
 * When full, new analyses are not kept (the stored ones stay): evicting the oldest would make a
 * scan in path order evict exactly what the next scan needs first, so nothing would ever hit.
 */
export const MAX_ANALYSES = 10_000;
/** Files written by earlier versions (one blob each, too slow to write at scale): removed on save. */
const LEGACY = ['analyses.v8', 'index-manifest.v8'];

interface ShardFile {
  engine: string;
  analyses: Array<[string, FileAnalysis]>;
  stamps: Array<[string, number, number, string]>;
}

/** The shard of a key: FNV-1a of the string, low 8 bits. */
export function shardOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/**
 * The warm index: analyses by content hash plus, per file, the stamp (mtime, size, hash) it had
 * when analysed, kept in the extension's own storage folder, never beside the user's files.
 * Reopening a workspace re-analyses only files whose stamp or content changed. At 100,000 files
 * the store stays bounded (at most MAX_ANALYSES analyses in memory) and never blocks the extension
 * host for long: it is written once the indexing goes quiet, one small shard file per slice, and
 * read back the same way.
 */
export class WarmStore {
  private readonly analyses = new Map<string, FileAnalysis>();
  private readonly stamps = new Map<string, Stamp>();
  private readonly dirty = new Set<number>();
  private loading: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastChange = 0;
  private saving: Promise<void> = Promise.resolve();

  /** `folder` undefined: memory only (no workspace storage available). */
  constructor(
    private readonly folder: string | undefined,
    private readonly log: LazyLog,
    private readonly maxAnalyses = MAX_ANALYSES,
  ) {}

  /** Analyses and stamps held (for benchmarks and tests). */
  get size(): { analyses: number; stamps: number } {
    return { analyses: this.analyses.size, stamps: this.stamps.size };
  }

  /** False once the store holds its bound of analyses (new ones would not be kept). */
  get wantsAnalyses(): boolean {
    return this.analyses.size < this.maxAnalyses;
  }

  /** Loads the shards once, one per slice; a missing or corrupt shard just starts empty. */
  load(): Promise<void> {
    this.loading ??= this.folder ? this.loadShards(this.folder) : Promise.resolve();
    return this.loading;
  }

  /** The cached analysis of a file whose mtime and size are unchanged since it was analysed. */
  byStamp(key: string, mtime: number, size: number): { hash: string; analysis: FileAnalysis } | undefined {
    const s = this.stamps.get(key);
    if (!s || s.mtime !== mtime || s.size !== size) return undefined;
    const analysis = this.analyses.get(s.hash);
    return analysis && { hash: s.hash, analysis };
  }

  byHash(hash: string): FileAnalysis | undefined {
    return this.analyses.get(hash);
  }

  /** Records a fresh analysis under its content hash, and the file's stamp. */
  remember(key: string, stamp: Stamp, analysis: FileAnalysis): void {
    const known = this.analyses.has(stamp.hash);
    if (!known && this.analyses.size >= this.maxAnalyses) return; // full: the file stays cold
    if (this.analyses.get(stamp.hash) !== analysis) {
      this.analyses.set(stamp.hash, analysis);
      this.touch(shardOf(stamp.hash));
    }
    this.setStamp(key, stamp);
  }

  /** Records that a file (unchanged content) has this stamp. */
  setStamp(key: string, stamp: Stamp): void {
    const old = this.stamps.get(key);
    if (old && old.mtime === stamp.mtime && old.size === stamp.size && old.hash === stamp.hash) return;
    this.stamps.set(key, stamp);
    this.touch(shardOf(key));
  }

  forget(key: string): void {
    if (this.stamps.delete(key)) this.touch(shardOf(key));
  }

  /** A renamed file keeps its stamp (and so its cached analysis). */
  move(oldKey: string, newKey: string): void {
    const s = this.stamps.get(oldKey);
    if (!s) return;
    this.forget(oldKey);
    this.setStamp(newKey, s);
  }

  /** After a complete scan: drops stamps of files not seen and analyses no file uses any more (in slices). */
  async retainOnly(keys: ReadonlySet<string>): Promise<void> {
    const slicer = new Slicer();
    const used = new Set<string>();
    let n = 0;
    for (const [k, s] of this.stamps) {
      if (!keys.has(k)) this.forget(k);
      else used.add(s.hash);
      if ((++n & 127) === 0) await slicer.pause();
    }
    for (const h of [...this.analyses.keys()]) {
      if (!used.has(h) && this.analyses.delete(h)) this.touch(shardOf(h));
      if ((++n & 127) === 0) await slicer.pause();
    }
  }

  /** Writes the changed shards now (also called on dispose). */
  save(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const folder = this.folder;
    if (!folder) return Promise.resolve();
    this.saving = this.saving.then(() => this.write(folder)).catch((err: unknown) => this.log.warn(`could not save the analysis cache: ${String(err)}`));
    return this.saving;
  }

  private touch(shard: number): void {
    this.dirty.add(shard);
    this.lastChange = Date.now();
    if (!this.folder || this.timer) return;
    this.timer = setTimeout(() => this.onTimer(), SAVE_DELAY_MS);
  }

  /** Saves once no change came for SAVE_DELAY_MS (not every 2 s during a long scan). */
  private onTimer(): void {
    const quietFor = Date.now() - this.lastChange;
    if (quietFor >= SAVE_DELAY_MS) void this.save();
    else this.timer = setTimeout(() => this.onTimer(), SAVE_DELAY_MS - quietFor);
  }

  private async write(folder: string): Promise<void> {
    if (this.dirty.size === 0) return;
    await fs.mkdir(folder, { recursive: true });
    const slicer = new Slicer();
    const shards = new Map<number, ShardFile>();
    for (const shard of this.dirty) shards.set(shard, { engine: ENGINE_BUILD, analyses: [], stamps: [] });
    this.dirty.clear();
    let n = 0;
    for (const [h, a] of this.analyses) {
      shards.get(shardOf(h))?.analyses.push([h, a]);
      if ((++n & 1023) === 0) await slicer.pause();
    }
    for (const [k, s] of this.stamps) {
      shards.get(shardOf(k))?.stamps.push([k, s.mtime, s.size, s.hash]);
      if ((++n & 1023) === 0) await slicer.pause();
    }
    for (const [shard, data] of shards) {
      const file = join(folder, shardName(shard));
      await slicer.wait(fs.writeFile(`${file}.tmp`, serialize(data)));
      await slicer.wait(fs.rename(`${file}.tmp`, file));
      await slicer.pause();
    }
    for (const name of LEGACY) await slicer.wait(fs.rm(join(folder, name), { force: true }));
  }

  private async loadShards(folder: string): Promise<void> {
    const slicer = new Slicer();
    for (let shard = 0; shard < SHARDS; shard++) {
      let buf: Buffer;
      try {
        buf = await slicer.wait(fs.readFile(join(folder, shardName(shard))));
      } catch {
        continue; // missing: nothing stored there yet
      }
      this.readShard(buf);
      await slicer.pause();
    }
  }

  private readShard(buf: Buffer): void {
    try {
      const data = deserialize(buf) as Partial<ShardFile>;
      if (data.engine !== ENGINE_BUILD || !Array.isArray(data.analyses) || !Array.isArray(data.stamps)) return;
      for (const [h, a] of data.analyses) if (typeof h === 'string' && this.analyses.size < this.maxAnalyses) this.analyses.set(h, a);
      for (const row of data.stamps as unknown[]) {
        if (!Array.isArray(row) || row.length !== 4) continue;
        const [k, mtime, size, hash] = row as unknown[];
        if (typeof k === 'string' && typeof mtime === 'number' && typeof size === 'number' && typeof hash === 'string') this.stamps.set(k, { mtime, size, hash });
      }
    } catch {
      // corrupt shard: its entries are analysed again and the shard rewritten
    }
  }

  dispose(): void {
    void this.save();
  }
}

function shardName(shard: number): string {
  return `warm-${shard.toString(16).padStart(2, '0')}.v8`;
}
