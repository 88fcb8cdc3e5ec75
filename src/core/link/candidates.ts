/**
 * Bounded candidate scans over the inverted lists. A key shared by very many entries (a common
 * phrase, a fingerprint of undetected boilerplate, a quote in thousands of files) carries little
 * information, like a low-IDF term: only its first SCAN_CAP entries are read, and keys are read
 * rarest first, so one hostile key never makes indexing quadratic.
 */
import type { IdPostings } from './postings';

/** Entries read from one inverted list per probe. */
export const SCAN_CAP = 64;
/** Distinct candidate files examined per file for shared passages. */
export const MAX_FILE_CANDIDATES = 256;

/** Counters of work done, for tests and benchmarks (not for behaviour). */
export interface LinkStats {
  /** Inverted-list entries read. */
  scanned: number;
  /** Pairwise tests (files compared, claims tested for a link). */
  comparisons: number;
}

/** Ids under `keys`, each list read up to SCAN_CAP entries, without repeats. */
export function scanKeys(postings: IdPostings, keys: Iterable<number>, stats: LinkStats): Set<number> {
  const out = new Set<number>();
  for (const k of keys) {
    const list = postings.get(k);
    const n = Math.min(list.length, SCAN_CAP);
    stats.scanned += n;
    for (let i = 0; i < n; i++) out.add(list[i]);
  }
  return out;
}

/**
 * Files sharing at least one key with `keys`. Keys held by at most SCAN_CAP files are read in full
 * (true copies share many such rare passages); keys held by more are stop-keys (common text, like
 * low-IDF terms), read rarest first and capped only when no rare key found a candidate (a copy in
 * a cluster larger than the cap). At most MAX_FILE_CANDIDATES files.
 */
export function fileCandidates(postings: IdPostings, keys: Iterable<number>, stats: LinkStats): Set<number> {
  const out = new Set<number>();
  const hot: Array<{ key: number; df: number }> = [];
  for (const k of keys) {
    const list = postings.get(k);
    if (list.length > SCAN_CAP) {
      hot.push({ key: k, df: list.length });
      continue;
    }
    stats.scanned += list.length;
    for (const id of list) out.add(id);
  }
  if (out.size === 0 && hot.length > 0) {
    hot.sort((a, b) => a.df - b.df);
    for (const { key } of hot) {
      const list = postings.get(key);
      const n = Math.min(list.length, SCAN_CAP);
      stats.scanned += n;
      for (let i = 0; i < n; i++) out.add(list[i]);
      if (out.size >= MAX_FILE_CANDIDATES) break;
    }
  }
  return out;
}
