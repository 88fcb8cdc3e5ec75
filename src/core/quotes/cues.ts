/**
 * Finds reporting cues in one sentence's tokens: compound and simple reporting verbs (French
 * inverted "a-t-il ajouté", "explique Sylvie"; English "said X", "X said"), "selon X" /
 * "according to X", and participles (", ajoutant que", ", saying:") that continue a speaker.
 */
import { afterFrontedRole } from './apposition';
import { relativeSubject } from './relative';
import type { Language } from '../types';
import type { Token } from './tokens';
import {
  EN_PARTICIPLE_CUES, EN_VERBS, isFrAdverb, FR_AMBIGUOUS_PRESENT, FR_AUX, FR_INFINITIVES, FR_PARTICIPLE_CUES, FR_REFLEXIVE, FR_VERBS,
  LEADING_CONNECTORS,
} from './lexicon';
import { isCapitalised } from './tokens';
import { WordFilter } from './chars';
import { classify, subjectAfter, subjectBefore, type Subject } from './speaker';
import { claimWithInfinitive } from './frInfinitive';
import { FR_MODALS, modalInfinitiveEnd } from './frModal';

export type CueKind = 'verb' | 'selon' | 'participle';

/** A cue found in a sentence, with its subject as written (not yet resolved). */
export interface RawCue {
  kind: CueKind;
  /** Token range of the verb or phrase. */
  a: number;
  b: number;
  /** True when the subject follows the verb ("a déclaré X", "said X", "selon X", "a-t-il dit"). */
  inverted: boolean;
  subject: Subject | null;
  /** Token index where the subject starts (-1 when none). */
  subjectToken: number;
  cue: string;
  /** Lower-cased main verb, for "continuing" verbs such as ajouté. */
  verb: string;
}

const PAST_PARTICIPLE = /(?:é|ée|és|ées)$/u;
const IRREGULAR_PARTICIPLES = new Set(['soutenu', 'poursuivi', 'répondu', 'reconnu', 'admis', 'promis', 'prévenu', 'conclu', 'averti', 'réagi', 'renchéri', 'démenti', 'convenu', 'maintenu', 'repris', 'garanti', 'mis']);
const DETS = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'the', 'a', 'an', 'ces', 'cette', 'ce', 'sa', 'son', 'ses', 'leur', 'leurs', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'de', 'd’un', 'd’une']);
const INVERTED_RE = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/u;
/** "lâche-t elle": the euphonic t written without its second hyphen (the pronoun is the next token). */
const HALF_INVERTED_RE = /^(.+?)-t$/u;
const FAIRE_TAIL = ['savoir', 'valoir', 'remarquer', 'observer', 'part', 'état'];
const MULTI = new Map<string, string[]>([
  ['fait', FAIRE_TAIL], ['faisait', FAIRE_TAIL], ['font', FAIRE_TAIL], ['faisaient', FAIRE_TAIL], ['mis', ['en', 'garde']], ['met', ['en', 'garde']],
]);
/** English verbs that report only with their particle ("shot back", "hit back", "fired back"). */
const EN_PARTICLE_VERBS = new Map<string, string>([['pointed', 'out'], ['shot', 'back'], ['hit', 'back'], ['fired', 'back']]);

/** Every form `frenchVerb` can accept (besides reflexive "s’…" forms): one look-up rejects most words. */
const FR_CANDIDATES: ReadonlySet<string> = new Set([...FR_VERBS, ...FR_PARTICIPLE_CUES, ...FR_AUX, ...FR_MODALS, 'selon', 'd’après', 'se', 'dit', 'dite']);
const FR_FILTER = new WordFilter(FR_CANDIDATES);

/** Key of a word's (second code unit, second-last code unit, length): a second bitmap test, independent of FR_FILTER's. */
function innerKey(w: string): number {
  const n = w.length;
  return n < 2 ? n : ((w.charCodeAt(1) & 63) << 11) | ((w.charCodeAt(n - 2) & 63) << 5) | (n < 31 ? n : 31);
}
const FR_INNER = new Uint8Array(1 << 17);
for (const w of FR_CANDIDATES) FR_INNER[innerKey(w)] = 1;

/** True when `w` may be one of FR_CANDIDATES: both bitmaps before hashing the string. */
function frCandidate(w: string): boolean {
  return FR_FILTER.mayHave(w) && FR_INNER[innerKey(w)] === 1 && FR_CANDIDATES.has(w);
}

