/**
 * Main-thread work in short slices: the extension host must never be blocked by us for more than
 * a few tens of milliseconds, so long loops pause (yield to the event loop) every `SLICE_MS`.
 */
import { sortInSteps } from '../../core/sortSteps';

/** Longest stretch of main-thread work between two yields to the event loop. */
export const SLICE_MS = 25;

/**
 * Counts of slices and yields, process-wide (for the benchmark and the tests): the longest slice
 * measured by a `Slicer` between two pauses, and how many times we yielded.
 */
export const sliceStats = { longestMs: 0, yields: 0, overBudget: 0, longestStepMs: 0 };

/** A slice or step that blocked the event loop for more than LONG_MS: what ran, how long, when it ended. */
export interface LongSlice {
  label: string;
  ms: number;
  /** `performance.now()` when it ended. */
  end: number;
}

/** Slices and steps longer than this are listed in `longSlices` (the bound on a stall). */
export const LONG_MS = 50;
const MAX_LISTED = 5000;

/** The long slices and steps seen since the last reset, named by the work that ran (for the benchmark). */
export const longSlices: LongSlice[] = [];

/** Resets `sliceStats` and `longSlices` (tests and benchmarks measure one run at a time). */
export function resetSliceStats(): void {
  sliceStats.longestMs = 0;
  sliceStats.yields = 0;
  sliceStats.overBudget = 0;
  sliceStats.longestStepMs = 0;
  longSlices.length = 0;
}

function noteLong(label: string, ms: number): void {
  if (ms > LONG_MS && longSlices.length < MAX_LISTED) longSlices.push({ label, ms, end: performance.now() });
}

/** Records one indivisible step (one file applied to the claim index): the floor of any slice. */
export function noteStep(ms: number, label = 'step'): void {
  sliceStats.longestStepMs = Math.max(sliceStats.longestStepMs, ms);
  noteLong(label, ms);
}

/** Records one slice of `ms` that was meant to last at most `budgetMs` (see `sliceStats`). */
export function noteSlice(ms: number, budgetMs = SLICE_MS, label = 'slice'): void {
  sliceStats.longestMs = Math.max(sliceStats.longestMs, ms);
  sliceStats.yields++;
  if (ms > 2 * budgetMs) sliceStats.overBudget++;
  noteLong(label, ms);
}

/** One turn of the event loop (timers, I/O and other extensions run in between). */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Yields to the event loop once `budgetMs` of work has accumulated since the last yield. */
export class Slicer {
  private start = performance.now();

  /** `label` names the work in `longSlices`. */
  constructor(
    private readonly budgetMs = SLICE_MS,
    public label = 'slice',
  ) {}

  /** True when the current slice has used its budget (the caller should `pause`). */
  get due(): boolean {
    return performance.now() - this.start >= this.budgetMs;
  }

  /** What is left of the current slice's budget (ms, at least 1: a step always makes progress). */
  get remainingMs(): number {
    return Math.max(1, this.budgetMs - (performance.now() - this.start));
  }

  async pause(): Promise<void> {
    if (!this.due) return;
    this.end();
    await yieldToLoop();
    this.begin();
  }

  /** Ends the current slice (about to wait on I/O or a worker: the event loop is free meanwhile). */
  end(): void {
    this.record();
  }

  /** Starts a new slice (after a wait that let the event loop run). */
  begin(): void {
    this.start = performance.now();
  }

  /** Awaits `work` outside the slice accounting: ends the slice before, starts a new one after. */
  async wait<T>(work: Promise<T>): Promise<T> {
    this.end();
    try {
      return await work;
    } finally {
      this.begin();
    }
  }

  private record(): void {
    noteSlice(performance.now() - this.start, this.budgetMs, this.label);
  }
}

/** Sorts a copy of `items` without blocking: `sortInSteps`, pausing through `slicer` between steps. */
export async function sortSliced<T>(items: readonly T[], order: (a: T, b: T) => number, slicer: Slicer): Promise<T[]> {
  const steps = sortInSteps(items, order);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.pause();
  }
}
