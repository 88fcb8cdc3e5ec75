/**
 * Reporting verbs that report nothing: "If the referendum asks marginal questions – … – it will seem
 * like a betrayal of the “great debate”". A reporting verb inside a conditional clause ("if",
 * "unless", "whether") describes speech that may never happen, so it attributes no quote.
 */
import type { RawCue } from './cues';
import type { Token } from './tokens';

/** Conjunctions that open a clause of supposed, not reported, speech. */
const CONDITIONAL: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/** Tokens read back from the verb for the start of its subject. */
const SUBJECT_BUDGET = 12;

/** True when the preverbal subject of cue c directly follows a conditional conjunction. */
function hypothetical(T: readonly Token[], c: RawCue): boolean {
  if (c.inverted || c.kind !== 'verb' || !c.subject || c.subjectToken < 0 || c.subjectToken >= c.a) return false;
  let k = c.subjectToken;
  for (let n = 0; n < SUBJECT_BUDGET && k > 0 && T[k - 1].start >= c.subject.start; n++) k--;
  const before = T[k - 1];
  return before !== undefined && before.kind === 'word' && CONDITIONAL.has(before.lower);
}

/** `cues` without those whose verb sits in a conditional clause (see the module comment). */
export function withoutHypotheticals(T: readonly Token[], cues: RawCue[]): RawCue[] {
  return cues.some((c) => hypothetical(T, c)) ? cues.filter((c) => !hypothetical(T, c)) : cues;
}
