/**
 * Pure: the Markdown text of a claim hover. Every piece of dump text goes through
 * `escapeMarkdown`; the only links are command links to this extension's `openLocation`.
 */
import { claimInterval, formatClaimValue, haveCommonPoint } from '../../core/link';
import type { ClaimGroup, DumpMeta, GroupMember, NumberClaim, Quote } from '../../core/types';
import { commandLink, escapeMarkdown } from './markdownText';

export interface HoverInput {
  quote?: Quote;
  number?: NumberClaim;
  meta: DumpMeta;
  /** Cross-file groups holding the claim under the cursor. */
  groups: readonly ClaimGroup[];
  /** Index key of the hovered file (its members are not "elsewhere"). */
  path: string;
  /** Command id and the uri to open for a member's file (undefined: no link). */
  openCommand: string;
  uriOf(path: string): string | undefined;
}

const QUALIFIER_WORDS: Record<string, string> = {
  'more-than': 'more than',
  about: 'about',
  'up-to': 'up to',
  'at-least': 'at least',
  'less-than': 'less than',
};

/** Builds the hover Markdown; empty string when nothing is under the cursor. */
export function hoverMarkdown(input: HoverInput): string {
  const parts: string[] = [];
  if (input.quote) parts.push(quoteSection(input.quote, input));
  if (input.number) parts.push(numberSection(input.number, input));
  return parts.join('\n\n---\n\n');
}

function quoteSection(q: Quote, input: HoverInput): string {
  const lines = [`**${q.fragment ? 'Quoted fragment' : 'Quote'}**: “${escapeMarkdown(q.text, 160)}”`];
  lines.push(`Speaker: ${q.speaker ? escapeMarkdown(q.speaker) : '_not attributed_'}`);
  if (q.speakerRole) lines.push(`Role: ${escapeMarkdown(q.speakerRole)}`);
  if (q.cue) lines.push(`Cue: ${escapeMarkdown(q.cue)}`);
  lines.push(...metaLines(input.meta));
  const groups = input.groups.filter((g) => g.kind === 'quote');
  const elsewhere = membersElsewhere(groups, input.path);
  if (elsewhere.length > 0) {
    const files = new Set(elsewhere.map((m) => m.path)).size;
    lines.push(`Also in ${files} ${files === 1 ? 'file' : 'files'}:`);
    for (const m of elsewhere) {
      const who = m.speaker ? ` — ${escapeMarkdown(m.speaker)}` : '';
      lines.push(`- ${memberLink(m, input)}${who}`);
    }
  }
  return lines.join('  \n');
}

function numberSection(n: NumberClaim, input: HoverInput): string {
  const lines = [`**Numeric claim**`];
  lines.push(`Value: ${escapeMarkdown(formatClaimValue(n.value, n.qualifier, n.percent))}`);
  if (n.qualifier) lines.push(`Qualifier: ${QUALIFIER_WORDS[n.qualifier] ?? escapeMarkdown(n.qualifier)}`);
  if (n.unit) lines.push(`Counts: ${escapeMarkdown(n.unit)}`);
  if (n.source) lines.push(`Source: ${escapeMarkdown(n.source)}`);
  lines.push(...metaLines(input.meta));
  const groups = input.groups.filter((g) => g.kind === 'number');
  const elsewhere = membersElsewhere(groups, input.path);
  if (elsewhere.length > 0) {
    const mine = claimInterval(n.value, n.qualifier);
    const files = new Set(elsewhere.map((m) => m.path)).size;
    lines.push(`Same quantity in ${files} other ${files === 1 ? 'file' : 'files'}:`);
    for (const m of elsewhere) {
      const value = m.value === undefined ? '?' : formatClaimValue(m.value, m.qualifier);
      const agrees = m.value !== undefined && haveCommonPoint([mine, claimInterval(m.value, m.qualifier)]);
      lines.push(`- ${agrees ? '✓ agrees' : '✗ conflicts'}: ${escapeMarkdown(value)} in ${memberLink(m, input)}`);
    }
  }
  return lines.join('  \n');
}

function metaLines(meta: DumpMeta): string[] {
  const out: string[] = [];
  if (meta.outlet) out.push(`Outlet: ${escapeMarkdown(meta.outlet)}`);
  if (meta.published) out.push(`Published: ${escapeMarkdown(meta.published.replace('T', ' '))}`);
  return out;
}

/** Members of the groups that sit in other files, one per file and span, in group order. */
function membersElsewhere(groups: readonly ClaimGroup[], path: string): GroupMember[] {
  const seen = new Set<string>();
  const out: GroupMember[] = [];
  for (const g of groups) {
    for (const m of g.members) {
      const key = `${m.path}\u0000${m.start}`;
      if (m.path === path || seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
  }
  return out;
}

function memberLink(m: GroupMember, input: HoverInput): string {
  const uri = input.uriOf(m.path);
  if (!uri) return escapeMarkdown(m.path);
  return commandLink(m.path, input.openCommand, [{ uri, start: m.start, end: m.end }]);
}
