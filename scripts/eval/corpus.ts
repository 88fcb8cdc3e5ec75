/**
 * File-system side of the eval: where the corpus is, reading label files, and reading each labelled
 * dump with its sha256 checked. Falls back to the seed copies in test/fixtures/seeds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { LabelError, parseLabel, type GoldLabel } from './labels';

/** The corpus root: $PROVENANCE_CORPUS, else ../shared/corpus next to the repo; null (seeds only) when that directory is absent. */
export function findCorpusRoot(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.PROVENANCE_CORPUS;
  const dir = fromEnv ? path.resolve(fromEnv) : path.resolve(repoRoot, '..', 'shared', 'corpus');
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
}

export interface LoadedLabels {
  labels: GoldLabel[];
  errors: string[];
}

/** Reads and parses every `*.json` in `dir`; malformed files are reported in `errors`. */
export function loadLabels(dir: string): LoadedLabels {
  const labels: GoldLabel[] = [];
  const errors: string[] = [];
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const f of files) {
    const name = f.slice(0, -'.json'.length);
    try {
      labels.push(parseLabel(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown, name));
    } catch (e) {
      errors.push(e instanceof LabelError || e instanceof SyntaxError ? `${f}: ${e.message}` : `${f}: ${String(e)}`);
    }
  }
  return { labels, errors };
}

export type Article = { text: string; path: string } | { skip: string };

/** Reads a labelled dump (corpus root, else the seed fixtures) and checks its sha256. */
export function readArticle(label: GoldLabel, corpusRoot: string | null, repoRoot: string): Article {
  const candidates: string[] = [];
  if (corpusRoot) candidates.push(path.join(corpusRoot, label.corpusPath));
  if (label.corpusPath.startsWith('seeds/')) candidates.push(path.join(repoRoot, 'test', 'fixtures', label.corpusPath));
  const file = candidates.find((c) => existsSync(c));
  if (!file) return { skip: `${label.name}: ${label.corpusPath} not found` };
  const bytes = readFileSync(file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== label.sha256) return { skip: `${label.name}: sha256 mismatch for ${file}` };
  return { text: bytes.toString('utf8'), path: file };
}
