/**
 * English reporting clauses set off by commas govern their whole sentence: "France recalled its
 * envoy over “unprecedented” criticism, the foreign ministry said in a statement Thursday." or
 * "“Very good progress” was made, the commission said in a statement, on a document …". A quote
 * earlier in the sentence that no nearer cue claims is that clause's subject's. Linear, bounded.
 */
import type { RawCue } from './cues';
import type { Token } from './tokens';

/** Longest tail (tokens) after the verb: "in a statement on Thursday", "in an interview with CNN". */
const TAIL_BUDGET = 9;
/** Longest subject phrase (tokens) between the comma and the verb. */
const SUBJECT_BUDGET = 9;

/** Verbs of saying that report a whole statement (not naming verbs such as "called", "described"). */
const SAY_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'added', 'wrote', 'writes', 'stated', 'announced', 'reported', 'confirmed',
  'explained', 'noted', 'warned', 'insisted', 'claimed', 'argued', 'tweeted', 'posted', 'estimated', 'acknowledged',
]);

/** Words that turn the tail into a clause of its own ("said that …", "said it would …"). */
const TAIL_STOPS: ReadonlySet<string> = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'was', 'is', 'were', 'are', 'would', 'will', 'had', 'has', 'have', 'and', 'but', 'if', 'whether']);

/** True when the tokens from b up to the next comma or the sentence end are a short verbless adverbial. */
function adverbialTail(T: readonly Token[], b: number): boolean {
  for (let k = b, n = 0; k < T.length; k++, n++) {
    const t = T[k];
    if (t.kind === 'quote' || n > TAIL_BUDGET) return false;
    if (t.kind === 'punct') return t.text !== ':' && t.text !== '(' && t.text !== '-';
    if (TAIL_STOPS.has(t.lower)) return false;
  }
  return true;
}

/** True when the subject phrase T[s, a) follows a comma and holds no quote, within budget. */
function setOffSubject(T: readonly Token[], s: number, a: number): boolean {
  if (s < 1 || T[s - 1].text !== ',' || a - s > SUBJECT_BUDGET) return false;
  for (let k = s; k < a; k++) if (T[k].kind === 'quote') return false;
  return true;
}

/** Marks that open or close a writer's aside ("– making him one of the “Immortals” –", "(…)"). */
const ASIDE_MARKS: ReadonlySet<string> = new Set(['–', '—', '-', '(', ')']);

/** True when the quote token q sits in an aside set off by dashes or brackets before the token `to`. */
function inAside(T: readonly Token[], q: number, to: number): boolean {
  let before = false;
  for (let k = q - 1; k >= 0 && !before; k--) if (T[k].kind === 'punct' && ASIDE_MARKS.has(T[k].text)) before = true;
  if (!before) return false;
  for (let k = q + 1; k < to; k++) if (T[k].kind === 'punct' && ASIDE_MARKS.has(T[k].text)) return true;
  return false;
}

/** True when only punctuation precedes the quote token q. */
function opensSentence(T: readonly Token[], q: number): boolean {
  for (let k = 0; k < q; k++) if (T[k].kind !== 'punct') return false;
  return true;
}

/**
 * The comma-set reporting clause ("…, X said [adverbials]," or "…." ) after the quote token q that
 * governs it, when no other speaking cue stands between them; else null.
 */
export function governingCue<C extends { raw: RawCue; speaker: unknown }>(T: readonly Token[], cues: readonly C[], q: number): C | null {
  for (const c of cues) {
    const r = c.raw;
    if (r.a <= q) continue;
    if (!c.speaker || r.kind !== 'verb' || r.inverted || !r.subject || !SAY_VERBS.has(r.verb)) return null;
    const s = r.subjectToken;
    if (s <= q || !setOffSubject(T, s, r.a) || !adverbialTail(T, r.b) || inAside(T, q, s)) return null;
    if (r.subject.kind === 'pronoun' && opensSentence(T, q)) return null; // "“Liberty” was the word on every banner, he added": left to `sentenceClosingCue`
    return c;
  }
  return null;
}
