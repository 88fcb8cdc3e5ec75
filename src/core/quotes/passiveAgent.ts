/**
 * "… d'autres avaient été lancés par plusieurs manifestants : « … », « … »", "… were chanted by
 * protesters: “…”": a passive participle, its agent ("par X", "by X"), then a colon. The agent is
 * the speaker of the quote after the colon (the quotes chained to it follow through `chain.ts`).
 */
import type { SpeakerHistory, Speaker } from './resolve';
import { subjectAfter, type Subject } from './speaker';
import { isPersonNoun } from './persons';
import type { Token } from './tokens';

/** Most tokens between the agent preposition and the colon. */
const AGENT_WINDOW = 8;

/** Regular past participles: French -é/-ée/-és/-ées, English -ed. */
const PARTICIPLE = /^\p{L}{2,24}(?:é|ée|és|ées|ed)$/u;

/** Irregular participles met before an agent ("dits par", "écrits par", "written by"). */
const IRREGULAR = new Set(['dit', 'dits', 'dite', 'dites', 'écrit', 'écrits', 'écrite', 'écrites', 'repris', 'reprise', 'reprises', 'émis', 'émise', 'émises', 'written', 'sung', 'spoken', 'made', 'given', 'shouted']);

/** True when token t reads as a past participle. */
function participle(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (PARTICIPLE.test(t.lower) || IRREGULAR.has(t.lower));
}

/** True when the agent is a person: a name, or a phrase holding a person noun ("par un camion" is not). */
function someone(s: Subject): boolean {
  if (s.kind === 'name') return true;
  return s.kind !== 'pronoun' && s.words.some((w) => isPersonNoun(w, w) || (w.endsWith('s') && isPersonNoun(w.slice(0, -1), w.slice(0, -1)))); // "manifestants"
}

/**
 * The speaker named as the passive agent of the clause closed by the colon before the quote token q;
 * null unless T[q-1] is ':' and "participle par|by X" stands within AGENT_WINDOW tokens before it.
 */
export function passiveAgent(text: string, T: readonly Token[], q: number, history: SpeakerHistory): Speaker | null {
  const colon = q - 1;
  if (colon < 2 || T[colon].text !== ':') return null;
  for (let k = colon - 1; k >= 1 && colon - k <= AGENT_WINDOW; k--) {
    const t = T[k];
    if (t.kind !== 'word') return null;
    if (t.lower !== 'par' && t.lower !== 'by') continue;
    if (!participle(T[k - 1]) || k + 1 >= colon) return null;
    const agent = subjectAfter(text, T, k + 1, colon);
    return agent && someone(agent) ? history.resolve(agent, T[q].start, ':') : null;
  }
  return null;
}
