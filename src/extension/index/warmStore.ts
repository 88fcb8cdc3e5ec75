import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { deflateRaw, inflateRaw } from 'node:zlib';
import type { LinkFeatures } from '../../core/link';
import { packedSound, type PackedFeatures } from '../../core/link/features';
import { ENGINE_BUILD } from '../../node/analysisCache';
import type { LazyLog } from '../log';
import { chunkId, chunkName, chunksToCompact, readV8, stampName, writeAtomic } from './storeFiles';
import { Slicer } from './slicing';

/** What a file looked like when it was analysed: a changed mtime or size means "read it again". */
export interface Stamp {
  mtime: number;
  size: number;
  hash: string;
  /** The content check's verdict (see detectDump), when known: a hit then needs no read at all. */
  dump?: boolean;
}

/** Quiet time (no new result) before the stamps are written. */
const SAVE_DELAY_MS = 2000;
/** Stamp shard files (key → stamp and chunk), all read at load: about 100 bytes per file. */
export const SHARDS = 256;
/** Link features per chunk file: a chunk is written as soon as it is full, so memory stays bounded. */
export const CHUNK_SIZE = 256;
/** Decoded chunks kept in memory (least recently used dropped first). */
export const MAX_LOADED_CHUNKS = 6;
/** Chunks folded together in one save at most (bounds the work and memory of one compaction). */
const MAX_COMPACTED_CHUNKS = 8;

/** Bumped when the layout changes (with ENGINE_BUILD: anything else is ignored, then deleted). */
const FORMAT = 2;
const META = 'warm-meta.v8';
/** Files of earlier versions (whole analyses, one blob or 256 shards): removed on the first save. */
const LEGACY = /^(?:analyses\.v8|index-manifest\.v8|warm-[0-9a-f]{2}\.v8)$/;
const zip = promisify(deflateRaw);
const unzip = promisify(inflateRaw);

/** sizes: entries written in each chunk file on disk (older metas lack it: a chunk is then taken as full). */
interface Meta { engine: string; format: number; nextChunk: number; sizes?: Array<[chunk: number, entries: number]> }
/** dump: 1 yes, 0 no, -1 unknown. */
type StampRow = [key: string, mtime: number, size: number, hash: string, chunk: number, dump: number];

/** The shard of a key: FNV-1a of the string, modulo SHARDS. */
export function shardOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/**
 * The warm index: the link features of every analysed dump by content hash plus, per file, the
 * stamp (mtime, size, hash) it had when analysed, kept in the extension's own storage folder,
 * never beside the user's files. Reopening a workspace re-analyses only files whose stamp or
 * content changed. Features live in compressed chunk files of CHUNK_SIZE, filled in the order
 * results arrive (so a rescan in the same order reads them one after the other); only the chunk
 * being filled, chunks waiting to be written and the MAX_LOADED_CHUNKS last read are in memory,
 * each entry kept serialised (about 9 KB) until asked for. Stamps (small) are all in memory.
 * Every file is written in its own slice; compression runs off the main thread.
 */
export class WarmStore {
  private readonly stamps = new Map<string, Stamp>();
  /** Content hash → the chunk holding its features (the truth; a stamp row's chunk may be older). */
  private readonly where = new Map<string, number>();
  /** Chunks not yet on disk (the last one is being filled): each entry's features, serialised. */
  private readonly unsaved = new Map<number, Map<string, Uint8Array>>();
  /** Chunks read back (entries still serialised: one is decoded when asked for), least recently used first. */
  private readonly loaded = new Map<number, Promise<Map<string, Uint8Array>>>();
  private readonly dirty = new Set<number>();
  /** Entries written in each chunk file on disk. */
  private readonly sizes = new Map<number, number>();
  private nextChunk = 0;
  private open: number | undefined;
  private loading: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastChange = 0;
  private saving: Promise<void> = Promise.resolve();
  /** Chunk files read (for benchmarks and tests). */
  chunkReads = 0;
  /** Chunk files folded into newer ones (for tests). */
  chunksCompacted = 0;

  /** `folder` undefined: memory only (no workspace storage available). */
  constructor(
    private readonly folder: string | undefined,
    private readonly log: LazyLog,
  ) {}

