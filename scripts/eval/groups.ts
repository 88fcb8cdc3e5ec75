/**
 * Cross-file group eval: runs the engine (analyzeText + compareAnalyses) over the universe of
 * test/fixtures/labels/groups.json and scores the predicted quote/number groups and duplicate pairs
 * against the gold ones. Scoring functions are pure and unit-tested; only `runGroupEval` reads files.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { compareAnalyses } from '../../src/core/link/index';
import type { CompareReport, FileAnalysis } from '../../src/core/types';

export type Kind = 'quote' | 'number';
export type Status = 'agree' | 'conflict';

export interface GoldMember { path: string; line: number; text: string; occurrence: number }
export interface GoldGroup { kind: Kind; status: Status; note: string; members: GoldMember[] }
export interface GoldDuplicate { paths: [string, string]; note: string }
export interface GoldGroups { files: string[]; groups: GoldGroup[]; duplicates: GoldDuplicate[] }

export interface Span { start: number; end: number }
/** A predicted claim of one file, with a stable id ("q|path|start" or "n|path|start"). */
export interface ClaimRef extends Span { id: string }
export interface PairScore { tp: number; fp: number; fn: number; precision: number; recall: number }
/** A group reduced to claim ids (duplicates removed) and its status. */
export interface IdGroup { ids: string[]; status: Status }

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(what: string): never {
  throw new Error(`groups.json: ${what}`);
}

function parseMember(v: unknown, what: string): GoldMember {
  if (!isObj(v)) fail(`${what} must be an object`);
  const { path: p, line, text, occurrence } = v;
  if (typeof p !== 'string' || !p) fail(`${what}.path must be a string`);
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) fail(`${what}.line must be a positive integer`);
  if (typeof text !== 'string' || !text) fail(`${what}.text must be a non-empty string`);
  const occ = occurrence === undefined ? 1 : occurrence;
  if (typeof occ !== 'number' || !Number.isInteger(occ) || occ < 1) fail(`${what}.occurrence must be a positive integer`);
  return { path: p, line, text, occurrence: occ };
}

/** Parses groups.json; throws with a precise message when it does not follow the format. */
export function parseGoldGroups(json: unknown): GoldGroups {
  if (!isObj(json)) fail('not an object');
  const { files, groups, duplicates } = json;
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) fail('files must be an array of strings');
  if (!Array.isArray(groups)) fail('groups must be an array');
  if (!Array.isArray(duplicates)) fail('duplicates must be an array');
  return {
    files: files,
    groups: groups.map((g: unknown, i): GoldGroup => {
      if (!isObj(g)) fail(`groups[${i}] must be an object`);
      if (g.kind !== 'quote' && g.kind !== 'number') fail(`groups[${i}].kind must be quote or number`);
      if (g.status !== 'agree' && g.status !== 'conflict') fail(`groups[${i}].status must be agree or conflict`);
      if (!Array.isArray(g.members) || g.members.length < 2) fail(`groups[${i}].members needs at least 2 members`);
      const members = g.members.map((m: unknown, j) => parseMember(m, `groups[${i}].members[${j}]`));
      return { kind: g.kind, status: g.status, note: typeof g.note === 'string' ? g.note : '', members };
    }),
    duplicates: duplicates.map((d: unknown, i): GoldDuplicate => {
      const ps = isObj(d) ? d.paths : undefined;
      if (!Array.isArray(ps) || ps.length !== 2 || !ps.every((p) => typeof p === 'string')) fail(`duplicates[${i}].paths must be two paths`);
      return { paths: [ps[0], ps[1]], note: isObj(d) && typeof d.note === 'string' ? d.note : '' };
    }),
  };
}

/** Folds no-break/narrow/thin spaces to ' ' (same length), so labels typed with plain spaces locate. */
export function foldSpaces(s: string): string {
  return s.replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ');
}

