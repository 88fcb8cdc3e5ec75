/**
 * English reporting constructions the verb finder does not see because their subject is not next
 * to the verb: "Michel …, but added: “…”" (a coordinated verb takes the sentence's subject),
 * "Reuters quoted the official as saying …" (the object speaks) and "in the words of Donald Tusk,
 * “…”". Each yields a RawCue like the ones `findCues` returns.
 */
import type { RawCue } from './cues';
import { EN_PARTICIPLE_CUES, EN_VERBS } from './lexicon';
import { classify, isNameWord, type Subject } from './nounphrase';
import { leadingSubject, subjectAfter } from './speaker';
import type { Token } from './tokens';

/** Longest noun phrase (tokens) read as the object of "quoted" or "the words of". */
const NP_BUDGET = 10;

/** Words that end the noun phrase after "quoted" / "the words of". */
const NP_END = new Set(['as', 'to', 'that', 'who', 'which', 'and', 'but', 'when', 'while']);

function cue(a: number, b: number, subject: Subject, subjectToken: number, text: string, T: readonly Token[], verb: string): RawCue {
  return { kind: 'verb', a, b, inverted: false, subject, subjectToken, cue: text.slice(T[a].start, T[b - 1].end), verb };
}

/** End (exclusive) of the noun phrase from k: up to a comma, a quote or an NP_END word, within budget; -1 when none. */
function phraseEnd(T: readonly Token[], k: number): number {
  let e = k;
  while (e < T.length && e - k < NP_BUDGET && T[e].kind === 'word' && !NP_END.has(T[e].lower)) e++;
  return e > k && e - k < NP_BUDGET ? e : -1;
}

/** "Michel, a liberal ally of Macron, …": a one-word name opening the sentence before an apposition. */
function loneNameBeforeComma(text: string, T: readonly Token[]): Subject | null {
  if (T.length < 3 || T[1].text !== ',' || !isNameWord(T[0]) || /(?:ly|ing)$/u.test(T[0].lower)) return null;
  const s = classify(text, T, 0, 1);
  return s && s.kind === 'name' ? s : null;
}

/** "but added: “…”", "and said that …": a reporting verb after a coordinator with no subject of its own. */
function coordinated(text: string, T: readonly Token[], i: number): RawCue | null {
  const t = T[i];
  if (!EN_VERBS.has(t.lower) || i < 2) return null;
  const c = T[i - 1].lower;
  if (c !== 'but' && c !== 'and') return null;
  const next = T[i + 1];
  if (!next || !(next.text === ':' || next.kind === 'quote' || next.lower === 'that')) return null;
  const lead = leadingSubject(text, T) ?? loneNameBeforeComma(text, T);
  if (!lead || lead.start >= T[i - 1].start || (lead.kind !== 'name' && lead.kind !== 'description' && lead.kind !== 'pronoun')) return null;
  let s = 0;
  while (s < i && T[s].start < lead.start) s++;
  return cue(i - 1, i + 1, lead, s, text, T, t.lower);
}

/** "quoted the US official as saying": the object of "quoted" speaks. */
function quotedAs(text: string, T: readonly Token[], i: number): RawCue | null {
  if (T[i].lower !== 'quoted') return null;
  const e = phraseEnd(T, i + 1);
  if (e < 0 || T[e]?.lower !== 'as' || T[e + 1]?.lower !== 'saying') return null;
  const subject = classify(text, T, i + 1, e);
  return subject ? cue(i, e + 2, subject, i + 1, text, T, 'saying') : null;
}

/** "in the words of Council President Donald Tusk, …": the named person speaks. */
function wordsOf(text: string, T: readonly Token[], i: number): RawCue | null {
  if (T[i].lower !== 'words' || T[i + 1]?.lower !== 'of' || T[i - 1]?.lower !== 'the' || T[i - 2]?.lower !== 'in') return null;
  const e = phraseEnd(T, i + 2);
  if (e < 0) return null;
  const subject = classify(text, T, i + 2, e);
  return subject && subject.kind === 'name' ? cue(i - 2, e, subject, i + 2, text, T, 'words') : null;
}

/** Participles that report words when their own subject stands before them ("with Mrs May adding", "protesters shouting"). */
const SUBJECT_PARTICIPLES: ReadonlySet<string> = new Set([...EN_PARTICIPLE_CUES, 'shouting', 'chanting', 'yelling', 'screaming', 'demanding', 'describing']);

/** Words that open a phrase whose subject reports through a participle ("with X adding", "including protesters shouting"). */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['with', 'including', 'amid']);

/** Longest subject (tokens) between the opener and the participle. */
const PARTICIPLE_SUBJECT_BUDGET = 6;

/**
 * "…, with Mrs May adding later that …", "including protesters shouting “…”": a participle whose subject
 * follows "with", "including" or "amid" reports for that subject (the sentence's subject does not speak).
 */
