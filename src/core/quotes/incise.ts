/**
 * Incises inside a quote: « C’est choquant, déplore Thierry Belin, secrétaire du syndicat. On a
 * fait … » or “It is shocking, said the mayor. We did …”. The writer put the reporting clause
 * inside the marks; the quote has no cue outside. Reads only the first characters of the quote.
 */
import type { Language } from '../types';
import { findCues, type RawCue } from './cues';
import { tokenize, type Token } from './tokens';
import { writtenPersonNoun } from './persons';

/** Characters of the quote read for an incise (the cue comes after the first clause). */
const WINDOW = 300;
/** The incise must start within this many tokens of the quote's start. */
const MAX_LEAD = 40;

/** A cue found inside the quote at T_q: an inverted reporting verb right after a comma, its subject named. */
export interface Incise {
  raw: RawCue;
  /** Offset of the verb in the text. */
  start: number;
}

/** True when the inverted cue ends its clause: a full stop, a comma or the quote's end follows its subject. */
function closesClause(T: readonly Token[], c: RawCue): boolean {
  const s = c.subject;
  if (!s) return false;
  let k = c.b;
  while (k < T.length && T[k].start < s.end) k++;
  const next = T[k];
  return !next || next.text === '.' || next.text === ',' || next.text === ';';
}

/** Commas tried per quote, and tokens read after each. */
const MAX_COMMAS = 4;
const INCISE_TOKENS = 24;

/**
 * The first incise of the quote token `quote` — ", déplore X", ", explique-t-il", ", said X" — or
 * null. The verb must follow a comma, its subject be named after it (inverted) and close its clause,
 * so a verb that belongs to the quoted words ("je le déplore, mais …") is not taken. The words
 * before the comma stand as a quote token, as if the writer had closed the marks there.
 */
export function inciseIn(text: string, quote: Token, language: Language | null): Incise | null {
  const from = quote.start + 1;
  const to = Math.min(quote.end - 1, from + WINDOW);
  if (to - from < 8) return null;
  const T = tokenize(text, from, to, []);
  let commas = 0;
  for (let p = 1; p < T.length && p <= MAX_LEAD && commas < MAX_COMMAS; p++) {
    if (T[p].text !== ',') continue;
    commas++;
    const said: Token = { text: '', lower: '', start: from, end: T[p].start, kind: 'quote' };
    const W = [said, ...T.slice(p, p + INCISE_TOKENS)];
    const c = findCues(text, W, language).find((x) => x.a === 2);
    if (!c || c.kind !== 'verb' || !c.inverted || !c.subject) continue;
    if (c.subject.kind === 'body' && !/^\p{Lu}/u.test(c.subject.text) && !writtenPersonNoun(c.subject.text)) continue; // "…, dit la chanson" is no speaker; "…, témoigne une commerçante" is one
    if (!closesClause(W, c)) continue;
    return { raw: c, start: W[2].start };
  }
  return null;
}
