/**
 * Attribution: who the text says uttered each quote, and who it says claims each number.
 * One reading-order pass over the content lines, sentence by sentence, keeps a history of
 * speakers so that pronouns, descriptions and "la même source" resolve to earlier ones.
 */
import type { Doc } from '../document';
import type { Language } from '../types';
import { findCues, type RawCue } from './cues';
import type { MarkSpan } from './marks';
import { SpeakerHistory, type Speaker } from './resolve';
import { noteNames } from './nameMentions';
import { leadingSubject, type Subject } from './speaker';
import { FR_INFINITIVES, FUNCTION_WORDS } from './lexicon';
import { continuesOnNextLine, splitSentences, tokenize, type Token } from './tokens';
import { colonNameFor, opensSentence, colonSpeaker, Continuation, headlineSpeaker, opensWithQuote, verbInQuote } from './clauses';
import { fillSoleSpeaker } from './interview';
import { inciseIn } from './incise';
import { phraseStartToken } from './subjectSpan';
import { sentenceClosingCue } from './trailingCue';
import { withEnglishCues } from './enCues';
import { withFrenchCues } from './frCues';
import { shareChainedSpeakers } from './chain';
import { passiveAgent } from './passiveAgent';
import { isMovementLabel, labelsAsWords } from './frLabels';
import { connectiveLead, presentedSubject } from './frFlow';
import { isMediaTitle, isQuotedName } from './frMediaTitle';
import { governingCue } from './enParenthetical';
import { isLabelUse } from './enLabels';
import { gerundAgent } from './gerundAgent';
import { definiteBody, personFor, speaksAsOne } from './firstPerson';

/** A cue-less quote opening a sentence continues the last speaker only when it has this many words. */
const CONTINUATION_MIN_WORDS = 4;

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

/** The attribution of every quote (keyed by its start offset) and the cues of the sentences read so far. */
export interface AttributionIndex {
  quotes: Map<number, QuoteAttribution>;
  sentences: Sentence[];
  /** Reads on (in document order) until the sentences cover `offset`. */
  readTo(offset: number): void;
}


/** Personal pronouns that may take the sentence's own subject as antecedent. */
const HE_SHE = new Set(['he', 'she', 'il', 'elle']);

/**
 * "Mrs May insisted …, but she said": a he/she cue later in a sentence whose leading subject is a
 * person (a name or a role description agreeing in gender) refers to that subject. Null otherwise.
 */
function sentenceSubjectFor(text: string, T: readonly Token[], pronoun: Subject): Subject | null {
  if (!HE_SHE.has(pronoun.text.toLowerCase())) return null;
  let first = -1;
  for (let k = 0; k < T.length && T[k].start < pronoun.start; k++) {
    if (T[k].kind === 'quote') return null; // the pronoun may continue a speaker quoted before
    if (first < 0 && T[k].kind === 'word') first = k;
  }
  if (first < 0 || T[first].lower === pronoun.text.toLowerCase()) return null;
  const lead = leadingSubject(text, T);
  if (!lead || lead.end > pronoun.start || (lead.kind !== 'name' && lead.kind !== 'description')) return null;
  if (lead.kind === 'name' && !/\s/u.test(lead.text)) return null;
  if (lead.gender && pronoun.gender && lead.gender !== pronoun.gender) return null;
  return lead;
}

function resolveCues(text: string, T: readonly Token[], raw: RawCue[], history: SpeakerHistory): Cue[] {
  const out: Cue[] = [];
  for (const r of raw) {
    const start = T[r.a].start;
    let speaker: Speaker | null = null;
    if (r.kind === 'participle') {
      const prev = [...out].reverse().find((c) => c.speaker);
      if (prev) speaker = prev.speaker;
      else if (FR_INFINITIVES.has(r.verb)) speaker = history.last(); // "Puis de conclure :"
      else {
        const lead = gerundAgent(text, T, r.a) ?? leadingSubject(text, T); // "… Dr Jean Marsh, justified it by declaring …"
        speaker = lead ? history.resolve(lead, start, r.verb) : opensSentence(T, r.a) ? history.last() : null; // "En expliquant que « … »" goes on with the last speaker
      }
    } else if (r.subject) {
      const lead = r.subject.kind === 'pronoun' ? sentenceSubjectFor(text, T, r.subject) ?? colonNameFor(text, T, r.subject) : null;
      speaker = history.resolve(lead ?? r.subject, start, r.verb); // "German chancellor insists …, but … she said"
    }
    out.push({ raw: r, start, speaker });
  }
  return out;
}