interface VerbMatch { a: number; b: number; verb: string; pronoun: string | null; qu: boolean; kind: CueKind; preverbalOk: boolean }

function isParticipleForm(w: string): boolean {
  return PAST_PARTICIPLE.test(w) || IRREGULAR_PARTICIPLES.has(w);
}

/** Extends a verb over fixed multi-word forms ("fait savoir", "mis en garde"). */
function extendMulti(T: readonly Token[], j: number, verb: string): number {
  const tail = MULTI.get(verb);
  if (!tail) return j + 1;
  if (tail.length === 2) return T[j + 1]?.lower === tail[0] && T[j + 2]?.lower === tail[1] ? j + 3 : verb === 'mis' || verb === 'met' ? -1 : j + 1;
  return tail.includes(T[j + 1]?.lower ?? '') ? j + 2 : -1;
}

/** `w.includes('-')` as a loop over the few code units of a word (no builtin call per token). */
function hasHyphen(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) === 0x2d) return true;
  return false;
}

/** Auxiliaries that never open a cue ("est dit", "sera annoncé" are passive or future statements). */
const NOT_CUE_AUX = new Set(['est', 'sont', 'était', 'étaient', 'se', 'sera']);

function frenchVerb(T: readonly Token[], i: number): VerbMatch | null {
  const t = T[i];
  let w = t.lower;
  const c0 = w.charCodeAt(0);
  if (c0 !== 0x71 && c0 !== 0x73 && !FR_FILTER.mayHave(w) && !hasHyphen(w)) return null; // most words: one bitmap read
  if (!frCandidate(w) && !(c0 === 0x73 && w.charCodeAt(1) === 0x2019) && !(c0 === 0x71 && w.charCodeAt(1) === 0x75 && w.charCodeAt(2) === 0x2019) && !hasHyphen(w)) return null; // a plain word (no qu’, s’, hyphen) is a cue only when a candidate itself
  const qu = w.charCodeAt(0) === 0x71 && w.charCodeAt(1) === 0x75 && w.charCodeAt(2) === 0x2019; // qu’
  if (qu) w = w.slice(3);
  let pronoun: string | null = null;
  const inv = hasHyphen(w) ? INVERTED_RE.exec(w) : null;
  let b0 = i + 1;
  if (inv) { w = inv[1]!; pronoun = inv[2]!; } else {
    const half = w.endsWith('-t') ? HALF_INVERTED_RE.exec(w) : null;
    const next = T[i + 1]?.lower ?? '';
    if (half && /^(?:il|elle|ils|elles|on)$/u.test(next)) { w = half[1]!; pronoun = next; b0 = i + 2; }
  }
  if (!frCandidate(w) && !(w.charCodeAt(0) === 0x73 && w.charCodeAt(1) === 0x2019)) return null; // no branch below can match ("s’…" may be reflexive)
  const reflexive = reflexiveVerb(T, i, w, pronoun);
  if (reflexive) return reflexive;
  if ((w === 'dit' || w === 'dite') && !pronoun && T[i - 1]?.text === ',' && T[i + 1]?.kind === 'quote') return null; // "Jean-Louis Denis, dit « le soumis »"
  if (w === 'selon' || w === 'd’après') return { a: i, b: i + 1, verb: w, pronoun: null, qu: false, kind: 'selon', preverbalOk: false };
  if (FR_PARTICIPLE_CUES.has(w) && !pronoun) {
    const prev = T[i - 1];
    const ok = !prev || prev.text === ',' || prev.lower === 'en' || prev.kind === 'quote' || (w === 'disant' && /^(?:que|qu’|:)$/u.test(T[i + 1]?.lower ?? ''));
    return ok ? { a: i, b: i + 1, verb: w, pronoun: null, qu: false, kind: 'participle', preverbalOk: false } : null;
  }
  if (FR_AUX.has(w) && !NOT_CUE_AUX.has(w)) {
    let j = b0;
    for (let g = 0; g < 4 && T[j] && T[j].kind === 'word' && isFrAdverb(T[j].lower) && !FR_VERBS.has(T[j].lower); g++) j++;
    const p = T[j];
    if (!p || p.kind !== 'word' || !FR_VERBS.has(p.lower) || !isParticipleForm(p.lower) && p.lower !== 'dit' && p.lower !== 'écrit' && p.lower !== 'décrit' && p.lower !== 'fait') return null;
    const b = extendMulti(T, j, p.lower);
    if (b < 0) return null;
    return { a: i, b, verb: p.lower, pronoun, qu, kind: 'verb', preverbalOk: true };
  }
  const modal = modalInfinitiveEnd(T, w, b0); // "…, veut croire le député X"
  if (modal > 0) return { a: i, b: modal, verb: T[modal - 1].lower, pronoun, qu, kind: 'verb', preverbalOk: false };
  if (FR_VERBS.has(w) && (!isParticipleForm(w) || pronoun)) {
    const b = b0 > i + 1 ? b0 : extendMulti(T, i, w);
    if (b < 0) return null;
    const ambiguous = (FR_AMBIGUOUS_PRESENT.has(w) || IRREGULAR_PARTICIPLES.has(w)) && !claimWithInfinitive(w, T, b); // "dit rejeter": a verb for sure
    return { a: i, b, verb: w, pronoun, qu, kind: 'verb', preverbalOk: !ambiguous };
  }
  return null;
}

