/**
 * Turns a component of linked claims into a `ClaimGroup`: members in a stable order, the
 * agree/conflict status and a human label. Ids are hashes of the group's first member and key.
 */
import type { ClaimGroup, GroupMember } from '../types';
import { claimInterval, formatClaimValue, haveCommonPoint, type Interval } from './interval';
import type { NumberNode } from './numberMatch';
import type { QuoteNode } from './quoteMatch';
import { speakersCompatible } from './speaker';
import { normaliseWords, stableId } from './text';
import { sortInSteps } from '../sortSteps';

const MAX_LABEL_ENTRIES = 8;
const MAX_QUOTE_CHARS = 90;
const MAX_LABEL_PATHS = 6;

type Located<T> = { node: T; path: string };

function byPosition<T extends { path: string; start: number }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start;
}

/** "000_34ade1b63f6a146b.txt" → "000_34ade1…" (the file name, shortened). */
export function shortPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const base = path.slice(cut + 1);
  return base.length > 12 ? base.slice(0, 10) + '…' : base;
}

/** Whitespace that `shorten` would change: other than a space, doubled, or at an end. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

function shorten(s: string, max: number): string {
  const flat = UNTIDY.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** Distinct paths of members sorted by path. */
function distinctFiles(members: readonly GroupMember[]): number {
  let n = 0;
  for (let i = 0; i < members.length; i++) if (i === 0 || members[i].path !== members[i - 1].path) n++;
  return n;
}

/**
 * What one claim contributes to any group it joins: its member object, its label entry and its
 * interval. Computed once per claim (kept beside the claim, dropped with it): a component that
 * changes is rebuilt, and rebuilding a group of hundreds of members then only sorts and counts.
 */
interface MemberView {
  member: GroupMember;
  /** Label entry: merge key, "what (who, " prefix and the short file name. */
  entryKey: string;
  entryHead: string;
  short: string;
  /** Numbers: the unit as written (shortened) and the compatible interval. */
  unit: string;
  interval: Interval | null;
  /** Quotes: the speaker's words joined (null: unknown). */
  speaker: string | null;
}

/** One string object per unit text, so counting units compares identical strings (bounded). */
const UNITS = new Map<string, string>();
const UNITS_MAX = 50_000;

function internUnit(u: string): string {
  const hit = UNITS.get(u);
  if (hit !== undefined) return hit;
  if (UNITS.size >= UNITS_MAX) UNITS.clear();
  UNITS.set(u, u);
  return u;
}

function entry(what: string, who: string | undefined): { entryKey: string; entryHead: string } {
  return { entryKey: what + '\u0000' + (who ?? ''), entryHead: who ? `${what} (${who}, ` : `${what} (` };
}

function quoteView(node: QuoteNode, path: string): MemberView {
  let v = node.view as MemberView | undefined;
  if (!v) {
    const q = node.quote;
    const member: GroupMember = { path, start: q.start, end: q.end, text: q.text, speaker: q.speaker };
    const speaker = node.speaker ? node.speaker.join(' ') : null;
    v = { member, ...entry(q.speaker ?? 'unattributed', undefined), short: shortPath(path), unit: '', interval: null, speaker };
    node.view = v;
  }
  return v;
}

function numberView(node: NumberNode, path: string): MemberView {
  let v = node.view as MemberView | undefined;
  if (!v) {
    const c = node.claim;
    const member: GroupMember = { path, start: c.start, end: c.end, text: c.text, value: c.value, qualifier: c.qualifier, speaker: c.source ?? null };
    const who = c.source ? shorten(c.source, 24) : 'unattributed';
    v = {
      member, ...entry(formatClaimValue(c.value, c.qualifier, c.percent), who), short: shortPath(path),
      unit: internUnit(shorten(c.unit ?? '', 40)), interval: node.interval, speaker: null,
    };
    node.view = v;
  }
  return v;
}

/** True when two known speakers differ; distinct names are compared once (groups can be large). */
function anyIncompatible(nodes: ReadonlyArray<{ speaker: readonly string[] | null }>, vs: readonly MemberView[]): boolean {
  const distinct = new Map<string, readonly string[]>();
  for (let i = 0; i < vs.length; i++) {
    const k = nodes[i].speaker;
    const joined = vs[i].speaker;
    if (k !== null && joined !== null) distinct.set(joined, k);
  }
  const known = [...distinct.values()];
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) if (!speakersCompatible(known[i], known[j])) return true;
  }
  return false;
}

/** Up to MAX_LABEL_PATHS file names, then how many more (a label stays short in huge groups). */
function listPaths(paths: readonly string[]): string {
  const more = paths.length > MAX_LABEL_PATHS ? `, +${paths.length - MAX_LABEL_PATHS} files` : '';
  return paths.slice(0, MAX_LABEL_PATHS).join(', ') + more;
}

