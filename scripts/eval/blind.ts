/**
 * Speaker accuracy on samples judged blind (test/fixtures/labels/blind): each quote's speaker was
 * decided by someone who read only the article and the quote positions, never our output. A sample
 * is "untouched" (never opened by anyone writing rules: the honest estimate) or "studied" (rule
 * writers read its misses afterwards: it only says how well the rules fit it). The labels name the
 * articles by corpus path and sha256; the texts stay in the corpus.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { speakerMatches } from './text';

/** One judged quote: the start offset of its opening mark and the acceptable answers ("null": no speaker). */
export interface BlindQuote {
  file: string;
  start: number;
  speaker: string[];
}

export interface BlindSample {
  sample: string;
  status: 'untouched' | 'studied';
  judge: string;
  articles: Record<string, { corpusPath: string; sha256: string }>;
  quotes: BlindQuote[];
  /** Set on a second judge's judgements of other samples (agreement check). */
  secondJudgeOf?: string[];
}

/** Counts for one sample (or a sum of samples). */
export interface BlindScore {
  /** Quotes whose gold is a named speaker only: right / all, and per language. */
  named: [number, number];
  namedFr: [number, number];
  namedEn: [number, number];
  /** Quotes whose gold is "no speaker" only: right / all. */
  none: [number, number];
  /** Our named outputs (among judged quotes): right / all. */
  precision: [number, number];
}

export function emptyBlindScore(): BlindScore {
  return { named: [0, 0], namedFr: [0, 0], namedEn: [0, 0], none: [0, 0], precision: [0, 0] };
}

function add(a: [number, number], right: boolean): void {
  a[1]++;
  if (right) a[0]++;
}

/** Adds `b` into `a`. */
export function sumBlind(a: BlindScore, b: BlindScore): BlindScore {
  const s = (x: [number, number], y: [number, number]): [number, number] => [x[0] + y[0], x[1] + y[1]];
  return { named: s(a.named, b.named), namedFr: s(a.namedFr, b.namedFr), namedEn: s(a.namedEn, b.namedEn), none: s(a.none, b.none), precision: s(a.precision, b.precision) };
}

/**
 * Scores `predicted` (one answer per quote key `file|start`: a speaker, null for none, undefined when
 * the quote was not found) against a sample, the way the labelled sets score speakers: a named gold is
 * matched when the predicted name contains one acceptable name's words (honorifics aside).
 */
export function scoreBlind(sample: Pick<BlindSample, 'quotes'>, predicted: (q: BlindQuote) => string | null | undefined, french: (file: string) => boolean): BlindScore {
  const out = emptyBlindScore();
  for (const q of sample.quotes) {
    const got = predicted(q);
    const nullOk = q.speaker.includes('null');
    const names = q.speaker.filter((s) => s !== 'null');
    const right = got === undefined ? false : got === null ? nullOk : names.length > 0 && speakerMatches(got, names);
    if (got) add(out.precision, right);
    if (names.length > 0 && !nullOk) {
      add(out.named, right);
      add(french(q.file) ? out.namedFr : out.namedEn, right);
    } else if (names.length === 0) add(out.none, right);
  }
  return out;
}

/** The blind samples in `dir` (none when it is absent). */
export function loadBlindSamples(dir: string): BlindSample[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as BlindSample);
}

/** The text of a sample's article from the corpus, or null when it is missing or changed (sha256). */
export function readBlindArticle(corpusRoot: string, entry: { corpusPath: string; sha256: string }): string | null {
  const file = path.join(corpusRoot, entry.corpusPath);
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return createHash('sha256').update(bytes).digest('hex') === entry.sha256 ? bytes.toString('utf8') : null;
}

const pct = ([a, b]: [number, number]): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);

