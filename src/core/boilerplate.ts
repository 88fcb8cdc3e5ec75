/**
 * Per-line boilerplate detection: single-line rules, contextual rules and the corpus-repetition
 * signal. Blank lines are never reported; titles and captions are content.
 */
import type { Doc } from './document';
import type { BoilerplateLine, Language } from './types';
import { classifyLine, simpleKey, zeroDigits } from './boilerplateRules';
import { applyContextRules, type LineVerdict } from './boilerplateContext';

export { normaliseLineKey } from './boilerplateRules';
export { buildCorpusBoilerplate } from './corpusBoilerplate';
export type { CorpusBoilerplateOptions } from './corpusBoilerplate';

/** Longest line checked against the corpus set (longer lines are content or caught by rules). */
const CORPUS_MAX_CHARS = 400;

/**
 * Marks the lines that are not article content, each with a short `reason` ("metadata",
 * "copyright", "teaser", "social-embed", "corpus-repeat", …). `corpus` holds line keys
 * (`normaliseLineKey`) seen in many different stories; such lines are boilerplate too.
 */
export function findBoilerplate(doc: Doc, language: Language | null, corpus?: ReadonlySet<string>): BoilerplateLine[] {
  const verdicts: LineVerdict[] = [];
  for (const line of doc.lines) {
    const text = doc.lineText(line.index);
    if (isBlank(text)) continue;
    // Paragraphs are classified without their key (see `classifyLine`): it is built when a rule asks.
    const key = text.length > LONG_LINE ? undefined : simpleKey(text);
    verdicts.push(new Verdict(line.index, text, key, classifyLine(text, key)));
  }
  applyContextRules(verdicts, language);
  if (corpus && corpus.size > 0) {
    for (const v of verdicts) {
      if (!v.reason && v.text.length <= CORPUS_MAX_CHARS && corpus.has(zeroDigits(v.key))) v.reason = 'corpus-repeat';
    }
  }
  const out: BoilerplateLine[] = [];
  for (const v of verdicts) {
    if (!v.reason) continue;
    const l = doc.lines[v.index];
    out.push({ line: v.index + 1, start: l.start, end: l.end, reason: v.reason });
  }
  return out;
}

/** Lines longer than this are classified without their key. */
const LONG_LINE = 400;

/** A line's verdict whose key is computed on first use. */
class Verdict implements LineVerdict {
  constructor(
    public index: number,
    public text: string,
    private cachedKey: string | undefined,
    public reason: string | null,
  ) {}

  get key(): string {
    this.cachedKey ??= simpleKey(this.text);
    return this.cachedKey;
  }

  builtKey(): string | undefined {
    return this.cachedKey;
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x202f && c !== 0xfeff && c !== 0x200b) return false;
  }
  return true;
}
