/**
 * English reporting constructions the verb finder does not see because their subject is not next
 * to the verb: "Michel …, but added: “…”" (a coordinated verb takes the sentence's subject),
 * "Reuters quoted the official as saying …" (the object speaks) and "in the words of Donald Tusk,
 * “…”". Each yields a RawCue like the ones `findCues` returns.
 */
import { withoutHypotheticals } from './hypothetical';
import type { RawCue } from './cues';
import { EN_PARTICIPLE_CUES, EN_VERBS, FUNCTION_WORDS } from './lexicon';
import { classify, isNameWord, type Subject } from './nounphrase';
import { leadingSubject, subjectAfter } from './speaker';
import type { Token } from './tokens';
import { relativeClauseComma } from './relative';

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

/** Written things that "say" only for their author ("messages stating", "banners reading"). */
const WRITINGS: ReadonlySet<string> = new Set(['messages', 'message', 'posts', 'post', 'tweets', 'tweet', 'banners', 'banner', 'placards', 'placard', 'signs', 'sign', 'slogans', 'letters', 'letter', 'comments', 'remarks', 'videos', 'video']);

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
  if (subject.words.some((w) => WRITINGS.has(w))) return null; // "has posted messages, including messages stating …": the writer of the messages speaks
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

/** "…, police, who had been searching cars, said": a bare plural source noun, then a relative clause between commas, then the verb. */
function bareSourceBeforeRelative(text: string, T: readonly Token[], i: number, known: readonly RawCue[]): RawCue | null {
  if (!EN_VERBS.has(T[i].lower) || known.some((c) => c.a === i)) return null;
  const c = relativeClauseComma(T, i, 0);
  if (c < 1) return null;
  const n = T[c - 1];
  const subject = bareSource(n);
  const before = T[c - 2];
  if (!subject || (before && !(before.kind === 'punct' && before.text !== '.') && !CLAUSE_OPENERS.has(before.lower))) return null;
  return cue(i, i + 1, subject, c - 1, text, T, T[i].lower);
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

/** Auxiliaries and adverbs between a coordinated subject and its verb ("Macron and others have denounced"). */
const BEFORE_VERB: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'both', 'jointly', 'together']);

/** Longest unnamed conjunct (words) after "and" ("others", "feminist organisations", "several union leaders"). */
const CONJUNCT_BUDGET = 3;

/**
 * "Minister Agnès Buzyn and feminist organisations said …", "Macron and others have denounced …": a
 * personal name, "and", then a short lower-case group opening the clause before the verb. The named
 * person is the speaker the text singles out.
 */
function namedConjunct(text: string, T: readonly Token[], i: number, known: readonly RawCue[]): RawCue | null {
  if (!EN_VERBS.has(T[i].lower) || known.some((c) => c.a <= i && i < c.b)) return null;
  let j = i;
  while (j > 0 && i - j < 3 && BEFORE_VERB.has(T[j - 1].lower)) j--;
  let and = j - 1;
  while (and > 0 && j - and <= CONJUNCT_BUDGET && T[and].kind === 'word' && /^\p{Ll}/u.test(T[and].text) && T[and].lower !== 'and' && !FUNCTION_WORDS.has(T[and].lower)) and--;
  if (and < 1 || and === j - 1 || T[and].lower !== 'and') return null;
  let k = and;
  while (k > 0 && and - k < 4 && isNameWord(T[k - 1])) k--;
  if (k === and) return null;
  const before = T[k - 1];
  if (before && !(before.kind === 'punct' && before.text !== '.') && !(before.kind === 'word' && /^\p{Ll}/u.test(before.text) && !FUNCTION_WORDS.has(before.lower))) return null; // "of Macron and others": a complement
  const subject = classify(text, T, k, and);
  if (!subject || subject.kind !== 'name') return null;
  return cue(i, i + 1, subject, k, text, T, T[i].lower);
}

/** Present-tense reporting verbs that are also plural nouns ("the protests"): cues only right after a quote and its subject. */
const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set(['protests', 'remarks', 'comments', 'jokes', 'promises', 'pledges', 'vows', 'counters', 'hints']);

/**
 * "“…,” Le Pen protests plaintively.": a verb that may be a noun reports when it follows a quote, then
 * (after a comma) a name or he/she standing alone, so no noun phrase can hold it.
 */
function afterQuoteSubject(text: string, T: readonly Token[], i: number): RawCue | null {
  if (!NOUN_LIKE_VERBS.has(T[i].lower)) return null;
  let k = i;
  while (k > 0 && i - k < 4 && (isNameWord(T[k - 1]) || (k - 1 > 0 && T[k - 1].kind === 'word' && /^\p{Lu}/u.test(T[k - 1].text)))) k--;
  if (k === i && (T[i - 1].lower === 'he' || T[i - 1].lower === 'she')) k = i - 1;
  if (k === i) return null;
  const p = T[k - 1]?.text === ',' ? k - 2 : k - 1;
  if (p < 0 || T[p].kind !== 'quote') return null;
  const subject = classify(text, T, k, i);
  if (!subject || (subject.kind !== 'name' && subject.kind !== 'pronoun' && subject.kind !== 'body')) return null;
  return cue(i, i + 1, subject, k, text, T, T[i].lower);
}

