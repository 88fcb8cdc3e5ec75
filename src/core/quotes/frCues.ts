/**
 * French reporting constructions whose subject is not next to the verb, so `findCues` leaves them
 * without one: a verb coordinated to the sentence's subject ("Les manifestants ont entonné la
 * Marseillaise et scandaient « … »", "Le ministre a reçu les syndicats et a ajouté que « … »") and a
 * relative clause after a noun phrase that a verb or preposition introduces ("… confirmé par
 * l'entreprise Nordlys, qui affirme que « … »"). Each yields a RawCue like those of `findCues`.
 */
import type { RawCue } from './cues';
import { FR_AUX, FR_VERBS } from './lexicon';
import { classify, type Subject } from './nounphrase';
import { leadingSubject } from './speaker';
import type { Token } from './tokens';
import { commeCue, ownerOfWords } from './frAsCue';

/** Longest noun phrase (tokens) read back from ", qui". */
const NP_BUDGET = 8;

/** Words that open the phrase holding the relative's antecedent: it starts right after them. */
const NP_OPENERS = new Set(['par', 'pour', 'avec', 'à', 'au', 'aux', 'chez', 'selon', 'contre', 'que', 'qu’', 'et', 'mais', 'dont']);

/** Auxiliaries that may stand between the joiner and the participle ("et a ajouté", "qui avait déclaré"). */
const COMPOUND_AUX = new Set(['a', 'ont', 'avait', 'avaient', 'aura']);

/** True when token k introduces what is said: "que", "qu’", a colon or a quote. */
function introducesSpeech(T: readonly Token[], k: number): boolean {
  const t = T[k];
  return !!t && (t.kind === 'quote' || t.text === ':' || t.lower === 'que' || t.lower === 'qu’' || /^qu’(?:il|elle|ils|elles|on)$/u.test(t.lower));
}

/** End (exclusive) of a reporting verb at i, simple ("scandaient") or compound ("a ajouté"); -1 when none. */
function verbEnd(T: readonly Token[], i: number): number {
  const t = T[i];
  if (!t || t.kind !== 'word') return -1;
  if (COMPOUND_AUX.has(t.lower) && FR_AUX.has(t.lower)) return T[i + 1]?.kind === 'word' && FR_VERBS.has(T[i + 1].lower) ? i + 2 : -1;
  return FR_VERBS.has(t.lower) ? i + 1 : -1;
}

function cue(text: string, T: readonly Token[], a: number, b: number, subject: Subject, subjectToken: number): RawCue {
  return { kind: 'verb', a, b, inverted: false, subject, subjectToken, cue: text.slice(T[a].start, T[b - 1].end), verb: T[b - 1].lower };
}

/** "… et scandaient « … »": the reporting verb after "et" takes the sentence's leading subject. */
function coordinated(text: string, T: readonly Token[], i: number): RawCue | null {
  if (T[i - 1]?.lower !== 'et') return null;
  const b = verbEnd(T, i);
  if (b < 0 || !introducesSpeech(T, b)) return null;
  const lead = leadingSubject(text, T);
  if (!lead || lead.start >= T[i - 1].start || lead.kind === 'same-source' || lead.kind === 'demonstrative') return null;
  let s = 0;
  while (s < i && T[s].start < lead.start) s++;
  let e = s;
  while (e < i && T[e].end <= lead.end) e++;
  if (T[e]?.kind === 'quote') return null; // "Un « gilet jaune » assume …": the phrase runs on past what was read
  return cue(text, T, i, b, lead, s);
}

/** "…, qui affirme que « … »": the noun phrase right before the comma, back to a preposition or clause word. */
function relative(text: string, T: readonly Token[], i: number): RawCue | null {
  if (T[i - 1]?.lower !== 'qui' || T[i - 2]?.text !== ',') return null;
  const b = verbEnd(T, i);
  if (b < 0 || !introducesSpeech(T, b)) return null;
  const to = i - 2;
  let from = to;
  while (from > 0 && to - from < NP_BUDGET) {
    const t = T[from - 1];
    if (t.kind !== 'word' || NP_OPENERS.has(t.lower) || FR_AUX.has(t.lower) || FR_VERBS.has(t.lower) || /(?:é|ée|és|ées)$/u.test(t.lower) && from - 1 > 0 && FR_AUX.has(T[from - 2].lower)) break;
    from--;
  }
  if (from === to || to - from >= NP_BUDGET) return null;
  if (to - from === 1 && (from === 0 || T[from - 1].kind === 'punct')) return null; // "Enfin, qui dit « … »": an adverb, no antecedent
  const s = classify(text, T, from, to);
  if (!s || (s.kind !== 'name' && s.kind !== 'description' && s.kind !== 'body')) return null;
  return cue(text, T, i, b, s, from);
}

/** The cues of French sentence T: `known` (from `findCues`) plus those it misses (see the module comment), in reading order. */
export function withFrenchCues(text: string, T: readonly Token[], known: RawCue[]): RawCue[] {
  let out: RawCue[] | null = null;
  for (let k = 0; k < known.length; k++) if (known[k].kind === 'selon') known[k] = ownerOfWords(text, T, known[k]); // "selon les termes de X"
  for (let i = 0; i < T.length; i++) {
    const comme = T[i].kind === 'word' && T[i].lower === 'comme' ? commeCue(text, T, i) : null; // "Comme l'explique X, « … »"
    if (comme && !known.some((c) => c.a < comme.b && comme.a < c.b)) (out ??= []).push(comme);
  }
  for (let i = 2; i < T.length; i++) {
    if (T[i].kind !== 'word' || (T[i - 1].lower !== 'et' && T[i - 1].lower !== 'qui')) continue;
    const earlier = known.some((c) => c.subject && c.b < i); // "X dit rejeter … et demande « … »": X's cue already reaches the quote
    const found = (earlier ? null : coordinated(text, T, i)) ?? relative(text, T, i);
    if (!found) continue;
    const clash = known.findIndex((c) => c.a < found.b && found.a < c.b);
    if (clash >= 0 && known[clash].subject) continue;
    if (clash >= 0) known = known.filter((_, k) => k !== clash); // the verb was found without its subject
    (out ??= []).push(found);
  }
  return out ? [...known, ...out].sort((x, y) => x.a - y.a) : known;
}
