/**
 * `compare` report as Markdown. Every piece of dump text is untrusted: it is flattened to one line,
 * HTML-escaped and every ASCII punctuation mark that Markdown gives meaning to is backslash-escaped,
 * so links (`[x](command:…)`), HTML (`<script>`), emphasis and table pipes render as plain text.
 */
import type { ClaimGroup, CompareReport } from '../types';

const PUNCTUATION = new Set('\\`*_{}[]()#+-.!|~:"\'$^=/;?,%'.split(''));
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Untrusted text made literal for Markdown (one line, no links, no HTML, no formatting). */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')) {
    if (ch === '\u0000') continue;
    const entity = HTML[ch];
    if (entity) out += entity;
    else out += PUNCTUATION.has(ch) ? '\\' + ch : ch;
  }
  return out;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function groupSection(g: ClaimGroup): string[] {
  const mark = g.status === 'conflict' ? '⚠ conflict' : '✓ agree';
  const numbers = g.kind === 'number';
  const header = numbers ? ['File', 'Offset', 'Value', 'Source', 'Text'] : ['File', 'Offset', 'Speaker', 'Text'];
  const rows = g.members.map((m) => {
    const cells = [escapeMarkdown(m.path), `${m.start}–${m.end}`];
    if (numbers) cells.push(m.value === undefined ? '' : escapeMarkdown(String(m.value)) + (m.qualifier ? ` (${m.qualifier})` : ''));
    cells.push(escapeMarkdown(m.speaker ?? '—'), escapeMarkdown(m.text));
    return cells;
  });
  return [`### ${mark}: ${escapeMarkdown(g.label)}`, '', ...table(header, rows), ''];
}

/** The report as a Markdown document: quote groups, number groups, shared passages, errors. */
export function reportToMarkdown(report: CompareReport): string {
  const quotes = report.groups.filter((g) => g.kind === 'quote');
  const numbers = report.groups.filter((g) => g.kind === 'number');
  const lines = [
    '# Provenance Lens: cross-file report',
    '',
    `${quotes.length} quote groups, ${numbers.length} number groups, ${report.duplicates.length} pairs of files sharing passages, ${report.errors.length} errors.`,
    '',
  ];
  if (quotes.length > 0) lines.push('## Quotes', '', ...quotes.flatMap(groupSection));
  if (numbers.length > 0) lines.push('## Numbers', '', ...numbers.flatMap(groupSection));
  if (report.duplicates.length > 0) {
    const rows = report.duplicates.map((d) => [
      escapeMarkdown(d.paths[0]), escapeMarkdown(d.paths[1]), d.similarity.toFixed(3), d.origin === null ? '—' : escapeMarkdown(d.origin),
    ]);
    lines.push('## Shared passages', '', ...table(['File', 'File', 'Similarity', 'Probable origin'], rows), '');
  }
  if (report.errors.length > 0) {
    lines.push('## Errors', '', ...report.errors.map((e) => `- ${escapeMarkdown(e.path)}: ${escapeMarkdown(e.message)}`), '');
  }
  return lines.join('\n');
}
