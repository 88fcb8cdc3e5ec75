import { promises as fs } from 'node:fs';
import { deserialize } from 'node:v8';
import type { LazyLog } from '../log';
import type { Slicer } from './slicing';

/** The warm store's files: names, reading and atomic writing, and which chunk files to compact. */

/**
 * Which chunk files of the warm store to fold into one new chunk at a save. A chunk qualifies
 * when under a quarter of the entries written in it are still used (many of its files changed or
 * went away) or when it is a small leftover (under an eighth of a full chunk: a save after a few
 * edits writes one). The least used go first, up to `maxChunks` chunks and `chunkSize` entries in
 * all. The rewrite is worth it only when two or more chunks become one, or one sheds most of its
 * entries; otherwise nothing is picked.
 *
 * used: chunk → entries still used; stored: entries written in the chunk file, undefined for a
 * chunk not (yet) on disk, which is never picked.
 */
export function chunksToCompact(used: ReadonlyMap<number, number>, stored: (chunk: number) => number | undefined, chunkSize: number, maxChunks: number): number[] {
  const sparse: Array<{ chunk: number; used: number; stored: number }> = [];
  for (const [chunk, n] of used) {
    const size = stored(chunk);
    if (size === undefined || n <= 0) continue;
    if (n * 4 < size || n * 8 < chunkSize) sparse.push({ chunk, used: n, stored: size });
  }
  sparse.sort((a, b) => a.used - b.used || a.chunk - b.chunk);
  const picked: number[] = [];
  let moving = 0;
  for (const s of sparse) {
    if (picked.length === maxChunks || moving + s.used > chunkSize) break;
    picked.push(s.chunk);
    moving += s.used;
  }
  if (picked.length >= 2) return picked;
  return picked.length === 1 && sparse[0].used * 4 < sparse[0].stored ? picked : [];
}

/** A v8-serialised file; undefined when missing or unreadable (logged: its files are analysed again). */
export async function readV8<T>(file: string, log?: LazyLog): Promise<T | undefined> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch {
    return undefined; // missing: nothing stored there yet
  }
  try {
    return deserialize(buf) as T;
  } catch (err) {
    log?.warn(`analysis cache: ${file} is unreadable (${String(err)}); its files are analysed again`);
    return undefined;
  }
}

/** Writes beside and renames, so a crash never leaves half a file under the real name. */
export async function writeAtomic(file: string, data: Uint8Array, slicer: Slicer): Promise<void> {
  await slicer.wait(fs.writeFile(`${file}.tmp`, data));
  await slicer.wait(fs.rename(`${file}.tmp`, file));
}

export function stampName(shard: number): string {
  return `stamps-${shard.toString(16).padStart(2, '0')}.v8`;
}

export function chunkName(id: number): string {
  return `features-${id}.bin`;
}

export function chunkId(name: string): number | undefined {
  const hit = /^features-(\d{1,9})\.bin$/.exec(name);
  return hit ? Number(hit[1]) : undefined;
}
