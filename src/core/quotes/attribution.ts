/**
 * Attribution: who the text says uttered each quote, and who it says claims each number.
 * One reading-order pass over the content lines, sentence by sentence, keeps a history of
 * speakers so that pronouns, descriptions and "la même source" resolve to earlier ones.
 */
import type { Doc } from '../document';
import type { Language, NumberClaim, Quote } from '../types';
import { findCues, type RawCue } from './cues';
import type { MarkSpan } from './marks';
import { SpeakerHistory, type Speaker } from './resolve';
import { leadingSubject, trailingName } from './speaker';
import { splitSentences, tokenize, type Token } from './tokens';

/** Speaker, role and cue of one quote, plus what the fragment test needs about its position. */
export interface QuoteAttribution {
  speaker: string | null;
  speakerRole: string | null;
  cue: string | null;
  /** The quote opens its sentence or follows a colon: it stands as a statement. */
  standalone: boolean;
  /** The quote follows "que"/"that": a reported clause. */
  afterComplementizer: boolean;
}

interface Cue {
  raw: RawCue;
  start: number;
  speaker: Speaker | null;
}

interface Sentence {
  start: number;
  end: number;
  cues: Cue[];
}

/** The attribution of every quote (keyed by its start offset) and the cues of every sentence. */
export interface AttributionIndex {
  quotes: Map<number, QuoteAttribution>;
  sentences: Sentence[];
}

const NUMBER_VERB = /^(?:déclar|affirm|indiqu|annon|assur|estim|précis|expliqu|soulign|ajout|dit$|confirm|rapport|signal|fait|not|relev|écri|selon|d’après|said|says|told|tell|add|stat|announc|report|claim|wrote|according|explain)/u;

function noteNames(T: readonly Token[], history: SpeakerHistory, text: string): void {
  let k = 0;
  while (k < T.length) {
    let e = k;
    while (e < T.length && T[e].kind === 'word' && /^\p{Lu}/u.test(T[e].text)) e++;
    if (e - k >= 2) {
      const at = trailingName(T, k, e);
      if (at >= 0 && e - at >= 2 && e - at <= 4) history.noteName(text.slice(T[at].start, T[e - 1].end), T[at].start);
    }
    k = e > k ? e : k + 1;
  }
}

function resolveCues(text: string, T: readonly Token[], raw: RawCue[], history: SpeakerHistory): Cue[] {
  const out: Cue[] = [];
  for (const r of raw) {
    const start = T[r.a].start;
    let speaker: Speaker | null = null;
    if (r.kind === 'participle') {
      const prev = [...out].reverse().find((c) => c.speaker);
      if (prev) speaker = prev.speaker;
      else {
        const lead = leadingSubject(text, T);
        speaker = lead ? history.resolve(lead, start, r.verb) : null;
      }
    } else if (r.subject) {
      speaker = history.resolve(r.subject, start, r.verb);
    }
    out.push({ raw: r, start, speaker });
  }
  return out;
}

/** Picks the cue for the quote token at q: an inverted/following cue first, else the nearest one before. */
function cueForQuote(cues: readonly Cue[], q: number): Cue | null {
  for (const c of cues) {
    if (c.raw.a <= q || !c.speaker) continue;
    if (c.raw.kind === 'participle') continue;
    if (c.raw.inverted || (c.raw.subjectToken > q && c.raw.subjectToken <= q + 2)) return c;
  }
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k];
    if (c.raw.b <= q && c.speaker) return c;
  }
  return null;
}