/**
 * "…, se réjouit Erwan", "…, s’indigne-t-elle", "se lamente la gérante": a reflexive reporting verb. Only
 * introducing a quote (inverted, or before ":"/"que") since "X se demande si …" reports no words.
 */
function reflexiveVerb(T: readonly Token[], i: number, w: string, pronoun: string | null): VerbMatch | null {
  if (w.startsWith('s’') && FR_REFLEXIVE.has(w.slice(2))) return { a: i, b: i + 1, verb: w.slice(2), pronoun, qu: false, kind: 'verb', preverbalOk: false };
  if (w !== 'se' || pronoun || !T[i + 1] || T[i + 1].kind !== 'word') return null;
  const inv = INVERTED_RE.exec(T[i + 1].lower);
  const verb = inv ? inv[1] : T[i + 1].lower;
  if (!FR_REFLEXIVE.has(verb)) return null;
  return { a: i, b: i + 2, verb, pronoun: inv ? inv[2] : null, qu: false, kind: 'verb', preverbalOk: false };
}

/** Verbs that name rather than report when passive or followed by a name. */
const NAMING_VERBS = new Set(['called', 'calls', 'dubbed', 'described', 'labelled', 'labeled', 'branded', 'named']);
const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got']);

/** Every form `englishVerb` can accept. */
const EN_CANDIDATES: ReadonlySet<string> = new Set([...EN_VERBS, ...EN_PARTICIPLE_CUES, 'according']);
const EN_FILTER = new WordFilter(EN_CANDIDATES);

/** Present forms that are also plural nouns: a cue only right after the quote ("“…,” one man shouts"). */
const EN_QUOTE_ONLY = new Set(['shouts', 'screams', 'chants', 'cries']);

/** English only: a quote right after the capitalised object starting at k ("called Rex Tillerson “dumb as a rock”"). */
function quoteAfterObject(T: readonly Token[], k: number): boolean {
  let e = k;
  while (e < T.length && e - k < 6 && T[e].kind === 'word' && isCapitalised(T[e].text)) e++;
  return T[e]?.kind === 'quote';
}

function quoteJustBefore(T: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) if (T[k].kind === 'quote') return true;
  return false;
}

