/**
 * Turns summed article metrics into the printed tables and the `--json` object. Pure formatting.
 */
import { prf, ratio, type Accuracy, type ArticleMetrics, type ArticleScore, type Counts } from './articles';

export type Group = 'fr' | 'en' | 'all';
export const GROUPS: readonly Group[] = ['fr', 'en', 'all'];

function pct(x: number | null): string {
  return x === null ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`;
}

function accCell(a: Accuracy): string {
  return `${pct(ratio(a))} ${`(${a.right}/${a.total})`.padEnd(9)}`;
}

function prfCells(c: Counts): string {
  const r = prf(c);
  const gold = c.tp + c.fn;
  const pred = c.tp + c.fp;
  return `${String(gold).padStart(5)} ${String(pred).padStart(5)} ${String(c.tp).padStart(5)}  ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`;
}

const HEAD = '  lang  files  gold  pred    tp       P       R      F1';

/** The three tables (quotes, numbers, boilerplate), one row per language group. */
export function formatTables(byGroup: Record<Group, ArticleMetrics>): string[] {
  const rows = (f: (m: ArticleMetrics) => string): string[] =>
    GROUPS.map((g) => `  ${g.padEnd(4)} ${String(byGroup[g].files).padStart(6)} ${f(byGroup[g])}`);
  return [
    'Quotes', `${HEAD}   speaker             fragment            null-speaker`,
    ...rows((m) => `${prfCells(m.quotes)}   ${accCell(m.speaker)}  ${accCell(m.fragment)}  ${accCell(m.speakerNull)}`),
    '',
    'Numbers', `${HEAD}   value               qualifier           unit                percent`,
    ...rows((m) => `${prfCells(m.numbers)}   ${accCell(m.value)}  ${accCell(m.qualifier)}  ${accCell(m.unit)}  ${accCell(m.percent)}`),
    '',
    'Boilerplate lines (non-empty lines)', HEAD,
    ...rows((m) => prfCells(m.boilerplate)),
  ];
}

/** Every issue of every article, grouped by file, for `--verbose`. */
export function formatIssues(scores: readonly ArticleScore[]): string[] {
  const out: string[] = [];
  for (const s of scores) {
    if (s.issues.length === 0) continue;
    out.push(`== ${s.name} (${s.language})`);
    for (const i of s.issues) out.push(`  ${`${i.kind} ${i.type}`.padEnd(16)} L${String(i.line).padEnd(4)} ${i.detail}`);
  }
  return out;
}

function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10000) / 10000;
}

function accJson(a: Accuracy): { accuracy: number | null; right: number; total: number } {
  return { accuracy: round(ratio(a)), right: a.right, total: a.total };
}

function prfJson(c: Counts): Record<string, number | null> {
  const r = prf(c);
  return { ...c, precision: round(r.precision), recall: round(r.recall), f1: round(r.f1) };
}

/** The figures of one group as plain JSON data. */
export function metricsJson(m: ArticleMetrics): Record<string, unknown> {
  return {
    files: m.files,
    quotes: { ...prfJson(m.quotes), speaker: accJson(m.speaker), fragment: accJson(m.fragment), nullSpeaker: accJson(m.speakerNull) },
    numbers: { ...prfJson(m.numbers), value: accJson(m.value), qualifier: accJson(m.qualifier), unit: accJson(m.unit), percent: accJson(m.percent) },
    boilerplate: prfJson(m.boilerplate),
  };
}
