/**
 * Attribution without a reporting cue next to the quote: a clause whose subject introduces the
 * quote with a colon ("X a réagi en soutenant les policiers : « … »"), a quote that holds the verb
 * ("Il a également « souligné que … »"), and quotes that continue the previous speaker
 * ("“…,” he said. “Second sentence.”") when nobody else has been named in between.
 */
import type { SpeakerHistory, Speaker } from './resolve';
import { EN_VERBS, FR_ADVERBS, FR_AUX, FR_PREPOSITIONS, FR_VERBS } from './lexicon';
import { classify, leadingSubject, subjectBefore, trailingName, type Subject } from './speaker';
import { isBlankChar, trimWith, type Token } from './tokens';
import { countWords } from './chars';

/** Longest clause (tokens) read before a colon. */
const COLON_WINDOW = 25;
/** Tokens a leading prepositional phrase may take before the clause subject ("Sur Twitter, …"). */
const LEAD_PHRASE = 8;
const EN_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'from', 'with', 'speaking']);
const COPULAS = new Set(['est', 'était', 'sont', 'étaient', 'sera', 'fut', 'is', 'was', 'were', 'are']);
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'he', 'she', 'ils', 'elles', 'they']);

/** Index where the clause subject may start: past a leading prepositional phrase ("Dans sa vidéo explicative il …"). */
function clauseStart(T: readonly Token[], end: number): number {
  const first = T[0];
  if (!first || first.kind !== 'word' || !(FR_PREPOSITIONS.has(first.lower) || EN_PREPOSITIONS.has(first.lower))) return 0;
  for (let k = 1; k < Math.min(end, LEAD_PHRASE); k++) {
    if (T[k].text === ',') return k + 1;
    if (T[k].kind === 'word' && SUBJECT_PRONOUNS.has(T[k].lower)) return k;
  }
  return -1;
}

/** "Emmanuelle Praet brise le silence : « … »": the subject of the clause before the colon speaks. */
export function colonSpeaker(text: string, T: readonly Token[], q: number, history: SpeakerHistory): Speaker | null {
  const colon = q - 1;
  if (q < 2 || colon > COLON_WINDOW) return null;
  const from = clauseStart(T, colon);
  if (from < 0) return null;
  const clause = T.slice(from, colon);
  if (clause.some((t) => t.kind === 'quote')) return null; // "La réponse « … » d’un intervenant …" is no clause subject
  const whole = classify(text, clause, 0, clause.length);
  if (whole && bareName(whole, clause)) return history.resolve(whole, T[q].start, ':'); // "Jan De Smet : « … »"
  const lead = leadingSubject(text, clause);
  if (!lead || (lead.kind === 'body' && lead.words.length > 6) || (lead.kind === 'name' && !/\s/u.test(lead.text) && !history.isKnownSurname(lead.text))) return null; // "Michel, a liberal ally of Macron, …, but added:"
  const verb = clause.find((t) => t.kind === 'word' && t.start >= lead.end);
  if (!verb) return bareName(lead, clause) ? history.resolve(lead, T[q].start, ':') : null; // a bare noun phrase is a heading
  if (lead.kind === 'pronoun' && COPULAS.has(verb.lower)) return null; // "Elle était accompagnée d’un message : « … »"
  return history.resolve(lead, T[q].start, ':');
}

/** Longest name (tokens) read before a headline colon. */
const HEADLINE_NAME = 4;

/**
 * "Rutten : « Fred ? … »", "Di Maio: le déficit va poser problème « si … »": a headline opening with a
 * name and a colon gives the quote later in it to that person. A surname alone counts only when the
 * document names the person in full further down ("Renaud Rutten"), so "Bruxelles : « … »" does not.
 */
export function headlineSpeaker(text: string, T: readonly Token[], q: number, history: SpeakerHistory): Speaker | null {
  let c = 0;
  while (c < T.length && c <= HEADLINE_NAME && T[c].text !== ':') c++;
  if (c === 0 || c > HEADLINE_NAME || c >= q || T[c]?.text !== ':') return null;
  for (let k = 0; k < c; k++) if (T[k].kind !== 'word' || !/^\p{Lu}/u.test(T[k].text)) return null;
  const name = text.slice(T[0].start, T[c - 1].end);
  const head = classify(text, T, 0, c);
  if (head?.kind === 'name' && head.role === null && /\s/u.test(head.text) && !/^(?:de|di|da|van|von|le|la|du)\s/iu.test(head.text)) return history.resolve(head, T[q].start, ':');
  const full = history.laterFullName(name);
  return full ? history.resolve({ kind: 'name', text: full, role: null, gender: null, words: [], start: T[0].start, end: T[c - 1].end }, T[q].start, ':') : null;
}

/** "Etienne Davignon : « … »" (a headline): the clause before the colon is exactly a full personal name. */
function bareName(lead: { kind: string; text: string; role: string | null; start: number; end: number }, clause: readonly Token[]): boolean {
  if (lead.kind !== 'name' || lead.role !== null || !/\s/u.test(lead.text) || clause.length === 0) return false;
  return clause[0].start === lead.start && clause[clause.length - 1].end === lead.end;
}

