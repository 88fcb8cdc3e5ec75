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