/** Picks the cue for the quote token at q: an inverted/following cue first, else the nearest one before. */
function cueForQuote(T: readonly Token[], cues: readonly Cue[], q: number): Cue | null {
  for (const c of cues) {
    if (c.raw.a <= q || !c.speaker) continue;
    if (c.raw.kind === 'participle') continue;
    if (c.raw.inverted) return c;
    if (c.raw.subjectToken > q && phraseStartToken(T, c.raw, q) <= q + 2 && (T[q - 1]?.kind !== 'word' || T[q + 1]?.text === ',' || endsClause(T, c.raw.b))) return c;
  }
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k];
    if (c.raw.b <= q && c.speaker) return newClauseBetween(T, c, q) ? null : c;
  }
  return null;
}

/** The sentence-closing cue of an opening quote (see `sentenceClosingCue`), when it names someone. */
function closingCue(T: readonly Token[], cues: readonly Cue[], q: number): Cue | null {
  const c = sentenceClosingCue(T, cues, q);
  return c && c.speaker ? c : null;
}

/** Words after "X said" that end its clause ("…,” Mr Chalençon continued." vs "“En Marche,” Macron promised to fix …"). */
const CLAUSE_END = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'yesterday', 'today', 'last', 'this', 'when', 'while', 'as']);

/** True when the reporting verb ending before token b closes its clause: a quote glued to the writer's words is its object only then. */
function endsClause(T: readonly Token[], b: number): boolean {
  const t = T[b];
  return !t || t.kind !== 'word' || CLAUSE_END.has(t.lower);
}

/** Connectors that open a clause with its own subject ("…, titre Le Figaro, tandis que Libération …"). */
const CLAUSE_OPENERS = new Set(['tandis', 'while', 'whereas']);

