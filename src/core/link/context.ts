/**
 * Context signatures of many claims of one text from a single tokenisation: the words of the text
 * are found once, and each claim's signature reads the words within a radius of it (binary search),
 * instead of re-normalising overlapping slices of text for every claim.
 */
import { type ContextSignature, RAW_WORD, sortedSet, wordInfo, type WordInfo } from './text';

export class TextWords {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly infos: Array<WordInfo | null> = [];

  constructor(text: string) {
    const re = new RegExp(RAW_WORD.source, RAW_WORD.flags);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
      this.infos.push(wordInfo(m[0]));
    }
  }

  /**
   * The signature of the words lying wholly within `radius` characters of [start, end) but outside
   * it, plus the words of `extra`; stems in `exclude` are dropped.
   */
  signature(start: number, end: number, radius: number, exclude: ReadonlySet<string>, extra = ''): ContextSignature {
    const words: number[] = [];
    const names: number[] = [];
    const add = (info: WordInfo | null): void => {
      if (!info || exclude.has(info.stem)) return;
      words.push(info.hash);
      if (info.name) names.push(info.hash);
    };
    const from = start - radius;
    const to = end + radius;
    for (let i = this.firstAtOrAfter(from); i < this.starts.length && this.starts[i] < to; i++) {
      const inside = this.ends[i] > start && this.starts[i] < end;
      if (!inside && this.ends[i] <= to) add(this.infos[i]);
    }
    for (const raw of extra.match(RAW_WORD) ?? []) add(wordInfo(raw));
    return { words: sortedSet(words), names: sortedSet(names) };
  }

  private firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