/** First word inside a quote token, lower-cased. */
function firstInnerWord(text: string, t: Token): string {
  const inner = trimWith(text.slice(t.start + 1, Math.min(t.end - 1, t.start + 40)), isBlankChar);
  let e = 0;
  while (e < inner.length && /[\p{L}’'-]/u.test(inner[e])) e++;
  return inner.slice(0, e).toLowerCase();
}

/** "Il a également « souligné que … »": the reporting participle opens the quote; the clause subject speaks. */
export function verbInQuote(text: string, T: readonly Token[], q: number, history: SpeakerHistory): { speaker: Speaker; cue: string } | null {
  let a = q - 1;
  for (let g = 0; g < 3 && a >= 0 && T[a].kind === 'word' && FR_ADVERBS.has(T[a].lower) && !FR_AUX.has(T[a].lower); g++) a--;
  const aux = T[a];
  if (aux && aux.kind === 'word' && a === q - 1 && !/^(?:a|ont|avait|avaient|has|have|had)$/u.test(aux.lower)) return presentInQuote(text, T, q, history);
  if (!aux || aux.kind !== 'word' || !/^(?:a|ont|avait|avaient|has|have|had)$/u.test(aux.lower)) return null;
  const verb = firstInnerWord(text, T[q]);
  if (!FR_VERBS.has(verb) && !EN_VERBS.has(verb)) return null;
  const subject = subjectBefore(text, T, a, 0);
  const speaker = subject ? history.resolve(subject, T[q].start, verb) : null;
  return speaker ? { speaker, cue: `${aux.text} ${verb}` } : null;
}

/** The last attributed speaker, and the paragraph it was seen in. */
interface Said {
  speaker: string;
  role: string | null;
  paragraph: number;
}

/**
 * Follows who spoke last so that a cue-less quote opening a sentence continues that speaker,
 * within the same or the next paragraph, as long as no other person is named in between.
 */
export class Continuation {
  private said: Said | null = null;

  /** The speaker a cue-less sentence opening with a quote continues, or null. */
  speakerFor(paragraph: number): Speaker | null {
    const s = this.said;
    if (!s || paragraph - s.paragraph > 1) return null;
    return { speaker: s.speaker, role: s.role };
  }

  /** Records the sentence's attributed speaker (a quote's or a cue's), if any. */
  attributed(speaker: Speaker, paragraph: number): void {
    this.said = { speaker: speaker.speaker, role: speaker.role, paragraph };
  }

  /** A person other than the last speaker was named: later quotes no longer continue it. */
  named(names: readonly string[]): void {
    const s = this.said;
    if (s && names.some((n) => !s.speaker.includes(n) && !n.includes(s.speaker))) this.said = null;
  }
}

/** True when a cue-less sentence opens with a statement-like quote (at least `minWords` words). */
export function opensWithQuote(text: string, T: readonly Token[], minWords: number): boolean {
  let k = 0;
  while (k < T.length && T[k].kind === 'punct') k++;
  const t = T[k];
  if (!t || t.kind !== 'quote') return false;
  return countWords(text.slice(t.start + 1, t.end - 1), minWords) >= minWords;
}

/**
 * "Le député LREM Matthieu Orphelin : « … », avait-il twitté": a he/she cue after a quote that a full
 * name and a colon introduce refers to that name (the colon may sit a few words before a quote whose
 * opening mark was lost). Null otherwise.
 */
export function colonNameFor(text: string, T: readonly Token[], pronoun: Subject): Subject | null {
  if (!/^(?:he|she|il|elle)$/u.test(pronoun.text.toLowerCase())) return null;
  let q = 0;
  while (q < T.length && T[q].kind !== 'quote') q++;
  if (q >= T.length || T[q].start >= pronoun.start) return null;
  let c = q - 1;
  while (c > 0 && q - c <= 8 && T[c].text !== ':') c--; // a stray quote mark may leave the quote's first words outside it
  if (c < 2 || T[c].text !== ':') return null;
  const at = trailingName(T, Math.max(0, c - 5), c);
  if (at < 0 || c - at < 2) return null;
  const s = classify(text, T, at, c);
  return s && s.kind === 'name' ? s : null;
}

/** True when the participle at a opens its sentence as a gerund ("En expliquant que …"). */
export function opensSentence(T: readonly Token[], a: number): boolean {
  return a === firstWordIndex(T) + 1 && T[a - 1].lower === 'en';
}

function firstWordIndex(T: readonly Token[]): number {
  let k = 0;
  while (k < T.length && T[k].kind !== 'word') k++;
  return k;
}

/** Present-tense reporting verbs that may open a quote whose subject stands before it ("le préfet « appelle … »"). */
const PRESENT_OPENERS = new Set(['appelle', 'appellent', 'estime', 'estiment', 'dénonce', 'dénoncent', 'réclame', 'réclament', 'demande', 'demandent', 'juge', 'jugent', 'regrette', 'regrettent', 'déplore', 'déplorent', 'salue', 'saluent', 'affirme', 'affirment', 'assure', 'assurent', 'exige', 'exigent']);

/**
 * French: "Dans un communiqué, le préfet des Ardennes « appelle à nouveau les manifestants au calme »":
 * the quote opens with a present reporting verb right after the clause subject, which speaks.
 */
function presentInQuote(text: string, T: readonly Token[], q: number, history: SpeakerHistory): { speaker: Speaker; cue: string } | null {
  const verb = firstInnerWord(text, T[q]);
  if (!PRESENT_OPENERS.has(verb)) return null;
  const subject = subjectBefore(text, T, q, 0);
  if (!subject || (subject.kind !== 'name' && subject.kind !== 'description' && subject.kind !== 'body')) return null;
  const speaker = history.resolve(subject, T[q].start, verb);
  return speaker ? { speaker, cue: verb } : null;
}
