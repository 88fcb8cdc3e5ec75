/**
 * Pure: which spans of a dump get which decoration. No `vscode` import, so it is unit-tested.
 */
import type { FileAnalysis } from '../../core/types';

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
