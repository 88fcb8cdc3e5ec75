/**
 * Interview-style articles: when the whole document quotes exactly one named person, a full
 * statement quoted with no cue (a Q&A answer, a paragraph that is only a quote) is that person's,
 * provided the person is named in the title or lead. One pass over the quotes.
 */
import type { MarkSpan } from './marks';

/** What this pass reads and sets of one quote's attribution. */
interface Attributed {
  speaker: string | null;
  speakerRole: string | null;
  standalone: boolean;
}

/** A statement has at least this many words. */
const MIN_WORDS = 8;
/** The person must be named within this many characters of the document start (title and lead). */
const LEAD = 800;
/** At least this many quotes must already be attributed to the person. */
const MIN_ATTRIBUTED = 2;

/** Words in text[from, to): runs of letters or digits. */
function words(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const w = /[\p{L}\p{N}]/u.test(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** True when the quote ends a sentence: terminal punctuation just inside or just after its closing mark. */
function endsSentence(text: string, span: MarkSpan): boolean {
  for (let i = span.end - 2; i >= span.start && span.end - i <= 3; i--) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '…') return true;
    if (c !== ' ' && c !== '\u00a0' && c !== '\u202f') break;
  }
  const after = text[span.end];
  return after === '.' || after === '!' || after === '?';
}

/** The one full-name speaker of every attributed quote, with at least MIN_ATTRIBUTED quotes; null otherwise. */
function soleSpeaker(spans: readonly MarkSpan[], quotes: ReadonlyMap<number, Attributed>): string | null {
  let sole: string | null = null;
  let count = 0;
  for (const s of spans) {
    const who = quotes.get(s.start)?.speaker;
    if (!who) continue;
    if (sole !== null && who !== sole) return null;
    sole = who;
    count++;
  }
  return sole !== null && count >= MIN_ATTRIBUTED && /\s/u.test(sole) && /^\p{Lu}/u.test(sole) ? sole : null; // a person's full name, not "les syndicats"
}

/**
 * Gives the sole named speaker of an interview-style document the cue-less full statements
 * (standalone, at least MIN_WORDS words, ending a sentence) quoted after the person is named in the lead.
 */
export function fillSoleSpeaker(text: string, spans: readonly MarkSpan[], quotes: Map<number, Attributed>): void {
  const sole = soleSpeaker(spans, quotes);
  if (!sole) return;
  const surname = sole.slice(sole.lastIndexOf(' ') + 1);
  const named = text.indexOf(surname);
  if (named < 0 || named > LEAD) return;
  for (const s of spans) {
    const at = quotes.get(s.start);
    if (!at || at.speaker !== null || !at.standalone || s.start < named) continue;
    if (words(text, s.start, Math.min(s.end, s.start + 400)) < MIN_WORDS || !endsSentence(text, s)) continue;
    at.speaker = sole;
    at.speakerRole = null;
  }
}