function englishVerb(T: readonly Token[], i: number): VerbMatch | null {
  const w = T[i].lower;
  if (!EN_FILTER.mayHave(w)) return null; // no branch below can match
  if (w === 'according' && T[i + 1]?.lower === 'to') return { a: i, b: i + 2, verb: w, pronoun: null, qu: false, kind: 'selon', preverbalOk: false };
  if (EN_PARTICIPLE_CUES.has(w)) {
    const prev = T[i - 1];
    const ok = !prev || prev.text === ',' || prev.kind === 'quote' || prev.lower === 'by' || (w === 'saying' && /^(?:that|:)$/u.test(T[i + 1]?.lower ?? ''));
    return ok ? { a: i, b: i + 1, verb: w, pronoun: null, qu: false, kind: 'participle', preverbalOk: false } : null;
  }
  if (NAMING_VERBS.has(w) && (BE_FORMS.has(T[i - 1]?.lower ?? '') || (T[i + 1] !== undefined && isCapitalised(T[i + 1].text) && !quoteAfterObject(T, i + 1)))) return null; // "a gilet jaune called John", "I am called a racist" (but "called Rex Tillerson “dumb”")
  if (EN_QUOTE_ONLY.has(w) && !quoteJustBefore(T, i)) return null; // "amid cries of …" is a noun
  if (EN_VERBS.has(w)) {
    const before = BE_FORMS.has(T[i - 1]?.lower ?? '') ? T[i - 1] : T[i - 2]?.kind === 'word' && /ly$/u.test(T[i - 1]?.lower ?? '') ? T[i - 2] : null;
    if (before && BE_FORMS.has(before.lower) && w.endsWith('ed')) return null; // "It can only be explained by …": passive
    const particle = EN_PARTICLE_VERBS.get(w);
    if (particle !== undefined && T[i + 1]?.lower !== particle) return null;
    const b = particle !== undefined ? i + 2 : i + 1;
    return { a: i, b, verb: w, pronoun: null, qu: false, kind: 'verb', preverbalOk: true };
  }
  return null;
}

function matchVerb(T: readonly Token[], i: number, language: Language | null): VerbMatch | null {
  if (T[i].kind !== 'word') return null;
  if (language === 'fr') return frenchVerb(T, i);
  if (language === 'en') return englishVerb(T, i);
  return frenchVerb(T, i) ?? englishVerb(T, i);
}

/** Object clitics between a quote and its verb ("”, nous confie un gilet jaune"). */
const CLITICS = new Set(['nous', 'me', 'm’', 'lui', 'leur', 'vous', 'leur']);

function invertedPosition(T: readonly Token[], m: VerbMatch, language: Language | null): boolean {
  if (m.pronoun || m.qu) return true;
  if (m.a === 0) return true;
  let prev = T[m.a - 1];
  if (language !== 'en' && m.a >= 2 && CLITICS.has(prev.lower) && (T[m.a - 2].kind === 'quote' || T[m.a - 2].text === ',')) prev = T[m.a - 2];
  if (language === 'en' && prev.text === ',') return T[m.a - 2]?.kind === 'quote'; // "X, a spokesman, said" is not inverted
  if (prev.kind === 'quote' && T[m.a - 2]?.kind === 'word' && DETS.has(T[m.a - 2].lower)) return false; // "Une « gilet jaune » évoque …"
  if (language === 'fr' && prev.text === ',' && relativeSubject(T, m.a - 1)) return false; // "L’avocat du routier dont …, critique la police": the comma closes a relative clause
  return prev.kind === 'quote' || prev.text === ',' || prev.text === '—' || prev.text === '–' || prev.text === '(';
}

function buildCue(text: string, T: readonly Token[], m: VerbMatch, language: Language | null): RawCue | null {
  const cue = text.slice(T[m.a].start, T[m.b - 1].end);
  const base = (inverted: boolean, subject: Subject | null, subjectToken: number): RawCue =>
    ({ kind: m.kind, a: m.a, b: m.b, cue, verb: m.verb, inverted, subject, subjectToken });
  if (m.kind === 'participle') return base(false, null, -1);
  if (m.pronoun) {
    const place = m.pronoun === 'on' ? placeSubject(text, T, m.b) : null;
    if (place) return base(true, place, m.b);
    const pron = classify(text, [{ ...T[m.a], text: m.pronoun, lower: m.pronoun }], 0, 1);
    return base(true, pron, m.a);
  }
  const inverted = m.kind === 'selon' || invertedPosition(T, m, language);
  if (inverted && m.kind === 'verb' && (appositiveSubject(text, T, m.a) || (language === 'fr' && commaBeforeClause(T, m)))) {
    const s = subjectBefore(text, T, m.a, 0);
    if (s) return base(false, s, tokenAt(T, s.start, 0));
  }
  if (inverted) {
    const s = subjectAfter(text, T, m.b, T.length);
    if (s) return base(true, s, tokenAt(T, s.start, m.b));
    if (m.kind === 'selon') return null;
  }
  const prev = T[m.a - 1];
  const introduces = T[m.b]?.text === ':' || /^(?:que|qu’(?:il|elle|ils|elles|on)?)$/u.test(T[m.b]?.lower ?? '') || quoteAfterName(T, m);
  if (!m.preverbalOk && !inverted && !introduces) return null;
  if (prev && prev.kind === 'word' && DETS.has(prev.lower)) return null; // "une note", "the claims"
  const s = subjectBefore(text, T, m.a, 0);
  if (!s) return inverted ? base(true, null, -1) : null;
  return base(false, s, tokenAt(T, s.start, 0));
}

