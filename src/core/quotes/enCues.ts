/**
 * English reporting constructions the verb finder does not see because their subject is not next
 * to the verb: "Michel …, but added: “…”" (a coordinated verb takes the sentence's subject),
 * "Reuters quoted the official as saying …" (the object speaks) and "in the words of Donald Tusk,
 * “…”". Each yields a RawCue like the ones `findCues` returns.
 */
import type { RawCue } from './cues';
import { EN_VERBS } from './lexicon';
import { classify, isNameWord, type Subject } from './nounphrase';
import { leadingSubject } from './speaker';
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

/** The cues of sentence T: `known` (from `findCues`) plus the English ones it misses (see the module comment), in reading order. */
export function withEnglishCues(text: string, T: readonly Token[], known: RawCue[]): RawCue[] {
  let out: RawCue[] | null = null;
  for (let i = 1; i < T.length; i++) {
    if (T[i].kind !== 'word') continue;
    const found = coordinated(text, T, i) ?? quotedAs(text, T, i) ?? wordsOf(text, T, i);
    if (!found || known.some((c) => c.a < found.b && found.a < c.b)) continue;
    (out ??= []).push(found);
  }
  return out ? [...known, ...out].sort((x, y) => x.a - y.a) : known;
}
