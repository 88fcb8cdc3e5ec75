/**
 * `npm run eval`: scores `analyzeText` against the gold labels in test/fixtures/labels/articles.
 * Flags: --verbose (every false positive / negative and wrong attribute), --json (one JSON object).
 * Exit code 0 unless a label file is malformed or does not locate in its text (then 1).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../src/core/analyze';
import { addMetrics, emptyMetrics, scoreArticle, type ArticleMetrics, type ArticleScore } from './eval/articles';
import { findCorpusRoot, loadLabels, readArticle } from './eval/corpus';
import { LabelError, locateLabel } from './eval/labels';
import { formatIssues, formatTables, GROUPS, metricsJson, type Group } from './eval/report';

const repoRoot = path.resolve(__dirname, '..');
const labelDir = path.join(repoRoot, 'test', 'fixtures', 'labels', 'articles');

interface Run {
  scores: ArticleScore[];
  skipped: string[];
  errors: string[];
}

function scoreAll(corpusRoot: string | null): Run {
  const { labels, errors } = loadLabels(labelDir);
  const run: Run = { scores: [], skipped: [], errors };
  for (const label of labels) {
    const article = readArticle(label, corpusRoot, repoRoot);
    if ('skip' in article) {
      run.skipped.push(article.skip);
      continue;
    }
    let located;
    try {
      located = locateLabel(label, article.text);
    } catch (e) {
      if (!(e instanceof LabelError)) throw e;
      run.errors.push(e.message);
      continue;
    }
    try {
      run.scores.push(scoreArticle(located, article.text, analyzeText(article.text)));
    } catch (e) {
      run.skipped.push(`${label.name}: analyzeText threw ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return run;
}

function byGroup(scores: readonly ArticleScore[]): Record<Group, ArticleMetrics> {
  const out: Record<Group, ArticleMetrics> = { fr: emptyMetrics(), en: emptyMetrics(), all: emptyMetrics() };
  for (const s of scores) {
    out[s.language] = addMetrics(out[s.language], s.metrics);
    out.all = addMetrics(out.all, s.metrics);
  }
  return out;
}

/** Runs scripts/eval/groups.ts when it exists and exports runGroupEval (written by another labeller). */
async function groupLines(corpusRoot: string | null): Promise<string[] | null> {
  const file = path.join(__dirname, 'eval', 'groups.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { runGroupEval?: unknown; default?: { runGroupEval?: unknown } };
  const fn = mod.runGroupEval ?? mod.default?.runGroupEval;
  if (typeof fn !== 'function') return null;
  const lines = (await (fn as (root: string | null) => Promise<unknown>)(corpusRoot));
  return Array.isArray(lines) ? lines.map(String) : null;
}

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const corpusRoot = findCorpusRoot(repoRoot);
  const run = scoreAll(corpusRoot);
  const groups = byGroup(run.scores);
  const groupEval = await groupLines(corpusRoot);
  if (args.has('--json')) {
    const metrics = Object.fromEntries(GROUPS.map((g) => [g, metricsJson(groups[g])]));
    console.log(JSON.stringify({ corpusRoot, files: run.scores.length, skipped: run.skipped, errors: run.errors, metrics, groups: groupEval }));
  } else {
    console.log(`Corpus: ${corpusRoot ?? '(none: seeds from test/fixtures only)'}; ${run.scores.length} labelled files scored`);
    const missing = run.skipped.filter((s) => s.endsWith(' not found'));
    const quiet = corpusRoot === null && missing.length > 0;
    for (const s of run.skipped) if (!quiet || !s.endsWith(' not found')) console.warn(`warning: skipped ${s}`);
    if (quiet) console.warn(`warning: skipped ${missing.length} labelled files outside the seeds (no corpus)`);
    console.log('');
    for (const line of formatTables(groups)) console.log(line);
    if (groupEval) {
      console.log('');
      for (const line of groupEval) console.log(line);
    }
    if (args.has('--verbose')) {
      console.log('');
      for (const line of formatIssues(run.scores)) console.log(line);
    }
  }
  for (const e of run.errors) console.error(`label error: ${e}`);
  return run.errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
