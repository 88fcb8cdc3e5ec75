/**
 * The corpus signal for boilerplate: a short line that recurs verbatim across many different
 * stories is template junk ("La rédaction de La DH", "Read more"). Syndicated copies of one wire
 * story share whole paragraphs, so repetitions are counted per *story*, not per file, and long lines
 * are never eligible.
 */
import { classifyLine, normaliseLineKey } from './boilerplateRules';

export interface CorpusBoilerplateOptions {
  /** A line must occur in at least this many distinct stories. */
  minFiles: number;
  /** Longest eligible line, in characters (default 80). */
  maxChars?: number;
  /** Most words an eligible line may have (default 10). */
  maxWords?: number;
}

/** Lines at least this long identify a story: files sharing one are copies of the same article. */
const STORY_LINE_CHARS = 120;

/**
 * Computes the set of corpus-repeated junk line keys (see `normaliseLineKey`) from many dumps.
 * Files that share a long line are grouped into one story (union-find), so a wire story copied
 * by ten outlets counts once.
 */
export function buildCorpusBoilerplate(texts: readonly string[], options: CorpusBoilerplateOptions): Set<string> {
  const maxChars = options.maxChars ?? 80;
  const maxWords = options.maxWords ?? 10;
  const stories = new UnionFind(texts.length);
  const storyLineOwner = new Map<string, number>();
  const shortKeyFiles = new Map<string, number[]>();
  texts.forEach((text, file) => {
    const seen = new Set<string>();
    for (const raw of text.split(/\r\n|\r|\n/)) {
      const line = raw.trim();
      if (line.length === 0) continue;
      const key = normaliseLineKey(line);
      if (seen.has(key)) continue;
      seen.add(key);
      if (line.length >= STORY_LINE_CHARS) {
        if (classifyLine(line) !== null) continue;
        const owner = storyLineOwner.get(key);
        if (owner === undefined) storyLineOwner.set(key, file);
        else stories.union(owner, file);
      } else if (line.length <= maxChars && key.split(' ').length <= maxWords && /[\p{L}\p{N}]/u.test(key)) {
        const files = shortKeyFiles.get(key);
        if (files) files.push(file);
        else shortKeyFiles.set(key, [file]);
      }
    }
  });
  const result = new Set<string>();
  for (const [key, files] of shortKeyFiles) {
    if (files.length < options.minFiles) continue;
    const distinct = new Set(files.map((f) => stories.find(f)));
    if (distinct.size >= options.minFiles) result.add(key);
  }
  return result;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x];
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
  }
}