  /** Stamps and feature entries known, chunks decoded in memory (for benchmarks and tests). */
  get size(): { stamps: number; features: number; chunksInMemory: number } {
    return { stamps: this.stamps.size, features: this.where.size, chunksInMemory: this.unsaved.size + this.loaded.size };
  }

  /** Loads the stamps once, one shard per slice; a missing or corrupt shard just starts empty. */
  load(): Promise<void> {
    this.loading ??= this.folder ? this.loadStamps(this.folder) : Promise.resolve();
    return this.loading;
  }

  /** The stamp of a file whose mtime and size are unchanged since it was analysed. */
  byStamp(key: string, mtime: number, size: number): Stamp | undefined {
    const s = this.stamps.get(key);
    return s && s.mtime === mtime && s.size === size ? s : undefined;
  }

  /** The cached link features of a content hash (its chunk read from disk if needed). */
  async features(hash: string): Promise<LinkFeatures | undefined> {
    const chunk = this.where.get(hash);
    if (chunk === undefined) return undefined;
    const bytes = (this.unsaved.get(chunk) ?? (await this.readChunk(chunk))).get(hash);
    const found = bytes && this.decodeEntry(bytes);
    if (!found && this.where.get(hash) === chunk) this.where.delete(hash); // lost: analysed and stored again
    return found;
  }

  /** Records fresh link features under their content hash, and the file's stamp. */
  remember(key: string, stamp: Stamp, features: LinkFeatures): void {
    if (!this.where.has(stamp.hash)) {
      const chunk = this.openChunk();
      chunk.set(stamp.hash, serialize(features));
      this.where.set(stamp.hash, this.open!);
      if (chunk.size >= CHUNK_SIZE) this.seal();
      this.stamps.delete(key); // its row must name the new chunk: rewritten even if the stamp is the same
    }
    this.setStamp(key, stamp);
  }

  /** Records that a file (whose features are stored) has this stamp. */
  setStamp(key: string, stamp: Stamp): void {
    if (!this.where.has(stamp.hash)) return;
    const old = this.stamps.get(key);
    if (old && old.mtime === stamp.mtime && old.size === stamp.size && old.hash === stamp.hash && old.dump === stamp.dump) return;
    this.stamps.set(key, { mtime: stamp.mtime, size: stamp.size, hash: stamp.hash, dump: stamp.dump });
    this.touch(shardOf(key));
  }

  forget(key: string): void {
    if (this.stamps.delete(key)) this.touch(shardOf(key));
  }

  /** A renamed file keeps its stamp (and so its cached features). */
  move(oldKey: string, newKey: string): void {
    const s = this.stamps.get(oldKey);
    if (!s) return;
    this.forget(oldKey);
    this.setStamp(newKey, s);
  }

  /** After a complete scan: drops stamps of files not seen and features no file uses any more (in slices). */
  async retainOnly(keys: ReadonlySet<string>): Promise<void> {
    const slicer = new Slicer(undefined, 'store.retainOnly');
    const used = new Set<string>();
    let n = 0;
    for (const [k, s] of this.stamps) {
      if (!keys.has(k)) this.forget(k);
      else used.add(s.hash);
      if ((++n & 1023) === 0) await slicer.pause();
    }
    for (const h of [...this.where.keys()]) {
      if (!used.has(h)) this.where.delete(h);
      if ((++n & 1023) === 0) await slicer.pause();
    }
  }

  /** Writes the pending chunks and changed stamp shards now (also called on dispose). */
  save(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.seal();
    return this.queue((folder) => this.write(folder));
  }

  private queue(work: (folder: string) => Promise<void>): Promise<void> {
    const folder = this.folder;
    if (!folder) {
      this.unsaved.clear(); // memory only: nothing to read them back from, keep nothing
      return Promise.resolve();
    }
    this.saving = this.saving.then(() => work(folder)).catch((err: unknown) => this.log.warn(`could not save the analysis cache: ${String(err)}`));
    return this.saving;
  }

  private openChunk(): Map<string, Uint8Array> {
    if (this.open === undefined) {
      this.open = this.nextChunk++;
      this.unsaved.set(this.open, new Map());
    }
    return this.unsaved.get(this.open)!;
  }

