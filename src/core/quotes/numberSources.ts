/**
 * Who the text says claims each number: the speaker of the quote holding it, else the sentence's
 * "selon X" / "according to X" or its nearest declarative cue, read from the attribution index that
 * `findQuotes` built (one reading pass, not two).
 */
import { spanAt } from '../spans';
import type { Doc } from '../document';
import type { Language, NumberClaim, Quote } from '../types';
import type { MarkSpan } from './marks';
import { buildAttributionIndex, type AttributionIndex } from './attribution';

/** Reporting verbs that may introduce a figure's source. */
const NUMBER_VERB = /^(?:déclar|affirm|indiqu|annon|assur|estim|précis|expliqu|soulign|ajout|dit$|confirm|rapport|signal|fait|not|relev|écri|selon|d’après|said|says|told|tell|add|stat|announc|report|claim|wrote|according|explain)/u;

/**
 * Who the sentence around `offset` says claims what is there: "selon X" / "according to X" first,
 * else the nearest declarative verb cue ("X a déclaré que …", "…, a indiqué X"). Null when none.
 */
export function sourceInIndex(index: AttributionIndex, offset: number): { speaker: string; cue: string } | null {
  index.readTo(offset);
  const s = spanAt(index.sentences, offset);
  if (!s) return null;
  const usable = s.cues.filter((c) => c.speaker && NUMBER_VERB.test(c.raw.verb));
  const selon = usable.find((c) => c.raw.kind === 'selon');
  let best = selon ?? null;
  if (!best) {
    let dist = Infinity;
    for (const c of usable) {
      const before = c.start <= offset && !c.raw.inverted;
      const after = c.start > offset && c.raw.inverted;
      const d = Math.abs(c.start - offset);
      if ((before || after || c.raw.kind === 'participle') && d < dist) { best = c; dist = d; }
    }
  }
  return best?.speaker ? { speaker: best.speaker.speaker, cue: best.raw.cue } : null;
}

/** The attribution of the sentence holding `offset`, read over the whole document (see `sourceInIndex`). */
export function attributeSentence(doc: Doc, language: Language | null, offset: number, quotes: readonly MarkSpan[] = []): { speaker: string; cue: string } | null {
  const spans = [...quotes].sort((a, b) => a.start - b.start);
  return sourceInIndex(buildAttributionIndex(doc, language, spans, () => true), offset);
}

/** The index `findQuotes` built for this document, reused by `attachNumberSources` (one reading pass, not two). */
const lastIndex = new WeakMap<Doc, { language: Language | null; starts: number[]; index: AttributionIndex }>();

/** Remembers the index built over `spans` for `doc`. */
export function rememberIndex(doc: Doc, language: Language | null, spans: readonly MarkSpan[], index: AttributionIndex): void {
  lastIndex.set(doc, { language, starts: spans.map((s) => s.start), index });
}

function cachedIndex(doc: Doc, language: Language | null, spans: readonly MarkSpan[]): AttributionIndex | null {
  const c = lastIndex.get(doc);
  if (!c || c.language !== language || c.starts.length !== spans.length) return null;
  for (let k = 0; k < spans.length; k++) if (c.starts[k] !== spans[k].start) return null;
  return c.index;
}

/** Sets `source` on each numeric claim: the quote's speaker when inside a quote, else "selon X"/"according to X" in its sentence. */
export function attachNumberSources(doc: Doc, language: Language | null, quotes: readonly Quote[], numbers: NumberClaim[]): void {
  const spans = [...quotes].sort((a, b) => a.start - b.start);
  const cached = cachedIndex(doc, language, spans);
  lastIndex.delete(doc); // consumed: the resumable reading state is not kept alive with the document
  if (numbers.length === 0) return;
  const index = cached ?? buildAttributionIndex(doc, language, spans, () => true);
  for (const n of numbers) {
    const q = quoteHolding(spans, n.start, n.end);
    if (q && q.speaker) { n.source = q.speaker; continue; }
    n.source = sourceInIndex(index, n.start)?.speaker ?? null;
  }
}

function quoteHolding(spans: readonly Quote[], start: number, end: number): Quote | null {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start <= start) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const q = found >= 0 ? spans[found] : null;
  return q && q.end >= end ? q : null;
}
