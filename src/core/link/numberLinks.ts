/**
 * The number side of the index: claims filed under head + magnitude + clause name (by id, in typed
 * arrays), and a scan that visits each candidate of a claim once (a stamp per id instead of a set):
 * the scan reads no claim of the inverted lists, so a candidate the caller can settle from its id
 * alone (see `LinkGraph.deferIfConnected`) costs no read of a claim scattered in memory. Generic
 * claims (ages, shares, unitless figures) link only in their article or between syndicated copies,
 * found through the related files, so they stay out of the inverted lists (they would fill them
 * with pairs that never link).
 */
import { SCAN_CAP, type LinkStats } from './candidates';
import { DISTINCT_FIGURE_MIN, isGenericHead, numberKeys, valueBucket } from './numberMatch';
import { numberNode, type NumberNode } from './numberNode';
import { combine, hashString } from './text';
import { IdPostings } from './postings';
import type { PackedFeatures } from './features';
import { Interner } from './intern';

export class NumberLinks {
  private readonly index = new IdPostings();
  /** Unit heads interned as small integers. */
  private readonly heads = new Map<string, number>();
  /** Scan stamp of every claim id made here (`node`). */
  private marks = new Int32Array(1024);
  private stamp = 0;

  constructor(private readonly stats: LinkStats, private readonly strings = new Interner()) {}

  /** The index's record of claim `j` of a file's packed features (not filed yet: see `file`). */
  node(f: PackedFeatures, j: number, id: number, fileId: number, path: string): NumberNode {
    const head = f.heads[j];
    let hid = this.heads.get(head);
    if (hid === undefined) this.heads.set(head, (hid = this.heads.size));
    if (id >= this.marks.length) this.growMarks(id);
    return numberNode(f, j, id, fileId, path, hid, isGenericHead(head), this.strings);
  }

  /** Files a node under its keys (after its links were found). */
  file(n: NumberNode): void {
    if (!n.generic) for (const k of numberKeys(n, valueBucket(n.claim.value))) this.index.add(k, n.id);
  }

  unfile(n: NumberNode): void {
    if (!n.generic) for (const k of numberKeys(n, valueBucket(n.claim.value))) this.index.delete(k, n.id);
  }

  /**
   * Calls `visit` once per candidate id of `n` (never `n`'s): the inverted lists of its keys in the
   * three magnitude buckets around it (each read up to SCAN_CAP entries), then the claims of
   * `nearby` files (its own and syndicated copies) with the same head or the same distinctive figure.
   */
  forEach(n: NumberNode, nearby: Iterable<readonly NumberNode[]>, visit: (id: number) => void): void {
    if (this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const marks = this.marks;
    marks[n.id] = stamp;
    if (!n.generic && n.head !== '') {
      const bucket = valueBucket(n.claim.value);
      const hh = hashString(n.head);
      const names = n.sig;
      for (let b = bucket - 1; b <= bucket + 1; b++) {
        const base = combine(hh, b >>> 0);
        for (let i = n.namesAt; i < n.nearWords; i++) {
          const list = this.index.get(combine(base, names[i]));
          const len = Math.min(list.length, SCAN_CAP);
          this.stats.scanned += len;
          for (let j = 0; j < len; j++) {
            const id = list[j];
            if (marks[id] === stamp) continue;
            marks[id] = stamp;
            visit(id);
          }
        }
      }
    }
    const byValue = n.abs >= DISTINCT_FIGURE_MIN;
    const value = n.claim.value;
    for (const list of nearby) {
      this.stats.scanned += list.length;
      for (const m of list) {
        if (marks[m.id] === stamp || (m.hid !== n.hid && !(byValue && m.claim.value === value))) continue;
        marks[m.id] = stamp;
        visit(m.id);
      }
    }
  }

  /** Room for the stamp of claim `id` (ids are handed out in increasing order). */
  private growMarks(id: number): void {
    let size = this.marks.length;
    while (size <= id) size *= 2;
    const marks = new Int32Array(size);
    marks.set(this.marks);
    this.marks = marks;
  }
}