const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles']);

/** "Catherine Collignon précise « … »": an ambiguous present right after a personal name, with the quote as its object. */
function quoteAfterName(T: readonly Token[], m: VerbMatch): boolean {
  const prev = T[m.a - 1];
  let b = m.b;
  for (let g = 0; g < 2 && T[b]?.kind === 'word' && EMPHATIC.has(T[b].lower); g++) b++; // "X se demande lui aussi « … »"
  if (T[b]?.kind === 'quote' && prev?.kind === 'word' && SUBJECT_PRONOUNS.has(prev.lower)) return true; // "Il dit « ne rien regretter »"
  return T[b]?.kind === 'quote' && m.a >= 2 && prev.kind === 'word' && isCapitalised(prev.text) && isCapitalised(T[m.a - 2].text) && T[m.a - 2].kind === 'word';
}

/** Emphatic words between a verb and the quote it introduces ("se demande lui « … »", "estime aussi « … »"). */
const EMPHATIC = new Set(['lui', 'elle', 'aussi', 'également', 'encore', 'plutôt']);

const PLACE_ARTICLE = new Map([['au', 'le '], ['aux', 'les '], ['chez', '']]);

/** "a-t-on indiqué au cabinet du ministre": the body where "on" speaks, as a noun phrase ("le cabinet du ministre"). */
function placeSubject(text: string, T: readonly Token[], j: number): Subject | null {
  const p = T[j];
  if (!p || p.kind !== 'word') return null;
  let k = j + 1;
  if (p.lower === 'du' && T[k]?.lower === 'côté' && (T[k + 1]?.lower === 'de' || T[k + 1]?.lower === 'du')) return placeSubject(text, T, k + 1); // "souligne-t-on du côté de la police locale"
  let article = PLACE_ARTICLE.get(p.lower);
  if (p.lower === 'du' && T[j - 1]?.lower === 'côté') article = 'le ';
  if (article === undefined && (p.lower === 'à' || p.lower === 'auprès' || p.lower === 'dans' || (p.lower === 'de' && T[j - 1]?.lower === 'côté'))) {
    if (p.lower === 'auprès' && (T[k]?.lower === 'de' || T[k]?.lower === 'du')) article = T[k++].lower === 'du' ? 'le ' : '';
    else if (p.lower !== 'auprès') article = '';
  }
  if (article === undefined || !T[k] || T[k].kind !== 'word') return null;
  let e = k;
  while (e < T.length && e - k < 10 && (T[e].kind === 'word' || T[e].text === '’' || T[e].text === '-')) e++;
  if (e === k) return null;
  const phrase = article + text.slice(T[k].start, T[e - 1].end);
  const s = classify(text, T, k, e);
  if (!s) return null;
  return { ...s, kind: 'body', text: phrase, role: null, start: p.start };
}

/** "Le ministre …, Lloyd Austin, a annoncé": a role opening the sentence, then a name between commas. */
function appositiveSubject(text: string, T: readonly Token[], a: number): boolean {
  if (a < 3 || T[a - 1].text !== ',') return false;
  const s = subjectBefore(text, T, a, 0);
  if (!s || s.kind !== 'name' || !s.role) return false;
  let k = 0;
  while (k < T.length && T[k].kind === 'punct') k++;
  return T[k] !== undefined && (T[k].start === s.start || afterFrontedRole(T, tokenAt(T, s.start, 0))); // "Policier à Liège, X, …, déplore"
}

/** Longest run (tokens) between a verb and the "que" that makes it govern a clause. */
const CLAUSE_REACH = 8;

/**
 * French: "Lundi, X, le ministre de Y, déclarait sur Z que « … »": a verb after a comma that is not
 * right after a quote, and that governs "que" or ":" a few words on, has its subject before it
 * (French inverts the subject only in an incise, never before a complement clause).
 */