/** Offsets of the 1-based `line` (split on \n, \r\n or lone \r), without its terminator. */
export function lineSpan(text: string, line: number): Span | null {
  let start = 0;
  for (let n = 1; n < line; n++) {
    let i = start;
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    if (i >= text.length) return null;
    start = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

/** Span of the occurrence-th `needle` on `line`, or null when it is not there. */
export function locateOnLine(text: string, line: number, needle: string, occurrence = 1): Span | null {
  const ls = lineSpan(text, line);
  if (!ls) return null;
  const hay = foldSpaces(text.slice(ls.start, ls.end));
  const pin = foldSpaces(needle);
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = hay.indexOf(pin, at + 1);
    if (at < 0) return null;
  }
  return { start: ls.start + at, end: ls.start + at + needle.length };
}

/**
 * The claim a gold location belongs to: for quotes the claim span must contain the gold substring
 * (it is part of the quote's inside); for numbers overlapping is enough (the gold text may carry a
 * longer noun phrase than the extractor). Picks the largest overlap.
 */
export function claimAt(claims: readonly ClaimRef[], at: Span, kind: Kind): string | null {
  let best: string | null = null;
  let bestOverlap = 0;
  for (const c of claims) {
    const overlap = Math.min(c.end, at.end) - Math.max(c.start, at.start);
    if (overlap <= 0) continue;
    if (kind === 'quote' && (c.start > at.start || c.end < at.end)) continue;
    if (overlap > bestOverlap) {
      best = c.id;
      bestOverlap = overlap;
    }
  }
  return best;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Unordered pairs of distinct ids sharing a cluster; ids outside `keep` (when given) are dropped. */
export function clusterPairs(clusters: readonly (readonly string[])[], keep?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const c of clusters) {
    const ids = [...new Set(c)].filter((id) => !keep || keep.has(id));
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.add(pairKey(ids[i], ids[j]));
  }
  return out;
}

/** Precision/recall of predicted pairs against gold pairs. Empty sides score 1 (nothing wrong). */
export function scoreSets(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): PairScore {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  const fp = predicted.size - tp;
  const fn = gold.size - tp;
  return { tp, fp, fn, precision: predicted.size ? tp / predicted.size : 1, recall: gold.size ? tp / gold.size : 1 };
}

/**
 * Pairwise group scoring over the universe of gold claims the extractor found: a predicted pair
 * counts only when both claims are in `universe` (labelled claims); gold pairs are over found claims.
 */
export function scorePairs(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], universe: ReadonlySet<string>): PairScore {
  return scoreSets(clusterPairs(gold, universe), clusterPairs(predicted, universe));
}

/**
 * Agree/conflict accuracy over gold groups that were linked: a gold group is matched by the predicted
 * group holding most of its (≥ 2) found claims; its status is then compared.
 */
export function statusAccuracy(gold: readonly IdGroup[], predicted: readonly IdGroup[]): { matched: number; correct: number; unlinked: number } {
  let matched = 0;
  let correct = 0;
  let unlinked = 0;
  for (const g of gold) {
    const ids = new Set(g.ids);
    if (ids.size < 2) continue;
    let best: IdGroup | null = null;
    let bestShared = 1;
    for (const p of predicted) {
      const shared = p.ids.filter((id) => ids.has(id)).length;
      if (shared > bestShared) {
        best = p;
        bestShared = shared;
      }
    }
    if (!best) {
      unlinked++;
      continue;
    }
    matched++;
    if (best.status === g.status) correct++;
  }
  return { matched, correct, unlinked };
}

/** Duplicate-pair precision/recall; predicted pairs outside the universe's files are ignored. */
export function scoreDuplicates(gold: readonly (readonly [string, string])[], predicted: readonly (readonly [string, string])[], files: ReadonlySet<string>): PairScore {
  const g = new Set(gold.map(([a, b]) => pairKey(a, b)));
  const p = new Set(predicted.filter(([a, b]) => files.has(a) && files.has(b)).map(([a, b]) => pairKey(a, b)));
  return scoreSets(g, p);
}

// ---------------------------------------------------------------------------------------------
// Runner (reads files): builds claim ids from the engine's analyses and prints the figures.

interface Loaded { path: string; text: string; analysis: FileAnalysis; quotes: ClaimRef[]; numbers: ClaimRef[] }

const REPO = path.resolve(__dirname, '..', '..');
const GROUPS_FILE = path.join(REPO, 'test', 'fixtures', 'labels', 'groups.json');
const LABELS_DIR = path.join(REPO, 'test', 'fixtures', 'labels', 'articles');

function loadFile(corpusRoot: string | null, rel: string): Loaded | null {
  const abs = corpusRoot ? path.join(corpusRoot, rel) : path.join(REPO, 'test', 'fixtures', 'seeds', path.basename(rel));
  if (!existsSync(abs)) return null;
  const text = readFileSync(abs, 'utf8');
  const analysis = analyzeText(text);
  const ref = (k: string) => (c: Span): ClaimRef => ({ id: `${k}|${rel}|${c.start}`, start: c.start, end: c.end });
  return { path: rel, text, analysis, quotes: analysis.quotes.map(ref('q')), numbers: analysis.numbers.map(ref('n')) };
}