/** Written things that "read" their words ("“…,” read one statement", "a banner reads “…”"). */
const READ_WRITINGS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'letter', 'message', 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'note',
  'tweet', 'post', 'headline', 'caption', 'notice', 'slogan', 'leaflet', 'leaflets', 'poster', 'posters', 'declaration',
  'communique', 'communiqué', 'text', 'petition', 'manifesto',
]);

/** "“…,” read one statement.": "read(s)" after a quote, then a written thing as its subject. */
function readWriting(text: string, T: readonly Token[], i: number): RawCue | null {
  if (T[i].lower !== 'read' && T[i].lower !== 'reads') return null;
  const p = T[i - 1]?.text === ',' ? i - 2 : i - 1;
  if (p < 0 || T[p].kind !== 'quote') return null;
  const subject = subjectAfter(text, T, i + 1, T.length);
  if (!subject || subject.words.length === 0 || !READ_WRITINGS.has(subject.words[subject.words.length - 1])) return null;
  return { kind: 'verb', a: i, b: i + 1, inverted: true, subject, subjectToken: i + 1, cue: T[i].text, verb: T[i].lower };
}

/** Words that make a subject a poll or its share of respondents ("a recent poll", "nearly 80 per cent"). */
const POLL_WORDS: ReadonlySet<string> = new Set(['poll', 'polls', 'polled', 'survey', 'surveys', 'surveyed', 'respondents', 'cent', 'percent']);

/**
 * True when a subject is a poll, a survey or a share of those asked ("A recent poll", "89 per cent of
 * Jewish people polled", "one in 10 Europeans"): their words are answers, not anyone's statement.
 */
export function isPollSubject(s: Subject): boolean {
  for (const w of s.words) {
    if (POLL_WORDS.has(w) || w === '%') return true;
  }
  return /\d\s?%|\b(?:one|two|three|four|five) in \d/iu.test(s.text); // "one in 10 Europeans"
}

/** The cues whose subject is a poll lose their subject: the quote they report has no speaker. */
function withoutPollSubjects(cues: RawCue[]): RawCue[] {
  return cues.some((c) => c.subject && isPollSubject(c.subject)) ? cues.map((c) => (c.subject && isPollSubject(c.subject) ? { ...c, subject: null } : c)) : cues;
}

/** Every word that may trigger one of the cues above: one look-up skips all other tokens. */
const TRIGGERS: ReadonlySet<string> = new Set([...EN_VERBS, ...SUBJECT_PARTICIPLES, ...NOUN_LIKE_VERBS, 'quoted', 'words', 'read', 'reads']);

/** The cues of sentence T: `known` (from `findCues`) plus the English ones it misses (see the module comment), in reading order. */
export function withEnglishCues(text: string, T: readonly Token[], known: RawCue[]): RawCue[] {
  let list = known;
  let out: RawCue[] | null = null;
  for (let i = 1; i < T.length; i++) {
    if (T[i].kind !== 'word' || !TRIGGERS.has(T[i].lower)) continue;
    const found = coordinated(text, T, i) ?? quotedAs(text, T, i) ?? wordsOf(text, T, i) ?? subjectParticiple(text, T, i) ?? bareSourceSubject(text, T, i, list) ?? closingInverted(text, T, i) ?? namedConjunct(text, T, i, list) ?? afterQuoteSubject(text, T, i) ?? bareSourceBeforeRelative(text, T, i, list) ?? readWriting(text, T, i);
    if (!found) continue;
    const clash = list.findIndex((c) => c.a < found.b && found.a < c.b);
    if (clash >= 0 && !(found.verb === T[i].lower && (list[clash].kind === 'participle' || (found.inverted && !list[clash].inverted)))) continue;
    if (clash >= 0) list = list.filter((_, k) => k !== clash); // "with X adding": the subject's own participle, not the clause's
    (out ??= []).push(found);
  }
  const all = out ? [...list, ...out].sort((x, y) => x.a - y.a) : list;
  return withoutHypotheticals(T, withoutPollSubjects(withoutSwallowingSubjects(T, all)));
}

/** True when a non-participle cue other than cues[k] has its verb strictly inside (from, to): the cues are in reading order, so only those near k are read. */
function verbWithin(T: readonly Token[], cues: readonly RawCue[], k: number, from: number, to: number): boolean {
  for (let j = k - 1; j >= 0 && T[cues[j].a].start > from; j--) if (cues[j].kind !== 'participle' && T[cues[j].a].start < to) return true;
  for (let j = k + 1; j < cues.length && T[cues[j].a].start < to; j++) if (cues[j].kind !== 'participle' && T[cues[j].a].start > from) return true;
  return false;
}

/**
 * "Drouet posted an online call for “…”": a cue whose subject as read runs over another cue's verb
 * ("Drouet posted an online" before "call") took a clause for its subject: it is no cue, the other one reports.
 */
function withoutSwallowingSubjects(T: readonly Token[], cues: RawCue[]): RawCue[] {
  if (cues.length < 2) return cues;
  let kept: RawCue[] | null = null;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k];
    const s = c.subject;
    const swallows = !!s && !c.inverted && s.kind === 'body' && verbWithin(T, cues, k, s.start, s.end);
    if (swallows) kept ??= cues.slice(0, k);
    else kept?.push(c);
  }
  return kept ?? cues;
}