function commaBeforeClause(T: readonly Token[], m: VerbMatch): boolean {
  if (m.pronoun || m.qu || m.a < 2 || T[m.a - 1].text !== ',' || T[m.a - 2].kind === 'quote') return false;
  for (let k = m.b; k < T.length && k - m.b < CLAUSE_REACH; k++) {
    const t = T[k];
    if (t.kind === 'quote' || t.text === ',') return false;
    if (t.text === ':' || t.lower === 'que' || t.lower.startsWith('qu’')) return k > m.b;
  }
  return false;
}

function tokenAt(T: readonly Token[], offset: number, from: number): number {
  let lo = Math.max(0, from);
  let hi = T.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (T[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < T.length ? lo : -1;
}

/** Index of the first word after sentence-initial connectors and punctuation. */
function firstWord(T: readonly Token[]): number {
  let k = 0;
  while (k < T.length && (T[k].kind === 'punct' || LEADING_CONNECTORS.has(T[k].lower))) k++;
  return k;
}

/** "Pour Eric Lerbret, le troisième photographe, il ne fait « aucun doute »": an opinion attributed to a named person. */
function pourCue(text: string, T: readonly Token[]): RawCue | null {
  return pourAt(text, T, firstWord(T), false) ?? pourAt(text, T, pourAfterQuote(T), true);
}

/** "« Triste jour », pour le président américain Donald Trump, qui …": "pour" right after a quote and its comma. */
function pourAfterQuote(T: readonly Token[]): number {
  for (let i = 2; i < T.length && i < 40; i++) if (T[i].lower === 'pour' && T[i - 1].text === ',' && T[i - 2].kind === 'quote') return i;
  return -1;
}

function pourAt(text: string, T: readonly Token[], k: number, afterQuote: boolean): RawCue | null {
  if (k < 0 || T[k]?.lower !== 'pour' || !T[k + 1] || !(isCapitalised(T[k + 1].text) || /^(?:le|la|l’\p{L}+)$/u.test(T[k + 1].lower))) return null;
  const s = subjectAfter(text, T, k + 1, T.length);
  if (!s || !((s.kind === 'name' && /\s/u.test(s.text)) || s.kind === 'description')) return null; // "Pour le député écologiste, …"
  let after = tokenAt(T, s.end, k + 1);
  if (after >= 0 && T[after].text === '(') { // "Pour Kristof Calvo (Groen), …"
    const close = after;
    while (after < T.length && after - close < 6 && T[after].text !== ')') after++;
    after++;
  }
  const end = after < 0 || after >= T.length || (afterQuote && /^[.;!?]$/u.test(T[after].text));
  if (!end && T[after]?.text !== ',') return null;
  if (end && !afterQuote) return null;
  return { kind: 'selon', a: k, b: k + 1, inverted: true, subject: s, subjectToken: k + 1, cue: T[k].text, verb: 'pour' };
}

/** "Avant d’ajouter :", "Puis de conclure :": an infinitive reporting verb continuing the last speaker. */
function infinitiveCue(T: readonly Token[], i: number): RawCue | null {
  if (i > 3) return null; // only near the sentence start (checked first: it is the cheapest test)
  const t = T[i];
  let verb = t.lower;
  if (verb.startsWith('d’')) verb = verb.slice(2);
  else if (T[i - 1]?.lower !== 'de') return null;
  if (!FR_INFINITIVES.has(verb) || i > 3 || T[i + 1]?.text !== ':') return null;
  const a = verb === t.lower ? i - 1 : i;
  return { kind: 'participle', a, b: i + 1, inverted: false, subject: null, subjectToken: -1, cue: T.slice(a, i + 1).map((x) => x.text).join(' '), verb };
}

/** All reporting cues of one sentence, left to right. */
export function findCues(text: string, T: readonly Token[], language: Language | null): RawCue[] {
  const out: RawCue[] = [];
  const pour = language === 'en' ? null : pourCue(text, T);
  if (pour) out.push(pour);
  for (let i = 0; i < T.length; i++) {
    const inf = language === 'en' || T[i].kind !== 'word' ? null : infinitiveCue(T, i);
    if (inf) { out.push(inf); continue; }
    const m = matchVerb(T, i, language);
    if (!m) continue;
    const c = buildCue(text, T, m, language);
    if (c) out.push(c);
    i = m.b - 1;
  }
  return out;
}
