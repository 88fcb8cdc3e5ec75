/**
 * Subjects of scraped English pages that lost a person's name: the role phrase left in its place
 * ("…, said , deputy director of …", "…”, the interior minister, played down …") is all the text
 * says of the speaker, so it stands as written and is never resolved to someone named before.
 */
import { isRoleWord } from './roles';
import { slice, type Subject } from './nounphrase';
import { isCapitalised, type Token } from './tokens';

/**
 * "…,” said , deputy director of the Europe division at Human Rights Watch.": a scraped page lost the
 * name before the comma; the role phrase after it is all the text says of the speaker.
 */
export function scrapedNameRole(text: string, T: readonly Token[], c: number, limit: number, npEnd: (T: readonly Token[], k: number, limit: number) => number): Subject | null {
  const prev = T[c - 1];
  if (!prev || prev.kind !== 'word' || !/\s/u.test(text.slice(prev.end, T[c].start))) return null; // "said , deputy": a gap where the name was
  let h = c + 1;
  while (h < limit && h - c <= 3 && T[h].kind === 'word' && !isCapitalised(T[h].text) && !isRoleWord(T[h].lower)) h++;
  if (h >= limit || T[h].kind !== 'word' || !isRoleWord(T[h].lower)) return null;
  const np = npEnd(T, c + 1, limit);
  if (np <= h) return null;
  const e = roleComplements(T, np, limit);
  const words = T.slice(c + 1, e).filter((t) => t.kind === 'word').map((t) => t.lower);
  return { kind: 'body', text: slice(text, T, c + 1, e), role: null, gender: null, words, start: T[c + 1].start, end: T[e - 1].end };
}

/** Prepositions whose capitalised object places or attaches a role ("a lawyer in Tangiers", "an analyst at Chatham House"). */
const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'for', 'with']);
/** Longest capitalised object, and longest relative clause (tokens), taken into a role phrase. */
const PLACE_MAX = 4;
const RELATIVE_MAX = 10;

/**
 * End of a role phrase standing for a lost name, past its complements: a preposition with a capitalised
 * object ("in Tangiers") and a "who" relative clause up to the next comma or stop ("who represents
 * migrants"). The whole noun phrase is all the text says of the speaker, so all of it is kept.
 */
function roleComplements(T: readonly Token[], e: number, limit: number): number {
  if (e + 1 < limit && ROLE_PREPOSITIONS.has(T[e].lower) && T[e + 1].kind === 'word' && isCapitalised(T[e + 1].text)) {
    let k = e + 1;
    while (k < limit && k - e <= PLACE_MAX && T[k].kind === 'word' && isCapitalised(T[k].text)) k++;
    e = k;
  }
  if (e + 1 >= limit || T[e].lower !== 'who') return e;
  let k = e + 1;
  while (k < limit && k - e <= RELATIVE_MAX && T[k].kind === 'word') k++;
  return k < limit && T[k].kind === 'word' ? e : k; // a clause longer than the bound is left out whole
}

/**
 * "…”, the interior minister, played down …", "followers., Denmark’s foreign minister, said": a role
 * between commas with nothing before the first one (a scraped page dropped the name). The role as
 * written is the speaker, marked so that it is not resolved to another person.
 */
export function scrapedSubject(text: string, T: readonly Token[], best: Subject | null, loneFrom: number, a: number): Subject | null {
  if (best && best.kind === 'description') return { ...best, scraped: true };
  if (best || loneFrom < 0) return best;
  let e = a;
  while (e > loneFrom && T[e - 1].text === ',') e--;
  const words = T.slice(loneFrom, e).filter((t) => t.kind === 'word').map((t) => t.lower);
  if (!words.some((w) => isRoleWord(w))) return null;
  return { kind: 'description', text: slice(text, T, loneFrom, e), role: null, gender: null, words, start: T[loneFrom].start, end: T[e - 1].end, scraped: true };
}

/**
 * "The joint president of the association, , said": a description, then two commas around the gap a
 * scraped page left where the apposed name was. The description is the speaker as written. `a` is the verb.
 */
export function scrapedGapSubject(T: readonly Token[], a: number, floor: number, segment: (to: number) => Subject | null): Subject | null {
  if (a - 3 < floor || T[a - 1].text !== ',' || T[a - 2].text !== ',' || T[a - 2].end === T[a - 1].start) return null;
  const s = segment(a - 2);
  return s && s.kind === 'description' ? { ...s, scraped: true } : null;
}

/** A bare age between commas ("54"). */
export function isAge(t: Token): boolean {
  const n = t.text.length;
  return n >= 1 && n <= 3 && /^\d+$/u.test(t.text);
}
