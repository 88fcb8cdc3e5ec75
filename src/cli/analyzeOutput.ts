/**
 * Output of `provenance-lens analyze`: the versioned JSON document (exact keys, fixed order) and
 * a readable per-file summary for the terminal.
 */
import { makeDoc } from '../core/document';
import type { FileError } from '../core/types';
import type { LoadedFile } from './load';

/** The `analyze --json` document, keys in the documented order (no `source` on numbers). */
export function analyzeJson(files: readonly LoadedFile[], errors: readonly FileError[]): string {
  const doc = {
    version: 1,
    files: files.map(({ path, analysis: a }) => ({
      path,
      language: a.language,
      meta: {
        outlet: a.meta.outlet,
        title: a.meta.title,
        url: a.meta.url,
        author: a.meta.author,
        published: a.meta.published,
      },
      boilerplate: a.boilerplate.map((b) => ({ line: b.line, start: b.start, end: b.end, reason: b.reason })),
      quotes: a.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        text: q.text,
        speaker: q.speaker,
        speakerRole: q.speakerRole,
        cue: q.cue,
        fragment: q.fragment,
      })),
      numbers: a.numbers.map((n) => ({
        start: n.start,
        end: n.end,
        text: n.text,
        value: n.value,
        qualifier: n.qualifier,
        unit: n.unit,
        percent: n.percent,
      })),
    })),
    errors: errors.map((e) => ({ path: e.path, message: e.message })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** A readable summary of one analysed file. */
export function analyzeSummary(file: LoadedFile): string {
  const a = file.analysis;
  const doc = makeDoc(file.text);
  const line = (offset: number): number => doc.lineAt(offset) + 1;
  const out: string[] = [safe(file.path)];
  out.push(`  language: ${a.language ?? 'unknown'}   outlet: ${safe(a.meta.outlet ?? '-')}   published: ${a.meta.published ?? '-'}`);
  if (a.meta.title) out.push(`  title: ${safe(clip(a.meta.title, 120))}`);
  if (a.meta.author) out.push(`  author: ${safe(a.meta.author)}`);
  if (a.meta.url) out.push(`  url: ${safe(a.meta.url)}`);
  out.push(`  ${a.quotes.length} quotes, ${a.numbers.length} numbers, ${a.boilerplate.length} boilerplate lines`);
  for (const q of a.quotes) {
    const who = q.speaker ? `${q.speaker}${q.speakerRole ? ` (${q.speakerRole})` : ''}` : 'no speaker';
    const extra = [q.cue ? `cue: ${q.cue}` : '', q.fragment ? 'fragment' : ''].filter(Boolean).join(', ');
    out.push(`    quote  L${line(q.start)}  «${safe(clip(q.text, 100))}»  — ${safe(who)}${extra ? `  [${safe(extra)}]` : ''}`);
  }
  for (const n of a.numbers) {
    const parts = [`value ${n.value}${n.percent ? ' %' : ''}`, n.qualifier ?? '', n.unit ? `unit: ${n.unit}` : ''].filter(Boolean);
    out.push(`    number L${line(n.start)}  ${safe(clip(n.text, 80))}  → ${safe(parts.join(', '))}`);
  }
  return out.join('\n') + '\n';
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Strips control characters so dump text cannot drive the terminal (escape sequences). */
export function safe(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