function positionFlags(T: readonly Token[], q: number): { standalone: boolean; afterComplementizer: boolean } {
  let p = q - 1;
  while (p >= 0 && T[p].kind === 'punct' && /[-—–(\[]/u.test(T[p].text)) p--;
  const prev = p >= 0 ? T[p] : null;
  return {
    standalone: !prev || prev.text === ':' || prev.text === '⇒',
    afterComplementizer: !!prev && /^(?:que|qu’|that)$/u.test(prev.lower),
  };
}

/** "Emmanuelle Praet brise le silence : « … »": the clause subject before the colon speaks. */
function colonSpeaker(text: string, T: readonly Token[], q: number, history: SpeakerHistory): Speaker | null {
  if (q < 2 || q > 12) return null;
  const lead = leadingSubject(text, T.slice(0, q - 1));
  if (!lead || (lead.kind === 'body' && lead.words.length > 6) || (lead.kind === 'name' && !/\s/u.test(lead.text))) return null;
  return history.resolve(lead, T[q].start, ':');
}

/** Reads the whole document once: sentences, cues, resolved speakers, and each quote's attribution. */
export function buildAttributionIndex(doc: Doc, language: Language | null, spans: readonly MarkSpan[], isContent: (line: number) => boolean): AttributionIndex {
  const text = doc.text;
  const history = new SpeakerHistory();
  const quotes = new Map<number, QuoteAttribution>();
  const sentences: Sentence[] = [];
  let si = 0;
  /** The previous sentence was "“…,” X said." on this line: a following bare quote sentence continues X. */
  let carry = null as { line: number; at: QuoteAttribution } | null;
  for (const line of doc.lines) {
    const lineSpans: MarkSpan[] = [];
    while (si < spans.length && spans[si].start < line.start) si++;
    for (let k = si; k < spans.length && spans[k].start < line.end; k++) lineSpans.push(spans[k]);
    if (!isContent(line.index) || line.end <= line.start) continue;
    for (const [s0, s1] of splitSentences(text, line.start, line.end, lineSpans)) {
      const T = tokenize(text, s0, s1, lineSpans);
      noteNames(T, history, text);
      const cues = resolveCues(text, T, findCues(text, T, language), history);
      sentences.push({ start: s0, end: s1, cues });
      const bare = cues.length === 0 && T.length > 0 && T[0].kind === 'quote' && T.every((t, k) => k === 0 || t.kind === 'punct');
      let last: QuoteAttribution | null = null;
      for (let q = 0; q < T.length; q++) {
        if (T[q].kind !== 'quote') continue;
        const c = cueForQuote(cues, q);
        const flags = positionFlags(T, q);
        const colon = !c && q > 0 && T[q - 1].text === ':' ? colonSpeaker(text, T, q, history) : null;
        const cont: QuoteAttribution | null = bare && carry && carry.line === line.index ? carry.at : null;
        last = {
          speaker: c?.speaker?.speaker ?? colon?.speaker ?? cont?.speaker ?? null,
          speakerRole: c?.speaker?.role ?? colon?.role ?? cont?.speakerRole ?? null,
          cue: c ? c.raw.cue : colon ? ':' : cont?.cue ?? null,
          ...flags,
        };
        quotes.set(T[q].start, last);
      }
      const quoteThenCue = T.length > 0 && T[0].kind === 'quote' && cues.length > 0 && cues[0].raw.a > 0;
      carry = last?.speaker && (quoteThenCue || bare) ? { line: line.index, at: last } : null;
    }
  }
  return { quotes, sentences };
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/**
 * Who the sentence around `offset` says claims what is there: "selon X" / "according to X" first,
 * else the nearest declarative verb cue ("X a déclaré que …", "…, a indiqué X"). Null when none.
 */
export function sourceInIndex(index: AttributionIndex, offset: number): { speaker: string; cue: string } | null {
  const s = sentenceAt(index.sentences, offset);
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

/** Sets `source` on each numeric claim: the quote's speaker when inside a quote, else "selon X"/"according to X" in its sentence. */
export function attachNumberSources(doc: Doc, language: Language | null, quotes: readonly Quote[], numbers: NumberClaim[]): void {
  if (numbers.length === 0) return;
  const spans = [...quotes].sort((a, b) => a.start - b.start);
  const index = buildAttributionIndex(doc, language, spans, () => true);
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
