/**
 * Appositions after a speaker noun phrase: a role followed by the person's name ("a déclaré le
 * porte-parole du ministère, Jean Dupont") and a name followed by its role ("…, Jean Dupont, le
 * chef de cabinet"). Bounded look-ahead only: a few tokens past the phrase.
 */
import { CLAUSE_VERB, isParticiple, NP_STOPS } from './lexicon';
import { afterRelative, classify, DETERMINERS, elided, type Subject } from './nounphrase';
import { isCapitalised, type Token } from './tokens';
import { isPersonNoun } from './persons';

/** Longest tail (tokens) skipped between a role phrase and the comma before its apposed name. */
const TAIL_BUDGET = 10;
/** Longest parenthetical (tokens) inside such a tail: "(Brafco)", "(FMI)", "(N-VA)". */
const PAREN_BUDGET = 6;

/**
 * Index of the comma that ends a role phrase cut short at `e`: past a parenthetical ("… international
 * (FMI), Gita Gopinath") and a short lower-case complement ("des négociants en carburants (Brafco),
 * …"). Returns `e` itself when it is a comma, -1 when no such comma is near.
 */
export function roleTailComma(T: readonly Token[], e: number, limit: number): number {
  let k = e;
  let lower = 0;
  while (k < limit && k - e <= TAIL_BUDGET) {
    const t = T[k];
    if (t.text === ',') return k;
    if (t.text === '(') {
      let close = k + 1;
      while (close < limit && close - k <= PAREN_BUDGET && T[close].text !== ')' && T[close].kind !== 'quote') close++;
      if (close >= limit || T[close].text !== ')') return -1;
      k = close + 1;
      continue;
    }
    if (t.kind !== 'word' || isCapitalised(t.text) || CLAUSE_VERB.test(t.lower) || isParticiple(t) || ++lower > 3) return -1;
    if (NP_STOPS.has(t.lower) && t.lower !== 'en') return -1;
    k++;
  }
  return -1;
}

/** Handles "…, Vedant Patel" after a role and "…, le chef de cabinet …" after a name. */
export function withApposition(text: string, T: readonly Token[], main: Subject, e: number, limit: number, npEnd: (T: readonly Token[], k: number, limit: number) => number): Subject {
  if (main.kind !== 'name' && (T[e]?.lower === 'qui' || T[e]?.lower === 'who')) e = afterRelative(T, e, limit); // "un témoin direct qui a filmé la scène, Cyprien Royer"
  const role = main.kind !== 'name' && main.kind !== 'pronoun';
  const c = T[e]?.text === ',' ? e : role ? roleTailComma(T, e, limit) : -1;
  if (c < 0 || c + 1 >= limit) return main;
  const k = c + 1;
  const next = T[k];
  const e2 = npEnd(T, k, limit);
  if (e2 <= k) return main;
  const app = classify(text, T, k, e2);
  if (!app) return main;
  const after = T[e2];
  if (after && after.kind === 'word' && CLAUSE_VERB.test(after.lower)) return main;
  if (c > e) { // a tail before the comma: only a full name apposed to the role takes over
    return app.kind === 'name' && /\s/u.test(app.text) && !app.role ? { ...app, role: text.slice(main.start, T[c - 1].end), start: main.start } : main;
  }
  const loneWord = main.kind === 'name' && main.role !== null && !/\s/u.test(main.text); // "le porte-parole de la compagnie Total, Pascal de Crem"
  if ((role || loneWord) && app.kind === 'name' && (!loneWord || (/\s/u.test(app.text) && !app.role))) {
    return { ...app, role: loneWord ? text.slice(main.start, main.end) : main.text, start: main.start };
  }
  const roleLike = next.kind === 'word' && !isCapitalised(next.text) && !/^\d/.test(next.text) && !isParticiple(next) && !NP_STOPS.has(next.lower);
  if (main.kind === 'name' && !main.role && (roleLike || DETERMINERS.has(next.lower) || elided(next)) && app.kind !== 'pronoun') {
    return { ...main, role: app.kind === 'name' && app.role ? `${app.role} ${app.text}` : app.text };
  }
  return main;
}

/** Longest fronted role phrase (tokens) before the name it describes ("Policier à Liège, …"). */
const FRONTED_BUDGET = 6;

/**
 * "Policier à Liège, Manu Vervier, … déplore": the sentence opens with a role or person noun and
 * its complement, set off by the comma right before the name at k. Such a name heads its clause.
 */
export function afterFrontedRole(T: readonly Token[], k: number): boolean {
  if (k < 2 || k > FRONTED_BUDGET + 1 || T[k - 1].text !== ',') return false;
  const first = T[0];
  if (first.kind !== 'word' || !isPersonNoun(first.lower, first.lower)) return false;
  for (let j = 1; j < k - 1; j++) if (T[j].kind !== 'word') return false;
  return true;
}
