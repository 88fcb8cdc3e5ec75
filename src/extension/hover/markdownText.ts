/**
 * Pure helpers that turn untrusted dump text into inert Markdown for hovers.
 * No `vscode` import, so they are unit-tested in plain Node. The escaping itself is the core's
 * report escaper (one escaper for every Markdown the product writes).
 */
import { escapeMarkdown as escapeReportMarkdown } from '../../core/report';

/** Longest stretch of dump text shown in a hover; longer text is cut with an ellipsis. */
export const MAX_HOVER_TEXT = 300;

/**
 * Escapes text so that Markdown renders it literally: one line, no links, no command URIs,
 * no HTML, no emphasis; cut to `max` characters first.
 */
export function escapeMarkdown(text: string, max = MAX_HOVER_TEXT): string {
  return escapeReportMarkdown(clip(text.replace(/[\u0000-\u001f\u007f]/g, ' '), max));
}

/** Cuts text to `max` characters without splitting a surrogate pair, adding "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * A Markdown link that runs one of this extension's commands with JSON arguments. The label is
 * escaped; the arguments are fully percent-encoded (including `(`, `)` and `'`) so no text can
 * break out of the link target.
 */
export function commandLink(label: string, command: string, args: unknown[]): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(label)}](command:${command}?${query})`;
}
