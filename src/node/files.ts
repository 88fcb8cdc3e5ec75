/**
 * File-system helpers shared by the CLI and the extension host (Node only, no `vscode`):
 * find the `.txt` dumps under the given paths and read one dump as text.
 */
import { closeSync, fstatSync, openSync, promises as fs, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { decodeBytes } from './decode';
import type { FileError } from '../core/types';

export interface CollectedFiles {
  /** Files to analyse: named files as given, then `.txt` files found in folders, sorted per folder. */
  files: string[];
  errors: FileError[];
}

/**
 * Expands `paths` into dump files: a named file is taken as is, a folder is walked recursively
 * for `.txt` files (sorted, symlinked folders followed once, so loops end). Problems become
 * entries in `errors`; nothing is thrown.
 */
export async function collectTxtFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const errors: FileError[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const addFile = (p: string): void => {
    const key = path.resolve(p);
    if (!seenFiles.has(key)) {
      seenFiles.add(key);
      files.push(p);
    }
  };
  for (const p of paths) {
    try {
      const st = await fs.stat(p);
      if (st.isDirectory()) await walk(p, seenDirs, addFile, errors);
      else if (st.isFile()) addFile(p);
      else errors.push({ path: p, message: 'not a regular file or folder' });
    } catch (e) {
      errors.push({ path: p, message: describeFsError(e) });
    }
  }
  return { files, errors };
}

async function walk(dir: string, seenDirs: Set<string>, addFile: (p: string) => void, errors: FileError[]): Promise<void> {
  let real: string;
  let entries: string[];
  try {
    real = await fs.realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    entries = (await fs.readdir(dir)).sort();
  } catch (e) {
    errors.push({ path: dir, message: describeFsError(e) });
    return;
  }
  for (const name of entries) {
    const full = path.join(dir, name);
    try {
      const st = await fs.stat(full);
      if (st.isDirectory()) await walk(full, seenDirs, addFile, errors);
      else if (st.isFile() && name.toLowerCase().endsWith('.txt')) addFile(full);
    } catch (e) {
      errors.push({ path: full, message: describeFsError(e) });
    }
  }
}

export type ReadResult = { text: string } | { error: string };

/** Reads and decodes one dump, refusing files over `maxBytes`; failures come back as `{ error }`. */
export async function readDump(file: string, maxBytes: number): Promise<ReadResult> {
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return { error: 'is a folder' };
    if (st.size > maxBytes) return { error: `over the size limit of ${formatMb(maxBytes)} MB` };
    const buf = await fs.readFile(file);
    if (buf.length > maxBytes) return { error: `over the size limit of ${formatMb(maxBytes)} MB` };
    return decodeBytes(buf);
  } catch (e) {
    return { error: describeFsError(e) };
  }
}

/**
 * `readDump` without promises, for worker threads that handle one file at a time: one open, an
 * fstat and reads on the descriptor instead of three asynchronous round trips per file. Same
 * results and messages as `readDump`.
 */
export function readDumpSync(file: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    return folderOr(file, e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { error: 'is a folder' };
    if (st.size > maxBytes) return { error: `over the size limit of ${formatMb(maxBytes)} MB` };
    const buf = readAll(fd, st.size, maxBytes);
    if (buf.length > maxBytes) return { error: `over the size limit of ${formatMb(maxBytes)} MB` };
    return decodeBytes(buf);
  } catch (e) {
    return { error: describeFsError(e) };
  } finally {
    closeSync(fd);
  }
}

/** An unopenable path that is a folder reads as "is a folder" (as `readDump`'s stat says first). */
function folderOr(file: string, e: unknown): ReadResult {
  try {
    if (statSync(file).isDirectory()) return { error: 'is a folder' };
  } catch {
    // The open error says more.
  }
  return { error: describeFsError(e) };
}

/** Reads to the end of `fd` (the file may have grown since fstat), stopping once past `maxBytes`. */
function readAll(fd: number, size: number, maxBytes: number): Buffer {
  let buf = Buffer.allocUnsafe(Math.max(size + 1, 4096));
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, total);
      buf = bigger;
    }
    const want = buf.length - total;
    const n = readSync(fd, buf, total, want, null);
    if (n === 0) break;
    total += n;
    if (total > maxBytes) break;
    // All the bytes fstat announced and room left unfilled: the end of the file (no second read to learn it).
    if (total >= size && n < want) break;
  }
  return buf.subarray(0, total);
}

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return String(Math.round(mb * 100) / 100);
}

/** A short human message for a file-system error: "not found", "unreadable: EACCES", … */
export function describeFsError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'not found';
    case 'EACCES':
    case 'EPERM':
      return `unreadable: ${code}`;
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    case '':
      return e instanceof Error ? e.message : String(e);
    default:
      return `unreadable: ${code}`;
  }
}