  /** Closes the chunk being filled and writes the full ones at once (not after the quiet time). */
  private seal(): void {
    if (this.open === undefined) return;
    this.open = undefined;
    void this.queue((folder) => this.writeChunks(folder));
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

  private async writeChunks(folder: string): Promise<void> {
    const slicer = new Slicer(undefined, 'store.writeChunks');
    await fs.mkdir(folder, { recursive: true });
    for (const [id, entries] of [...this.unsaved]) {
      if (id === this.open) continue;
      const data = serialize({ engine: ENGINE_BUILD, format: FORMAT, entries: [...entries] });
      await slicer.pause();
      await writeAtomic(join(folder, chunkName(id)), await slicer.wait(zip(data)), slicer);
      this.sizes.set(id, entries.size);
      this.unsaved.delete(id);
      await slicer.pause();
    }
  }

  private async write(folder: string): Promise<void> {
    const slicer = new Slicer(undefined, 'store.write');
    await this.compact(slicer);
    await this.writeChunks(folder);
    const meta: Meta = { engine: ENGINE_BUILD, format: FORMAT, nextChunk: this.nextChunk, sizes: [...this.sizes] };
    await writeAtomic(join(folder, META), serialize(meta), slicer);
    if (this.dirty.size > 0) {
      const shards = new Map<number, StampRow[]>();
      for (const shard of this.dirty) shards.set(shard, []);
      this.dirty.clear();
      let n = 0;
      for (const [k, s] of this.stamps) {
        shards.get(shardOf(k))?.push([k, s.mtime, s.size, s.hash, this.where.get(s.hash) ?? -1, s.dump === undefined ? -1 : Number(s.dump)]);
        if ((++n & 1023) === 0) await slicer.pause();
      }
      for (const [shard, rows] of shards) {
        await writeAtomic(join(folder, stampName(shard)), serialize({ engine: ENGINE_BUILD, format: FORMAT, rows }), slicer);
        await slicer.pause();
      }
    }
    await this.removeDead(folder, slicer);
  }

  /** Deletes chunk files no stamp refers to and files of earlier formats or engines. */
  private async removeDead(folder: string, slicer: Slicer): Promise<void> {
    const live = new Set<number>();
    let n = 0;
    for (const c of this.where.values()) {
      live.add(c);
      if ((++n & 1023) === 0) await slicer.pause();
    }
    for (const name of await slicer.wait(fs.readdir(folder))) {
      const chunk = chunkId(name);
      const dead = chunk === undefined ? LEGACY.test(name) : !live.has(chunk) && !this.unsaved.has(chunk);
      if (dead) await slicer.wait(fs.rm(join(folder, name), { force: true }));
      if (dead && chunk !== undefined) {
        this.loaded.delete(chunk);
        this.sizes.delete(chunk);
      }
    }
  }

  /**
   * Folds the live entries of chunk files that are mostly dead (under a quarter of their entries
   * still used, as when many of their files changed) or small leftovers (a save after a few
   * edits writes a small chunk) into one new chunk, at most MAX_COMPACTED_CHUNKS and CHUNK_SIZE
   * entries a save, so the cache on disk stays close to what the workspace uses. The old files
   * are deleted by `removeDead` once nothing names them; the stamp shards of moved entries are
   * rewritten to name the new chunk.
   */
  private async compact(slicer: Slicer): Promise<void> {
    const live = new Map<number, number>();
    let n = 0;
    for (const c of this.where.values()) {
      live.set(c, (live.get(c) ?? 0) + 1);
      if ((++n & 1023) === 0) await slicer.pause();
    }
    const picked = chunksToCompact(live, (c) => (this.unsaved.has(c) ? undefined : this.sizes.get(c) ?? CHUNK_SIZE), CHUNK_SIZE, MAX_COMPACTED_CHUNKS);
    if (picked.length === 0) return;
    const from = new Map<string, number>();
    const target = new Map<string, Uint8Array>();
    for (const c of picked) {
      for (const [hash, bytes] of await this.readChunk(c)) {
        if (this.where.get(hash) !== c) continue;
        target.set(hash, bytes);
        from.set(hash, c);
      }
      await slicer.pause();
    }
    const id = this.nextChunk++;
    const moved = new Set<string>();
    for (const [hash, c] of from) {
      if (this.where.get(hash) === c) { // still used and still there after the reads
        this.where.set(hash, id);
        moved.add(hash);
      } else target.delete(hash);
    }
    if (target.size === 0) return;
    this.unsaved.set(id, target);
    for (const [k, s] of this.stamps) {
      if (moved.has(s.hash)) this.dirty.add(shardOf(k));
      if ((++n & 1023) === 0) await slicer.pause();
    }
    this.chunksCompacted += picked.length;
  }

  private async loadStamps(folder: string): Promise<void> {
    const slicer = new Slicer(undefined, 'store.loadStamps');
    const meta = await slicer.wait(readV8<Partial<Meta>>(join(folder, META)));
    if (!meta || meta.engine !== ENGINE_BUILD || meta.format !== FORMAT || typeof meta.nextChunk !== 'number') return; // engine bump: all old files go on the first save
    this.nextChunk = Math.max(this.nextChunk, meta.nextChunk);
    if (Array.isArray(meta.sizes)) {
      for (const pair of meta.sizes as unknown[]) {
        if (Array.isArray(pair) && typeof pair[0] === 'number' && typeof pair[1] === 'number') this.sizes.set(pair[0], pair[1]);
      }
    }
    for (let shard = 0; shard < SHARDS; shard++) {
      const data = await slicer.wait(readV8<{ engine?: unknown; format?: unknown; rows?: unknown }>(join(folder, stampName(shard)), this.log));
      if (data?.engine === ENGINE_BUILD && data.format === FORMAT && Array.isArray(data.rows)) this.addRows(data.rows as unknown[]);
      await slicer.pause();
    }
  }

  private addRows(rows: readonly unknown[]): void {
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 6) continue;
      const [key, mtime, size, hash, chunk, dump] = row as unknown[];
      if (typeof key !== 'string' || typeof mtime !== 'number' || typeof size !== 'number' || typeof hash !== 'string' || typeof chunk !== 'number') continue;
      if (this.stamps.has(key)) continue; // set during this session: newer
      this.stamps.set(key, { mtime, size, hash, dump: dump === 1 ? true : dump === 0 ? false : undefined });
      // A hash whose chunk was lost is stored again in a newer (higher) chunk; rows of files not
      // rewritten since may still name the old one.
      const known = this.where.get(hash);
      if (chunk >= 0 && (known === undefined || chunk > known)) this.where.set(hash, chunk);
    }
  }

  /** A chunk's features, read and decoded once while it stays among the MAX_LOADED_CHUNKS last used. */
  private readChunk(id: number): Promise<Map<string, Uint8Array>> {
    let chunk = this.loaded.get(id);
    if (chunk) this.loaded.delete(id);
    else chunk = this.folder ? this.decode(this.folder, id) : Promise.resolve(new Map<string, Uint8Array>());
    this.loaded.set(id, chunk);
    for (const old of this.loaded.keys()) {
      if (this.loaded.size <= MAX_LOADED_CHUNKS) break;
      this.loaded.delete(old);
    }
    return chunk;
  }

  private async decode(folder: string, id: number): Promise<Map<string, Uint8Array>> {
    const file = join(folder, chunkName(id));
    this.chunkReads++;
    try {
      const data = deserialize(await unzip(await fs.readFile(file))) as { engine?: unknown; format?: unknown; entries?: unknown };
      if (data.engine !== ENGINE_BUILD || data.format !== FORMAT || !Array.isArray(data.entries)) throw new Error('not of this engine');
      return new Map(data.entries as Array<[string, Uint8Array]>);
    } catch (err) {
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      this.log.warn(`analysis cache: ${chunkName(id)} ${missing ? 'is missing' : `is unreadable (${err instanceof Error ? err.message : String(err)})`}; its files are analysed again`);
      return new Map();
    }
  }

  /** One entry's features; a damaged entry is a miss (logged), never a throw. */
  private decodeEntry(bytes: Uint8Array): LinkFeatures | undefined {
    try {
      const f = deserialize(bytes) as Partial<LinkFeatures> | null;
      const sound = f && 'packed' in f ? packedSound(f as PackedFeatures) : f && f.fps instanceof Uint32Array && Array.isArray(f.quotes) && Array.isArray(f.numbers);
      if (f && sound) return f as LinkFeatures;
    } catch {
      // reported below
    }
    this.log.warn('analysis cache: an entry is unreadable; its file is analysed again');
    return undefined;
  }

  dispose(): void {
    void this.save();
  }
}