/** Table lines for the samples' scores, the untouched ones summed (the honest estimate) and the judges' agreement. */
export function formatBlind(rows: ReadonlyArray<{ sample: BlindSample; score: BlindScore }>, agreement: Array<{ label: string; score: BlindScore }>): string[] {
  const lines = ['  sample      status     named speaker right      (fr / en)                  no speaker right   our named speakers right'];
  const line = (name: string, status: string, s: BlindScore): string =>
    `  ${name.padEnd(11)} ${status.padEnd(10)} ${pct(s.named).padEnd(24)} (${pct(s.namedFr)} / ${pct(s.namedEn)})`.padEnd(96) + ` ${pct(s.none).padEnd(18)} ${pct(s.precision)}`;
  let honest = emptyBlindScore();
  for (const { sample, score } of rows) {
    lines.push(line(sample.sample, sample.secondJudgeOf ? 'judge 2' : sample.status, score));
    if (sample.status === 'untouched' && !sample.secondJudgeOf) honest = sumBlind(honest, score);
  }
  const names = rows.filter((r) => r.sample.status === 'untouched' && !r.sample.secondJudgeOf).map((r) => r.sample.sample).join(' + ');
  lines.push(line(names, 'honest', honest));
  for (const a of agreement) lines.push(`  ${a.label}: named speaker ${pct(a.score.named)}, no speaker ${pct(a.score.none)}`);
  return lines;
}

/** A judge's answer as a prediction: the first acceptable answer ("null": no speaker). */
function firstAnswer(q: BlindQuote | undefined): string | null | undefined {
  if (!q) return undefined;
  return q.speaker[0] === 'null' ? null : q.speaker[0];
}

/**
 * Scores every sample against `speakerAt` (our speaker of the quote opening at `start` in an article's
 * text; undefined when we found no quote there), and each second judge against the first, both ways.
 * Untouched samples come first, then studied ones, then second judges.
 */
export function runBlind(samples: readonly BlindSample[], corpusRoot: string, speakerAt: (text: string, start: number) => string | null | undefined): { rows: Array<{ sample: BlindSample; score: BlindScore }>; agreement: Array<{ label: string; score: BlindScore }>; missing: string[] } {
  const texts = new Map<string, string | null>();
  const missing: string[] = [];
  const textOf = (sample: BlindSample, file: string): string | null => {
    const entry = sample.articles[file];
    if (!entry) return null;
    const key = `${entry.corpusPath} ${entry.sha256}`;
    if (!texts.has(key)) {
      const t = readBlindArticle(corpusRoot, entry);
      if (t === null) missing.push(entry.corpusPath);
      texts.set(key, t);
    }
    return texts.get(key) ?? null;
  };
  const french = (sample: BlindSample) => (file: string): boolean => sample.articles[file]?.corpusPath.startsWith('news-fr/') ?? false;
  const rank = (s: BlindSample): number => (s.secondJudgeOf ? 2 : s.status === 'untouched' ? 0 : 1);
  const rows = [...samples].sort((a, b) => rank(a) - rank(b) || a.sample.localeCompare(b.sample)).map((sample) => ({
    sample,
    score: scoreBlind(sample, (q) => {
      const text = textOf(sample, q.file);
      return text === null ? undefined : speakerAt(text, q.start);
    }, french(sample)),
  }));
  const agreement: Array<{ label: string; score: BlindScore }> = [];
  for (const second of samples.filter((s) => s.secondJudgeOf)) {
    const firsts = samples.filter((s) => second.secondJudgeOf!.includes(s.sample));
    const first: BlindSample = { ...second, quotes: firsts.flatMap((s) => s.quotes) };
    const key = (q: BlindQuote): string => `${q.file}|${q.start}`;
    const index = (s: BlindSample): Map<string, BlindQuote> => new Map(s.quotes.map((q) => [key(q), q]));
    const a = index(first);
    const b = index(second);
    const names = second.secondJudgeOf!.join(' + ');
    agreement.push({ label: `judges agree on ${names}, second scored against first`, score: scoreBlind(first, (q) => firstAnswer(b.get(key(q))), french(second)) });
    agreement.push({ label: `judges agree on ${names}, first scored against second`, score: scoreBlind(second, (q) => firstAnswer(a.get(key(q))), french(second)) });
  }
  return { rows, agreement, missing };
}
