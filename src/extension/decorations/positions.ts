/**
 * Pure: offsets → (line, character) in one forward walk over the text, for spans visited in
 * start order. Replaces one `positionAt` binary search per offset and needs no line table: the
 * walk jumps from line break to line break with `indexOf`, so mapping every claim of a 2 MB dump
 * costs one pass over its text. Line breaks are LF, CRLF and lone CR, as in VS Code.
 */

export interface LinePosition {
  line: number;
  character: number;
}

/**
 * A forward-only cursor over `text`, which starts at document offset `base` on 0-based line
 * `baseLine` (a slice of a larger document, or the whole of it with the defaults). Offsets are
 * clamped to the text. Asking for an offset behind the cursor restarts the walk from `text[0]`
 * (correct, only slower), so unsorted input never gives wrong positions.
 */
export class ForwardPositions {
  private line: number;
  /** Offset (into `text`) of the first character of the cursor's line. */
  private lineStart = 0;
  /** Offset of the next line break at or after `lineStart` (its first character; text.length when none). */
  private nextBreak: number;
  private nextLf: number;
  private nextCr: number;

  constructor(
    private readonly text: string,
    private readonly base = 0,
    private readonly baseLine = 0,
  ) {
    this.line = baseLine;
    this.nextLf = this.find('\n', 0);
    this.nextCr = this.find('\r', 0);
    this.nextBreak = Math.min(this.nextLf, this.nextCr);
  }

  /** The position of document offset `offset`, moving the cursor there. */
  at(offset: number): LinePosition {
    const o = this.clamp(offset);
    if (o < this.lineStart) this.restart();
    while (o > this.nextBreak) {
      // Inside a CRLF pair (never a claim boundary): the end of the line, as VS Code clamps it.
      if (o === this.nextBreak + 1 && this.isCrlf(this.nextBreak)) return { line: this.line, character: this.nextBreak - this.lineStart };
      this.stepLine();
    }
    return { line: this.line, character: o - this.lineStart };
  }

  /**
   * The position of `offset` at or after the cursor without moving it (the end of a span whose
   * start was just mapped: later spans may start before this end).
   */
  peek(offset: number): LinePosition {
    const o = this.clamp(offset);
    if (o <= this.nextBreak && o >= this.lineStart) return { line: this.line, character: o - this.lineStart };
    const saved = { line: this.line, lineStart: this.lineStart, nextBreak: this.nextBreak, nextLf: this.nextLf, nextCr: this.nextCr };
    const p = this.at(offset);
    Object.assign(this, saved);
    return p;
  }

  private clamp(offset: number): number {
    const o = Number.isFinite(offset) ? Math.floor(offset) - this.base : 0;
    return o < 0 ? 0 : o > this.text.length ? this.text.length : o;
  }

  private restart(): void {
    this.line = this.baseLine;
    this.lineStart = 0;
    this.nextLf = this.find('\n', 0);
    this.nextCr = this.find('\r', 0);
    this.nextBreak = Math.min(this.nextLf, this.nextCr);
  }

  /** Moves the cursor to the start of the next line. */
  private stepLine(): void {
    const b = this.nextBreak;
    this.lineStart = this.isCrlf(b) ? b + 2 : b + 1;
    this.line++;
    if (this.nextLf < this.lineStart) this.nextLf = this.find('\n', this.lineStart);
    if (this.nextCr < this.lineStart) this.nextCr = this.find('\r', this.lineStart);
    this.nextBreak = Math.min(this.nextLf, this.nextCr);
  }

  private isCrlf(at: number): boolean {
    return this.text.charCodeAt(at) === 13 && this.text.charCodeAt(at + 1) === 10;
  }

  private find(ch: string, from: number): number {
    const i = this.text.indexOf(ch, from);
    return i < 0 ? this.text.length : i;
  }
}