/** True when a clause opener sits between the end of an inverted cue's subject and the quote at q. */
function newClauseBetween(T: readonly Token[], c: Cue, q: number): boolean {
  if (!c.raw.inverted || !c.raw.subject) return false;
  for (let k = q - 1; k >= c.raw.b && T[k].start >= c.raw.subject.end; k--) if (CLAUSE_OPENERS.has(T[k].lower)) return true;
  return false;
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


/**
 * "« … », se réjouit Erwan, …": the opening quote is followed by a comma, a lower-case word we do not
 * know as a cue, then a capitalised word or a determiner: someone new is named, so no continuation.
 */
function unknownAttribution(T: readonly Token[]): boolean {
  let q = 0;
  while (q < T.length && T[q].kind === 'punct') q++;
  if (T[q + 1]?.text !== ',') return false;
  const w = T[q + 2];
  if (!w || w.kind !== 'word' || !/^\p{Ll}/u.test(w.text) || FUNCTION_WORDS.has(w.lower) || /-(?:t-)?(?:il|elle|ils|elles)$/u.test(w.lower)) return false;
  for (let k = q + 3; k < Math.min(T.length, q + 6); k++) {
    if (T[k].kind !== 'word') return false;
    if (/^\p{Lu}/u.test(T[k].text) || /^(?:le|la|les|un|une|l’\p{L}+|the|a|an)$/u.test(T[k].lower)) return true;
  }
  return false;
}

/** Per-document reading state shared by the sentences of one pass. */
interface Pass {
  text: string;
  language: Language | null;
  history: SpeakerHistory;
  flow: Continuation;
  quotes: Map<number, QuoteAttribution>;
  paragraph: number;
  /** French: the person the previous sentence presented without quoting (see `presentedSubject`), for the next sentence only. */
  presented: Speaker | null;
  /** The people the previous sentence named (see `SpeakerHistory.notePronounAfter`). */
  named: readonly string[];
}

/** True when the sentence is a quote and punctuation only. */
function bareQuote(T: readonly Token[]): boolean {
  return T.every((t, k) => (k === 0 ? t.kind === 'quote' : t.kind === 'punct'));
}

/** "« C’est choquant, déplore X. On a … »": the speaker of a reporting clause set inside the quote (see `inciseIn`). */
function inciseSpeaker(pass: Pass, quote: Token): { speaker: Speaker; cue: string } | null {
  const found = inciseIn(pass.text, quote, pass.language);
  if (!found || !found.raw.subject) return null;
  const speaker = pass.history.resolve(found.raw.subject, found.start, found.raw.verb);
  return speaker ? { speaker, cue: found.raw.cue } : null;
}

/** A quoted movement name ("gilets jaunes") is the writer's label, no one's words: no speaker (see `isMovementLabel`). */
function dropLabelSpeakers(text: string, T: readonly Token[], quotes: Map<number, QuoteAttribution>): void {
  for (const t of T) {
    if (t.kind !== 'quote' || t.end - t.start > 44) continue;
    const a = quotes.get(t.start);
    if (a && a.speaker !== null && isMovementLabel(text.slice(t.start + 1, t.end - 1))) { a.speaker = null; a.speakerRole = null; a.cue = null; }
  }
}

/** French: a quoted programme or paper title ("au micro de « … »") has no speaker (see `isMediaTitle`). */
function dropTitleSpeakers(text: string, T: readonly Token[], quotes: Map<number, QuoteAttribution>): void {
  for (let q = 0; q < T.length; q++) {
    const a = T[q].kind === 'quote' ? quotes.get(T[q].start) : undefined;
    if (a && a.speaker !== null && (isMediaTitle(T, q) || isQuotedName(text, T, q))) { a.speaker = null; a.speakerRole = null; a.cue = null; } // "au micro de « Bourdin matin »"
  }
}

/** Attributes the quotes of one sentence T and returns its resolved cues. */
function readSentence(pass: Pass, T: readonly Token[]): Cue[] {
  const { text, history, flow } = pass;
  history.beginSentence();
  if (pass.language !== 'fr') history.notePronounAfter(pass.named, T); // English: "Pedder laughs. She …" tells Pedder's sex
  const names = noteNames(T, history, text);
  const before = pass.named;
  pass.named = names;
  const raw = findCues(text, T, pass.language);
  const cues = resolveCues(text, T, pass.language !== 'fr' ? withEnglishCues(text, T, raw) : withFrenchCues(text, T, raw), history);
  let first = 0;
  while (first < T.length && T[first].kind === 'punct') first++;
  const lead = pass.language === 'fr' && first === 0 ? connectiveLead(T) : 0; // "Puis, « … »"
  const U = lead > 0 ? T.slice(lead) : T;
  first += lead;
  const opensQuote = first < T.length && T[first].kind === 'quote'; // only then can the sentence continue the last speaker
  const continuing = opensQuote && names.length === 0 && cues.every((c) => !c.speaker && c.raw.kind === 'participle') && opensWithQuote(text, U, bareQuote(U) ? 2 : CONTINUATION_MIN_WORDS) && !unknownAttribution(U) ? pass.presented ?? flow.speakerFor(pass.paragraph) : null;
  const continues = continuing && continuing !== pass.presented && pass.language === 'fr' && definiteBody(continuing.speaker) && speaksAsOne(text, T[first]) ? personFor(history, before, T[first].start) : continuing; // a body never says "je"
  let said: Speaker | null = null;
  for (let q = 0; q < T.length; q++) {
    if (T[q].kind !== 'quote') continue;
    if (pass.language !== 'fr' && isLabelUse(text, T, q)) { // English: "the so-called “…”", "“yellow vest” protesters"
      pass.quotes.set(T[q].start, { speaker: null, speakerRole: null, cue: null, ...positionFlags(T, q) });
      continue;
    }
    const c = cueForQuote(T, cues, q) ?? closingCue(T, cues, q);
    const colon = !c && q > 0 && T[q - 1].text === ':' ? passiveAgent(text, T, q, history) ?? colonSpeaker(text, T, q, history) : null;
    const inner = !c && !colon ? verbInQuote(text, T, q, history) : null;
    const headline = !c && !colon && !inner && T[0].kind === 'word' && q >= 2 ? headlineSpeaker(text, T, q, history) : null;
    const incise = !c && !colon && !inner && !headline ? inciseSpeaker(pass, T[q]) : null;
    const governs = !c && !colon && !inner && !headline && !incise && pass.language !== 'fr' ? governingCue(T, cues, q) : null; // English: "…, the ministry said in a statement."
    const who = c?.speaker ?? colon ?? inner?.speaker ?? headline ?? incise?.speaker ?? governs?.speaker ?? continues;
    const flags = positionFlags(T, q);
    pass.quotes.set(T[q].start, {
      speaker: who?.speaker ?? null,
      speakerRole: who?.role ?? null,
      cue: c ? c.raw.cue : colon || headline ? ':' : inner?.cue ?? incise?.cue ?? governs?.raw.cue ?? null,
      standalone: flags.standalone,
      afterComplementizer: flags.afterComplementizer,
    });
    if (who && (who !== continuing || continuing === pass.presented)) said = who; // a presented subject now speaks: later quotes continue it
  }
  shareChainedSpeakers(T, (q) => pass.quotes.get(T[q].start)?.speaker != null, (q, from) => { // "for “A” and “B,” the office said"
    const a = pass.quotes.get(T[q].start);
    const b = pass.quotes.get(T[from].start);
    if (a && b) { a.speaker = b.speaker; a.speakerRole = b.speakerRole; a.cue = b.cue; }
  });
  dropLabelSpeakers(text, T, pass.quotes);
  if (pass.language === 'fr') dropTitleSpeakers(text, T, pass.quotes);
  let lastCue: Cue | undefined;
  for (let k = cues.length - 1; k >= 0 && !lastCue; k--) if (cues[k].speaker) lastCue = cues[k];
  if (said ?? lastCue?.speaker) flow.attributed((said ?? lastCue?.speaker)!, pass.paragraph);
  else flow.named(names);
  pass.presented = !said && !lastCue && pass.language === 'fr' && !T.some((t) => t.kind === 'quote') ? presentedSubject(text, T, history) : null;
  if (names.length === 0) history.noteLeadSentence(T); // after its own cues: a pronoun heading this sentence looks further back
  return cues;
}

/** True when text[from, to) holds a letter or digit (lines of bare symbols have nothing to attribute). */
function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)) return true;
  }
  return false;
}

