/**
 * French reporting often presents a person in a sentence of its own and quotes them in the next one
 * without any verb of saying: "Maxime Nicolle remet en cause la version officielle. « Nice, c'est … »",
 * "Il minimise les faits. « N'importe qui peut … »". The subject of such a quote-less, cue-less
 * sentence is who a cue-less quote opening the very next sentence continues.
 */
import type { Speaker, SpeakerHistory } from './resolve';
import { leadingSubject, type Subject } from './speaker';
import type { Token } from './tokens';

/** Most words of a leading adverbial set off by a comma ("Là encore, …", "Samedi soir, …"). */
const ADVERBIAL = 4;

/** The leading subject after a short opening adverbial and its comma ("Là encore, Maxime Nicolle remet …"). */
function afterLeadingAdverbial(text: string, T: readonly Token[]): Subject | null {
  for (let k = 1; k <= ADVERBIAL && k < T.length; k++) {
    if (T[k].kind !== 'word') return T[k].text === ',' ? leadingSubject(text, T.slice(k + 1), 1) : null;
  }
  return null;
}

/** Forms of être right after the subject. */
const BE = new Set(['est', 'était', 'sont', 'étaient', 'sera', 'seront', 'fut']);

/** Personal pronouns that may head a presenting sentence. */
const HE_SHE = new Set(['il', 'elle']);

/**
 * The person heading sentence T when it is a clause about someone (a full name, a known surname, or
 * il/elle resolving to a person) with a verb right after the subject; null otherwise. Not recorded as a speaker.
 */
export function presentedSubject(text: string, T: readonly Token[], history: SpeakerHistory): Speaker | null {
  const lead = leadingSubject(text, T) ?? afterLeadingAdverbial(text, T);
  if (!lead) return null;
  const named = lead.kind === 'name' && (/\s/u.test(lead.text) || history.isKnownSurname(lead.text));
  const pronoun = lead.kind === 'pronoun' && HE_SHE.has(lead.text.toLowerCase());
  if (!named && !pronoun) return null;
  const next = T.find((t) => t.start >= lead.end);
  if (!next || next.kind !== 'word' || /^\p{Lu}/u.test(next.text)) return null; // "Emmanuel Macron." or a list of names: no clause
  if (BE.has(next.lower)) return null; // "Puis Paul Martin est arrivé": a state or a move, not a stance the quote goes on with
  return history.peek(lead, lead.start);
}


/** Connectives that may open a sentence continuing the last speaker's words ("Puis, « … »"). */
const CONNECTIVES: ReadonlySet<string> = new Set(['puis', 'ensuite', 'enfin', 'et', 'mais', 'bref', 'surtout', 'pourtant', 'cependant', 'toutefois', 'néanmoins', 'alors', 'or']);

/**
 * "Puis, « je lui donne deux autres coups »": tokens before the quote when the sentence opens with a
 * lone connective (and its comma) right before a quote that ends its clause; 0 otherwise. Such a sentence continues the
 * last speaker as a sentence opening with the quote would.
 */
export function connectiveLead(T: readonly Token[]): number {
  const t = T[0];
  if (!t || t.kind !== 'word' || !CONNECTIVES.has(t.lower)) return 0;
  const k = T[1]?.text === ',' ? 2 : 1;
  return T[k]?.kind === 'quote' && T[k + 1]?.kind !== 'word' ? k : 0; // not "Et « les dossiers à charge » s’accumulent": a quoted subject
}