function subjectParticiple(text: string, T: readonly Token[], i: number): RawCue | null {
  if (!SUBJECT_PARTICIPLES.has(T[i].lower)) return null;
  let o = i - 1;
  while (o >= 0 && i - o <= PARTICIPLE_SUBJECT_BUDGET + 1 && T[o].kind === 'word' && !PARTICIPLE_OPENERS.has(T[o].lower)) o--;
  if (o < 0 || o >= i - 1 || T[o].kind !== 'word' || !PARTICIPLE_OPENERS.has(T[o].lower)) return null;
  const subject = classify(text, T, o + 1, i);
  if (!subject || subject.kind === 'pronoun' || subject.kind === 'same-source') return null;
  return cue(i, i + 1, subject, o + 1, text, T, T[i].lower);
}

/** Plural nouns of unnamed sources that head a clause bare ("but officials say", "critics call it"). */
const SOURCE_PLURALS: ReadonlySet<string> = new Set([
  'officials', 'critics', 'aides', 'sources', 'analysts', 'experts', 'witnesses', 'residents', 'protesters', 'protestors',
  'demonstrators', 'activists', 'organisers', 'organizers', 'authorities', 'prosecutors', 'investigators', 'lawmakers',
  'ministers', 'diplomats', 'campaigners', 'opponents', 'supporters', 'observers', 'economists', 'doctors', 'scientists',
  'researchers', 'unions', 'police', 'locals', 'insiders', 'commentators', 'rebels', 'deputies', 'mps',
]);

/** Words after which a new clause (and its subject) starts. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'while', 'as', 'though', 'although', 'because', 'yet', 'whereas']);

/** "…, but officials call it a “…”": a bare plural source noun opening its clause right before the verb speaks, as written. */
function bareSourceSubject(text: string, T: readonly Token[], i: number, known: readonly RawCue[]): RawCue | null {
  const n = T[i - 1];
  if (!EN_VERBS.has(T[i].lower) || n.kind !== 'word' || !SOURCE_PLURALS.has(n.lower) || !/^\p{Ll}/u.test(n.text)) return null;
  const before = T[i - 2];
  if (before && !(before.kind === 'punct' && before.text !== '.') && !CLAUSE_OPENERS.has(before.lower)) return null;
  if (known.some((c) => c.a === i)) return null;
  return cue(i, i + 1, bareSource(n)!, i - 1, text, T, T[i].lower);
}

/** A bare plural source noun ("officials", "aides") as a speaker written as it stands; null for other tokens. */
function bareSource(t: Token | undefined): Subject | null {
  if (!t || t.kind !== 'word' || !SOURCE_PLURALS.has(t.lower) || !/^\p{Ll}/u.test(t.text)) return null;
  return { kind: 'body', text: t.text, role: null, gender: null, words: [t.lower], start: t.start, end: t.end };
}

/** Verbs of saying that close a sentence with their subject after them ("…, says Dr Jane Smith.", "…, say aides."). */
const CLOSING_VERBS: ReadonlySet<string> = new Set(['says', 'said', 'say', 'added', 'adds', 'warned', 'warns', 'insisted', 'insists', 'argued', 'argues']);

/** "…, due to ‘unfounded rumours’ around its safety, says Dr Jane Smith.": an inverted verb whose subject ends the sentence. */
function closingInverted(text: string, T: readonly Token[], i: number): RawCue | null {
  if (!CLOSING_VERBS.has(T[i].lower) || T[i - 1]?.text !== ',') return null;
  const subject = subjectAfter(text, T, i + 1, T.length) ?? bareSource(T[i + 1]);
  if (!subject || subject.kind === 'pronoun') return null;
  let k = i + 1;
  while (k < T.length && T[k].start < subject.end) k++;
  for (let j = k; j < T.length; j++) if (T[j].kind !== 'punct' || T[j].text === ',') return null;
  return { kind: 'verb', a: i, b: i + 1, inverted: true, subject, subjectToken: i + 1, cue: T[i].text, verb: T[i].lower };
}

/** Every word that may trigger one of the cues above: one look-up skips all other tokens. */
const TRIGGERS: ReadonlySet<string> = new Set([...EN_VERBS, ...SUBJECT_PARTICIPLES, 'quoted', 'words']);

/** The cues of sentence T: `known` (from `findCues`) plus the English ones it misses (see the module comment), in reading order. */
export function withEnglishCues(text: string, T: readonly Token[], known: RawCue[]): RawCue[] {
  let list = known;
  let out: RawCue[] | null = null;
  for (let i = 1; i < T.length; i++) {
    if (T[i].kind !== 'word' || !TRIGGERS.has(T[i].lower)) continue;
    const found = coordinated(text, T, i) ?? quotedAs(text, T, i) ?? wordsOf(text, T, i) ?? subjectParticiple(text, T, i) ?? bareSourceSubject(text, T, i, list) ?? closingInverted(text, T, i);
    if (!found) continue;
    const clash = list.findIndex((c) => c.a < found.b && found.a < c.b);
    if (clash >= 0 && !(found.verb === T[i].lower && (list[clash].kind === 'participle' || (found.inverted && !list[clash].inverted)))) continue;
    if (clash >= 0) list = list.filter((_, k) => k !== clash); // "with X adding": the subject's own participle, not the clause's
    (out ??= []).push(found);
  }
  return out ? [...list, ...out].sort((x, y) => x.a - y.a) : list;
}