/** Labelled claims (article label files) of the universe, as gold locations; unattributed fragments left out. */
function labelledClaims(files: ReadonlyMap<string, Loaded>): Array<{ path: string; kind: Kind; at: Span }> {
  const out: Array<{ path: string; kind: Kind; at: Span }> = [];
  if (!existsSync(LABELS_DIR)) return out;
  for (const name of readdirSync(LABELS_DIR)) {
    if (!name.endsWith('.json')) continue;
    const j = JSON.parse(readFileSync(path.join(LABELS_DIR, name), 'utf8')) as { corpusPath?: string; quotes?: unknown[]; numbers?: unknown[] };
    const f = j.corpusPath ? files.get(j.corpusPath) : undefined;
    if (!f) continue;
    const add = (kind: Kind, v: unknown): void => {
      if (!isObj(v) || typeof v.line !== 'number' || typeof v.text !== 'string') return;
      if (kind === 'quote' && v.speaker === null && v.fragment === true) return;
      const at = locateOnLine(f.text, v.line, v.text, typeof v.occurrence === 'number' ? v.occurrence : 1);
      if (at) out.push({ path: f.path, kind, at });
    };
    for (const q of j.quotes ?? []) add('quote', q);
    for (const n of j.numbers ?? []) add('number', n);
  }
  return out;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const fmt = (s: PairScore): string => `P ${pct(s.precision)} R ${pct(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** Predicted groups of one kind as id groups (members mapped back to the analyses' claims). */
function predictedIdGroups(report: CompareReport, files: ReadonlyMap<string, Loaded>, kind: Kind): IdGroup[] {
  return report.groups.filter((g) => g.kind === kind).map((g) => ({
    status: g.status,
    ids: g.members.flatMap((m) => {
      const f = files.get(m.path);
      const id = f ? claimAt(kind === 'quote' ? f.quotes : f.numbers, { start: m.start, end: m.end }, 'number') : null;
      return id ? [id] : [];
    }),
  }));
}

/**
 * Runs the cross-file eval and returns the lines to print. With `corpusRoot` null only the seeds
 * (test/fixtures/seeds) are used, so it works on a fresh clone.
 */
export async function runGroupEval(corpusRoot: string | null): Promise<string[]> {
  const gold = parseGoldGroups(JSON.parse(await readFile(GROUPS_FILE, 'utf8')));
  const wanted = gold.files.filter((f) => corpusRoot || f.startsWith('seeds/'));
  const files = new Map<string, Loaded>();
  const lines: string[] = [];
  for (const rel of wanted) {
    const f = loadFile(corpusRoot, rel);
    if (f) files.set(rel, f);
    else lines.push(`missing file: ${rel}`);
  }
  const report = compareAnalyses([...files.values()].map(({ path: p, text, analysis }) => ({ path: p, text, analysis })));
  const groups = gold.groups.map((g) => ({ ...g, members: g.members.filter((m) => files.has(m.path)) })).filter((g) => g.members.length >= 2);
  lines.push(`group eval: ${files.size} files, ${groups.length} gold groups, ${report.groups.length} predicted groups`);
  for (const kind of ['quote', 'number'] as const) {
    const universe = new Set<string>();
    let members = 0;
    let missed = 0;
    const goldIds: IdGroup[] = groups.filter((g) => g.kind === kind).map((g) => ({
      status: g.status,
      ids: g.members.flatMap((m) => {
        members++;
        const f = files.get(m.path)!;
        const at = locateOnLine(f.text, m.line, m.text, m.occurrence);
        if (!at) throw new Error(`groups.json: "${m.text}" not found on ${m.path}:${m.line}`);
        const id = claimAt(kind === 'quote' ? f.quotes : f.numbers, at, kind);
        if (!id) missed++;
        else universe.add(id);
        return id ? [id] : [];
      }),
    }));
    for (const c of labelledClaims(files)) {
      if (c.kind !== kind) continue;
      const f = files.get(c.path)!;
      const id = claimAt(kind === 'quote' ? f.quotes : f.numbers, c.at, kind);
      if (id) universe.add(id);
    }
    const predicted = predictedIdGroups(report, files, kind);
    lines.push(`${kind} groups: pairwise ${fmt(scorePairs(goldIds.map((g) => g.ids), predicted.map((g) => g.ids), universe))}`);
    lines.push(`  extractor misses: ${missed}/${members} gold group members not found as ${kind}s (their pairs are not scored)`);
    if (kind === 'number') {
      const s = statusAccuracy(goldIds, predicted);
      lines.push(`  agree/conflict: ${s.correct}/${s.matched} correct over matched gold groups${s.matched ? ` (${pct(s.correct / s.matched)})` : ''}; ${s.unlinked} gold groups not linked`);
    }
  }
  const fileSet = new Set(files.keys());
  const goldDup = gold.duplicates.filter((d) => fileSet.has(d.paths[0]) && fileSet.has(d.paths[1])).map((d) => d.paths);
  lines.push(`duplicates: ${fmt(scoreDuplicates(goldDup, report.duplicates.map((d) => d.paths), fileSet))}`);
  return lines;
}
