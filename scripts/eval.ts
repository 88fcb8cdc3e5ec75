/**
 * `npm run eval`: scores `analyzeText` against the gold labels, per set: dev (test/fixtures/labels/articles,
 * tuned on) and heldout (test/fixtures/labels/heldout, never tuned on), then speakers on the samples judged
 * blind (test/fixtures/labels/blind, see scripts/eval/blind.ts; needs the corpus).
 * Flags: --set dev|heldout|all (default all), --verbose (every false positive / negative and wrong
 * attribute), --json (one JSON object).
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
import { formatBlind, loadBlindSamples, runBlind } from './eval/blind';

const repoRoot = path.resolve(__dirname, '..');
const labelRoot = path.join(repoRoot, 'test', 'fixtures', 'labels');

type SetName = 'dev' | 'heldout';
const SETS: Record<SetName, { dir: string; title: string }> = {
  dev: { dir: path.join(labelRoot, 'articles'), title: 'DEV set (test/fixtures/labels/articles; tuned on, optimistic)' },
  heldout: { dir: path.join(labelRoot, 'heldout'), title: 'HELD-OUT set (test/fixtures/labels/heldout; never tuned on)' },
};

/** The sets chosen by `--set dev|heldout|all` (or `--set=…`); null for an unknown value. */
function chosenSets(argv: readonly string[]): SetName[] | null {
  const i = argv.findIndex((a) => a === '--set' || a.startsWith('--set='));
  const value = i < 0 ? 'all' : argv[i].startsWith('--set=') ? argv[i].slice('--set='.length) : argv[i + 1];
  if (value === 'all') return ['dev', 'heldout'];
  return value === 'dev' || value === 'heldout' ? [value] : null;
}

interface Run {
  scores: ArticleScore[];
  skipped: string[];
  errors: string[];
}

function scoreAll(labelDir: string, corpusRoot: string | null): Run {
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
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const sets = chosenSets(argv);
  if (!sets) {
    console.error('usage: npm run eval -- [--set dev|heldout|all] [--verbose] [--json]');
    return 2;
  }
  const corpusRoot = findCorpusRoot(repoRoot);
  const runs = sets.map((name) => ({ name, run: scoreAll(SETS[name].dir, corpusRoot) }));
  const groupEval = sets.includes('dev') ? await groupLines(corpusRoot) : null;
  const errors = runs.flatMap(({ run }) => run.errors);
  if (args.has('--json')) {
    const out = Object.fromEntries(runs.map(({ name, run }) => {
      const groups = byGroup(run.scores);
      const metrics = Object.fromEntries(GROUPS.map((g) => [g, metricsJson(groups[g])]));
      return [name, { files: run.scores.length, skipped: run.skipped, errors: run.errors, metrics }];
    }));
    const blind = corpusRoot ? runBlind(loadBlindSamples(path.join(labelRoot, 'blind')), corpusRoot, speakerAt) : null;
    const blindJson = blind && { samples: blind.rows.map((r) => ({ sample: r.sample.sample, status: r.sample.status, secondJudgeOf: r.sample.secondJudgeOf, ...r.score })), agreement: blind.agreement, missing: blind.missing };
    console.log(JSON.stringify({ corpusRoot, sets: out, groups: groupEval, blind: blindJson }));
  } else {
    console.log(`Corpus: ${corpusRoot ?? '(none: seeds from test/fixtures only)'}`);
    for (const { name, run } of runs) printRun(SETS[name].title, run, corpusRoot, args.has('--verbose'));
    if (groupEval) {
      console.log('');
      for (const line of groupEval) console.log(line);
    }
    printBlind(corpusRoot);
  }
  for (const e of errors) console.error(`label error: ${e}`);
  return errors.length > 0 ? 1 : 0;
}

/** The speaker our analysis gives the quote opening at `start` (undefined: no quote there); one analysis per text. */
const analysed = new Map<string, Map<number, string | null>>();
function speakerAt(text: string, start: number): string | null | undefined {
  let quotes = analysed.get(text);
  if (!quotes) analysed.set(text, (quotes = new Map(analyzeText(text).quotes.map((q) => [q.start, q.speaker]))));
  return quotes.get(start);
}

/** Prints the blind speaker samples' section (needs the corpus: the labels hold no text). */
function printBlind(corpusRoot: string | null): void {
  console.log('');
  console.log('=== BLIND speaker samples (test/fixtures/labels/blind; judged without seeing our output) ===');
  if (!corpusRoot) {
    console.log('  skipped: the samples are news-fr / news-en articles (no corpus here)');
    return;
  }
  const { rows, agreement, missing } = runBlind(loadBlindSamples(path.join(labelRoot, 'blind')), corpusRoot, speakerAt);
  for (const m of missing) console.warn(`warning: blind sample article ${m} missing or changed (its quotes count as wrong)`);
  for (const line of formatBlind(rows, agreement)) console.log(line);
}

/** Prints one set's heading, warnings and tables (and its issues with --verbose). */
function printRun(title: string, run: Run, corpusRoot: string | null, verbose: boolean): void {
  console.log('');
  console.log(`=== ${title}: ${run.scores.length} labelled files scored ===`);
  const missing = run.skipped.filter((s) => s.endsWith(' not found'));
  const quiet = corpusRoot === null && missing.length > 0;
  for (const s of run.skipped) if (!quiet || !s.endsWith(' not found')) console.warn(`warning: skipped ${s}`);
  if (quiet) console.warn(`warning: skipped ${missing.length} labelled files outside the seeds (no corpus)`);
  console.log('');
  for (const line of formatTables(byGroup(run.scores))) console.log(line);
  if (verbose) {
    console.log('');
    for (const line of formatIssues(run.scores)) console.log(line);
  }
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