/** Lists "what (who, files)" entries, merging identical ones, capped. */
function summarise(vs: readonly MemberView[]): string {
  const merged = new Map<string, { head: string; paths: Set<string> }>();
  for (const v of vs) {
    let e = merged.get(v.entryKey);
    if (!e) merged.set(v.entryKey, (e = { head: v.entryHead, paths: new Set<string>() }));
    e.paths.add(v.short);
  }
  const parts = [...merged.values()].map((e) => `${e.head}${listPaths([...e.paths])})`);
  const more = parts.length > MAX_LABEL_ENTRIES ? `, +${parts.length - MAX_LABEL_ENTRIES} more` : '';
  return parts.slice(0, MAX_LABEL_ENTRIES).join(', ') + more;
}

/** Members whose views are made between two pauses of the stepped builds. */
const VIEWS_PER_STEP = 1024;

/** Runs a stepped build to its end (the one-shot form). */
function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** `nodes` in position order with their views, pausing every VIEWS_PER_STEP views and inside the sort. */
function* sortedViews<T extends { path: string }>(
  nodes: ReadonlyArray<Located<T>>, start: (node: T) => number, view: (node: T, path: string) => MemberView,
): Generator<void, { sorted: Array<{ n: Located<T>; path: string; start: number }>; vs: MemberView[] }, void> {
  const keyed = nodes.map((n) => ({ n, path: n.path, start: start(n.node) }));
  const sorted = keyed.length > VIEWS_PER_STEP ? yield* sortInSteps(keyed, byPosition) : keyed.sort(byPosition);
  const vs: MemberView[] = [];
  for (let i = 0; i < sorted.length; i++) {
    vs.push(view(sorted[i].n.node, sorted[i].path));
    if ((i + 1) % VIEWS_PER_STEP === 0) yield;
  }
  return { sorted, vs };
}

/** The group for linked quotes, or null when they come from a single file. */
export function quoteGroup(nodes: ReadonlyArray<Located<QuoteNode>>): ClaimGroup | null {
  return drain(quoteGroupSteps(nodes));
}

/** `quoteGroup` in short steps (a UI thread pauses between them); same result. */
export function* quoteGroupSteps(nodes: ReadonlyArray<Located<QuoteNode>>): Generator<void, ClaimGroup | null, void> {
  const { sorted, vs } = yield* sortedViews(nodes, (q) => q.quote.start, quoteView);
  const members = vs.map((v) => v.member);
  if (distinctFiles(members) < 2) return null;
  const conflict = anyIncompatible(sorted.map(({ n }) => n.node), vs);
  const longest = members.reduce((best, m) => (m.text.length > best.text.length ? m : best), members[0]);
  const who = summarise(vs);
  const label = `“${shorten(longest.text, MAX_QUOTE_CHARS)}” — ${who}${conflict ? ' — conflict: different speakers' : ''}`;
  const first = members[0];
  const key = `quote|${first.path}|${first.start}|${normaliseWords(first.text).join(' ')}`;
  return { id: 'q-' + stableId(key), kind: 'quote', status: conflict ? 'conflict' : 'agree', label, members };
}

/** The unit as most members write it (ties: the longer, then alphabetical). */
function commonUnit(vs: readonly MemberView[], percent: boolean): string {
  const counts = new Map<string, number>();
  for (const { unit } of vs) if (unit) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  let best = percent ? '%' : '';
  let bestCount = 0;
  for (const [u, c] of counts) {
    if (c > bestCount || (c === bestCount && (u.length > best.length || (u.length === best.length && u < best)))) {
      best = u;
      bestCount = c;
    }
  }
  return best;
}

/** The group for linked numeric claims, or null when they come from a single file. */
export function numberGroup(nodes: ReadonlyArray<Located<NumberNode>>): ClaimGroup | null {
  return drain(numberGroupSteps(nodes));
}

/** `numberGroup` in short steps (a UI thread pauses between them); same result. */
export function* numberGroupSteps(nodes: ReadonlyArray<Located<NumberNode>>): Generator<void, ClaimGroup | null, void> {
  const { sorted, vs } = yield* sortedViews(nodes, (c) => c.claim.start, numberView);
  const members = vs.map((v) => v.member);
  if (distinctFiles(members) < 2) return null;
  const agree = haveCommonPoint(vs.map((v) => v.interval ?? claimInterval(0, null)));
  const label = `${commonUnit(vs, nodes[0]?.node.claim.percent === true)}: ${summarise(vs)} — ${agree ? 'agree' : 'conflict'}`;
  const first = sorted[0];
  const key = `number|${first.path}|${first.start}|${first.n.node.head}`;
  return { id: 'n-' + stableId(key), kind: 'number', status: agree ? 'agree' : 'conflict', label, members };
}
