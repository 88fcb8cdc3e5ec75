/**
 * Turns a component of linked claims into a `ClaimGroup`: members in a stable order, the
 * agree/conflict status and a human label. Ids are hashes of the group's first member and key.
 */
import type { ClaimGroup, GroupMember } from '../types';
import { claimInterval, formatClaimValue, haveCommonPoint } from './interval';
import type { NumberNode } from './numberMatch';
import type { QuoteNode } from './quoteMatch';
import { speakersCompatible } from './speaker';
import { normaliseWords, stableId } from './text';

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

function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function distinctFiles(members: readonly GroupMember[]): number {
  return new Set(members.map((m) => m.path)).size;
}

/** True when two known speakers differ; distinct names are compared once (groups can be large). */
function anyIncompatible(keys: ReadonlyArray<readonly string[] | null>): boolean {
  const distinct = new Map<string, readonly string[]>();
  for (const k of keys) if (k !== null) distinct.set(k.join(' '), k);
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
function summarise(entries: ReadonlyArray<{ what: string; who?: string; path: string }>): string {
  const merged = new Map<string, { head: string; paths: Set<string> }>();
  for (const e of entries) {
    const key = e.what + '\u0000' + (e.who ?? '');
    const entry = merged.get(key) ?? { head: e.who ? `${e.what} (${e.who}, ` : `${e.what} (`, paths: new Set<string>() };
    entry.paths.add(shortPath(e.path));
    merged.set(key, entry);
  }
  const parts = [...merged.values()].map((e) => `${e.head}${listPaths([...e.paths])})`);
  const more = parts.length > MAX_LABEL_ENTRIES ? `, +${parts.length - MAX_LABEL_ENTRIES} more` : '';
  return parts.slice(0, MAX_LABEL_ENTRIES).join(', ') + more;
}

/** The group for linked quotes, or null when they come from a single file. */
export function quoteGroup(nodes: ReadonlyArray<Located<QuoteNode>>): ClaimGroup | null {
  const sorted = nodes
    .map((n) => ({ n, path: n.path, start: n.node.quote.start }))
    .sort(byPosition);
  const members: GroupMember[] = sorted.map(({ n, path }) => ({
    path,
    start: n.node.quote.start,
    end: n.node.quote.end,
    text: n.node.quote.text,
    speaker: n.node.quote.speaker,
  }));
  if (distinctFiles(members) < 2) return null;
  const conflict = anyIncompatible(sorted.map(({ n }) => n.node.speaker));
  const longest = members.reduce((best, m) => (m.text.length > best.text.length ? m : best), members[0]);
  const who = summarise(members.map((m) => ({ what: m.speaker ?? 'unattributed', path: m.path })));
  const label = `“${shorten(longest.text, MAX_QUOTE_CHARS)}” — ${who}${conflict ? ' — conflict: different speakers' : ''}`;
  const first = members[0];
  const key = `quote|${first.path}|${first.start}|${normaliseWords(first.text).join(' ')}`;
  return { id: 'q-' + stableId(key), kind: 'quote', status: conflict ? 'conflict' : 'agree', label, members };
}

/** The unit as most members write it (ties: the longer, then alphabetical). */
function commonUnit(nodes: ReadonlyArray<Located<NumberNode>>): string {
  const counts = new Map<string, number>();
  for (const { node } of nodes) {
    const u = shorten(node.claim.unit ?? '', 40);
    if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  let best = nodes[0]?.node.claim.percent ? '%' : '';
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
  const sorted = nodes.map((n) => ({ n, path: n.path, start: n.node.claim.start })).sort(byPosition);
  const members: GroupMember[] = sorted.map(({ n, path }) => ({
    path,
    start: n.node.claim.start,
    end: n.node.claim.end,
    text: n.node.claim.text,
    value: n.node.claim.value,
    qualifier: n.node.claim.qualifier,
    speaker: n.node.claim.source ?? null,
  }));
  if (distinctFiles(members) < 2) return null;
  const agree = haveCommonPoint(members.map((m) => claimInterval(m.value ?? 0, m.qualifier)));
  const entries = sorted.map(({ n, path }) => {
    const c = n.node.claim;
    const who = c.source ? shorten(c.source, 24) : 'unattributed';
    return { what: formatClaimValue(c.value, c.qualifier, c.percent), who, path };
  });
  const label = `${commonUnit(nodes)}: ${summarise(entries)} — ${agree ? 'agree' : 'conflict'}`;
  const first = sorted[0];
  const key = `number|${first.path}|${first.start}|${first.n.node.head}`;
  return { id: 'n-' + stableId(key), kind: 'number', status: agree ? 'agree' : 'conflict', label, members };
}
