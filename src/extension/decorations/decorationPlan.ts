/**
 * Pure: which spans of a dump get which decoration. No `vscode` import, so it is unit-tested.
 */
import type { FileAnalysis } from '../../core/types';
import type { ForwardPositions, LinePosition } from './positions';

export const DECORATION_KINDS = ['attributedQuote', 'unattributedQuote', 'fragment', 'number', 'boilerplate'] as const;
export type DecorationKind = (typeof DECORATION_KINDS)[number];

export interface PlannedSpan {
  start: number;
  end: number;
  /** Subtle text drawn after the span (the speaker of an attributed quote). */
  after?: string;
}

export interface DecorationToggles {
  quotes: boolean;
  numbers: boolean;
  boilerplate: boolean;
  speakerNames: boolean;
}

/** Longest speaker name drawn after a quote. */
const MAX_SPEAKER = 60;

/** Splits an analysis into decoration spans per kind, honouring the per-kind settings. */
export function planDecorations(analysis: FileAnalysis, toggles: DecorationToggles): Record<DecorationKind, PlannedSpan[]> {
  const plan: Record<DecorationKind, PlannedSpan[]> = { attributedQuote: [], unattributedQuote: [], fragment: [], number: [], boilerplate: [] };
  if (toggles.quotes) {
    for (const q of analysis.quotes) {
      if (q.fragment) plan.fragment.push({ start: q.start, end: q.end });
      else if (q.speaker) plan.attributedQuote.push(toggles.speakerNames ? { start: q.start, end: q.end, after: speakerLabel(q.speaker) } : { start: q.start, end: q.end });
      else plan.unattributedQuote.push({ start: q.start, end: q.end });
    }
  }
  if (toggles.numbers) for (const n of analysis.numbers) plan.number.push({ start: n.start, end: n.end });
  if (toggles.boilerplate) for (const b of analysis.boilerplate) plan.boilerplate.push({ start: b.start, end: b.end });
  return plan;
}

/** " — Vedant Patel": one line, control characters removed, long names cut. */
export function speakerLabel(speaker: string): string {
  const flat = speaker.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').trim();
  const cut = flat.length > MAX_SPEAKER ? `${flat.slice(0, MAX_SPEAKER - 1)}…` : flat;
  return ` — ${cut}`;
}

/** Builds one decoration from a span's start and end positions and its `after` text. */
export type MakeDecoration<T> = (start: LinePosition, end: LinePosition, after: string | undefined) => T;

/**
 * The decorations of an analysis per kind, built directly from the claims in one forward walk
 * (`positions`): quotes, numbers and boilerplate lines are merged in start order, so each offset is
 * mapped by moving a cursor instead of a search, and no intermediate span lists are made.
 */
export function layoutDecorations<T>(
  analysis: Pick<FileAnalysis, 'quotes' | 'numbers' | 'boilerplate'>,
  toggles: DecorationToggles,
  positions: ForwardPositions,
  make: MakeDecoration<T>,
): Record<DecorationKind, T[]> {
  const out: Record<DecorationKind, T[]> = { attributedQuote: [], unattributedQuote: [], fragment: [], number: [], boilerplate: [] };
  const quotes = toggles.quotes ? analysis.quotes : [];
  const numbers = toggles.numbers ? analysis.numbers : [];
  const lines = toggles.boilerplate ? analysis.boilerplate : [];
  let qi = 0;
  let ni = 0;
  let bi = 0;
  const put = (kind: DecorationKind, span: { start: number; end: number }, after?: string): void => {
    const start = positions.at(span.start);
    out[kind].push(make(start, positions.peek(Math.max(span.start, span.end)), after));
  };
  while (qi < quotes.length || ni < numbers.length || bi < lines.length) {
    const qs = qi < quotes.length ? quotes[qi].start : Infinity;
    const ns = ni < numbers.length ? numbers[ni].start : Infinity;
    const bs = bi < lines.length ? lines[bi].start : Infinity;
    if (bs <= qs && bs <= ns) put('boilerplate', lines[bi++]);
    else if (ns <= qs) put('number', numbers[ni++]);
    else {
      const q = quotes[qi++];
      if (q.fragment) put('fragment', q);
      else if (q.speaker) put('attributedQuote', q, toggles.speakerNames ? speakerLabel(q.speaker) : undefined);
      else put('unattributedQuote', q);
    }
  }
  return out;
}