const NO_SPANS: readonly MarkSpan[] = [];

/**
 * Reads the document in order — sentences, cues, resolved speakers, each quote's attribution — as
 * far as its last quote. What follows is read only when a number there asks for its source
 * (`sourceInIndex`): reading resumes where it stopped, so the results are those of one full pass.
 */
export function buildAttributionIndex(doc: Doc, language: Language | null, spans: readonly MarkSpan[], isContent: (line: number) => boolean): AttributionIndex {
  const text = doc.text;
  const pass: Pass = { text, language, history: new SpeakerHistory(text, language === 'fr'), flow: new Continuation(), quotes: new Map(), paragraph: 0, presented: null, named: [] };
  const sentences: Sentence[] = [];
  const lines = doc.lines;
  let si = 0;
  let li = 0;
  const readTo = (offset: number): void => {
    for (; li < lines.length && lines[li].start <= offset; li++) {
      const line = lines[li];
      if (!isContent(line.index) || line.end <= line.start || !hasLetter(text, line.start, line.end)) continue;
      let end = line.end;
      while (li + 1 < lines.length && continuesOnNextLine(text, end, lines[li + 1], isContent)) end = lines[++li].end; // "Marine Le Pen⏎turned the attacks right back⏎, asking …"
      while (si < spans.length && spans[si].start < line.start) si++;
      let sj = si;
      while (sj < spans.length && spans[sj].start < end) sj++;
      const lineSpans: readonly MarkSpan[] = sj > si ? spans.slice(si, sj) : NO_SPANS;
      let any = false;
      for (const [s0, s1] of splitSentences(text, line.start, end, lineSpans)) {
        const T = language === 'fr' ? labelsAsWords(text, tokenize(text, s0, s1, lineSpans)) : tokenize(text, s0, s1, lineSpans);
        if (T.length === 0) continue;
        any = true;
        sentences.push({ start: s0, end: s1, cues: readSentence(pass, T) });
      }
      if (any) pass.paragraph++;
    }
  };
  readTo(spans.length > 0 ? spans[spans.length - 1].start : -1);
  fillSoleSpeaker(text, spans, pass.quotes); // an interview: cue-less statements are its one speaker's
  return { quotes: pass.quotes, sentences, readTo };
}
