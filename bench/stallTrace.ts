/**
 * Names the main thread's long stalls during a benchmark run: a 10 ms watchdog timer finds every gap
 * over LONG_MS in the event loop, and each gap is attributed to the long slices our code recorded
 * (`longSlices`, labelled by the work that ran) and to the garbage collections (PerformanceObserver
 * 'gc') that overlap it. What is left unexplained is work outside our slices (message delivery,
 * promise continuations, timers).
 */
import { readFileSync } from 'node:fs';
import { constants, PerformanceObserver, performance } from 'node:perf_hooks';
import type { LongSlice } from '../src/extension/index/slicing';

interface Gc { start: number; ms: number; kind: string }
interface Stall { phase: string; start: number; ms: number; cpuMs: number }

/** Long stalls above this are listed (the bound). */
const LONG_MS = 50;

function gcKind(kind: number | undefined): string {
  if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) return 'major';
  if (kind === constants.NODE_PERFORMANCE_GC_MINOR) return 'minor';
  if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) return 'incremental';
  return 'weak';
}

/** CPU time of the calling (main) thread in ms, from /proc (0 where unavailable): tells work from preemption. */
function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return 0;
  }
}

/** Starts tracing; `phase()` names what the driver is doing, `stop()` returns the summary. */
export function traceStalls(longSlices: readonly LongSlice[]): { phase(name: string): void; stop(): Record<string, unknown> } {
  const gcs: Gc[] = [];
  const stalls: Stall[] = [];
  let phase = '';
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const detail = (e as unknown as { detail?: { kind?: number } }).detail;
      gcs.push({ start: e.startTime, ms: e.duration, kind: gcKind(detail?.kind) });
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  let tick = performance.now();
  let cpu = threadCpuMs();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpuNow = threadCpuMs();
    if (now - tick > LONG_MS + 10) stalls.push({ phase, start: tick, ms: now - tick, cpuMs: cpuNow - cpu });
    tick = now;
    cpu = cpuNow;
  }, 10);
  const overlap = (s0: number, s1: number, a0: number, a1: number): number => Math.max(0, Math.min(s1, a1) - Math.max(s0, a0));
  const stop = (): Record<string, unknown> => {
    clearInterval(timer);
    obs.disconnect();
    const explained = stalls.map((st) => {
      const end = st.start + st.ms;
      const gcMs = gcs.reduce((t, g) => t + overlap(st.start, end, g.start, g.start + g.ms), 0);
      const ours = longSlices.filter((l) => overlap(st.start, end, l.end - l.ms, l.end) > 0).map((l) => `${l.label} ${l.ms.toFixed(0)}`);
      return { phase: st.phase, ms: Math.round(st.ms), cpuMs: Math.round(st.cpuMs), gcMs: Math.round(gcMs), slices: ours.join(', ') || 'none listed' };
    });
    const byLabel: Record<string, { n: number; maxMs: number; gcMs: number }> = {};
    for (const l of longSlices) {
      const gcMs = gcs.reduce((t, g) => t + overlap(l.end - l.ms, l.end, g.start, g.start + g.ms), 0);
      const b = (byLabel[l.label] ??= { n: 0, maxMs: 0, gcMs: 0 });
      b.n++;
      if (l.ms > b.maxMs) {
        b.maxMs = Math.round(l.ms);
        b.gcMs = Math.round(gcMs);
      }
    }
    const gcByKind: Record<string, { n: number; maxMs: number; over50: number; totalMs: number }> = {};
    for (const g of gcs) {
      const b = (gcByKind[g.kind] ??= { n: 0, maxMs: 0, over50: 0, totalMs: 0 });
      b.n++;
      b.maxMs = Math.max(b.maxMs, Math.round(g.ms));
      b.totalMs += g.ms;
      if (g.ms > LONG_MS) b.over50++;
    }
    for (const b of Object.values(gcByKind)) b.totalMs = Math.round(b.totalMs);
    return {
      stallsOver50ms: stalls.length,
      // Stalls in which the main thread itself ran over 50 ms (the rest: the OS ran other processes).
      stallsOver50msCpu: stalls.filter((st) => st.cpuMs > LONG_MS).length,
      worstCpuStalls: [...explained].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 25),
      longSlicesByLabel: byLabel,
      gc: gcByKind,
      worstStalls: explained.sort((a, b) => b.ms - a.ms).slice(0, 10),
    };
  };
  return { phase: (name) => void (phase = name), stop };
}
