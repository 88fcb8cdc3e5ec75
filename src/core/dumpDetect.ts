/**
 * A cheap content check that tells a scraped article dump from other plain text
 * (a README, a log, notes). It only looks at the first and last few kilobytes, so
 * it costs the same for a 1 KB file and a 100 MB one. Pure: string in, verdict out.
 */

/** How many characters of the head and of the tail the check reads. */
export const DUMP_SAMPLE_CHARS = 4096;

export interface DumpVerdict {
  isDump: boolean;
  score: number;
  /** Short, human-readable signals that fired (for logs and tests). */
  reasons: string[];
}

const METADATA_LINE = /^(?:Source link|Publish date|Author|Tags|Date|Vues|Views)\s{0,3}:/i;
const BOILERPLATE_LINE =
  /^(?:LAISSER UN COMMENTAIRE|LEAVE A REPLY|PARTAGER\s{0,3}:|SHARE\s{0,3}:|Lire aussi|Read More|Copyright for syndicated content|La source de cet article|S'il vous plaît entrez|La rédaction de |spot_img)/i;
const SEPARATOR_LINE = /^[.*%$#~·•_=\-–—\s]{5,400}$/;
const LOG_LINE = /^\s{0,4}(?:\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE)\b)/;
const CODE_LINE = /^\s{0,8}(?:#{1,6} |[$>] |[-*] \[|```|import |export |function |const |def |class |<\/?[a-z]+[ >])|[{};]\s*$/;
const LEGAL_TEXT = /\b(?:GNU (?:Lesser |Affero )?General Public License|Permission is hereby granted|Licensed under the|Copyright \(c\)|THE SOFTWARE IS PROVIDED|All rights reserved)/i;
const REPORTING_CUE =
  /\b(?:said|says|told|according to|added|stated|explained|a (?:déclaré|affirmé|indiqué|annoncé|ajouté|expliqué|estimé|souligné|précisé|dit|lancé|assuré)|a-t-(?:il|elle)|selon|d'après|déclarant|explique)(?![\p{L}])/giu;

/** Decides whether `text` looks like a scraped news article dump. */
export function detectDump(text: string): DumpVerdict {
  const sample = sampleOf(text);
  const lines = sample.split(/\r\n|\r|\n/).map((l) => l.trim());
  const signals: Signal[] = [...junkSignals(lines), ...proseSignals(sample, lines), ...negativeSignals(lines)];
  const score = signals.reduce((sum, s) => sum + s.points, 0);
  return { isDump: score >= 4, score, reasons: signals.map((s) => `${s.reason} (${s.points > 0 ? '+' : ''}${s.points})`) };
}

interface Signal {
  points: number;
  reason: string;
}

/** Metadata footers, comment forms, share widgets and dotted separators. */
function junkSignals(lines: readonly string[]): Signal[] {
  const out: Signal[] = [];
  const meta = countMatching(lines, METADATA_LINE);
  if (meta > 0) out.push({ points: Math.min(meta, 3) * 2, reason: `metadata lines: ${meta}` });
  const junk = countMatching(lines, BOILERPLATE_LINE);
  if (junk > 0) out.push({ points: Math.min(junk, 3) * 2, reason: `boilerplate markers: ${junk}` });
  if (lines.some(isDottedSeparator)) out.push({ points: 2, reason: 'dotted separator' });
  return out;
}

/** Long prose lines, a title line, quotation marks and reporting verbs. */
function proseSignals(sample: string, lines: readonly string[]): Signal[] {
  const prose = proseShare(lines);
  if (prose < 0.5) return [];
  const out: Signal[] = [{ points: 1, reason: `prose share ${prose.toFixed(2)}` }];
  const first = lines.find((l) => l !== '') ?? '';
  if (first.length >= 15 && first.length <= 200 && !/[.;,]$/.test(first)) out.push({ points: 1, reason: 'title line' });
  const cues = (sample.match(REPORTING_CUE) ?? []).length;
  const typographic = countPairs(sample, '«', '»') + countPairs(sample, '“', '”');
  const straight = Math.floor(countChar(sample, '"') / 2);
  if (typographic >= 2) out.push({ points: cues > 0 ? 2 : 1, reason: `typographic quotes: ${typographic}` });
  else if (straight >= 2) out.push({ points: 1, reason: `straight quotes: ${straight}` });
  if (cues > 0) out.push({ points: cues >= 3 ? 2 : 1, reason: `reporting cues: ${cues}` });
  return out;
}

/** Logs, code or markup and licences are not articles, whatever else they contain. */
function negativeSignals(lines: readonly string[]): Signal[] {
  const legal = lines.some((l) => LEGAL_TEXT.test(l));
  const out: Signal[] = [];
  const nonEmpty = lines.filter((l) => l !== '').length || 1;
  const logShare = countMatching(lines, LOG_LINE) / nonEmpty;
  const codeShare = countMatching(lines, CODE_LINE) / nonEmpty;
  if (logShare >= 0.3) out.push({ points: -6, reason: `log lines ${logShare.toFixed(2)}` });
  if (codeShare >= 0.15) out.push({ points: -4, reason: `code/markup lines ${codeShare.toFixed(2)}` });
  if (legal) out.push({ points: -3, reason: 'licence text' });
  return out;
}

/** A line of separator symbols mixing at least two kinds (". . . %%%", "* . *"), not a plain rule ("-----"). */
function isDottedSeparator(line: string): boolean {
  if (!SEPARATOR_LINE.test(line)) return false;
  const kinds = new Set(line.replace(/\s/g, ''));
  return kinds.size >= 2 || line.includes('. .');
}

/** The head and the tail of the text (the whole text when it is short). */
function sampleOf(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length <= DUMP_SAMPLE_CHARS * 2) return body;
  return `${body.slice(0, DUMP_SAMPLE_CHARS)}\n${body.slice(body.length - DUMP_SAMPLE_CHARS)}`;
}

function countMatching(lines: readonly string[], re: RegExp): number {
  let n = 0;
  for (const line of lines) if (re.test(line)) n++;
  return n;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Counts open/close pairs in order (an opener followed later by a closer). */
function countPairs(text: string, open: string, close: string): number {
  let pairs = 0;
  let opened = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === open) opened = true;
    else if (c === close && opened) {
      pairs++;
      opened = false;
    }
  }
  return pairs;
}

/**
 * Share of the non-empty characters that sit in prose lines: long lines made mostly
 * of letters and spaces that contain sentence punctuation.
 */
function proseShare(lines: readonly string[]): number {
  let total = 0;
  let prose = 0;
  for (const line of lines) {
    if (line === '') continue;
    total += line.length;
    if (line.length >= 60 && isProse(line)) prose += line.length;
  }
  return total === 0 ? 0 : prose / total;
}

function isProse(line: string): boolean {
  let letters = 0;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') spaces++;
    else if (c.toLowerCase() !== c.toUpperCase()) letters++;
  }
  const words = spaces + 1;
  const avgWord = letters / words;
  return (letters + spaces) / line.length >= 0.8 && avgWord >= 3 && avgWord <= 9 && /[.!?,;:]/.test(line);
}
