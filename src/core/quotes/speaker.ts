/**
 * Reading the speaker noun phrase around a reporting verb: the subject after an inverted verb
 * ("a déclaré mardi le porte-parole …, Vedant Patel") or before it ("Mark Rutte a dit"), split
 * into a personal name and a role. Every loop is bounded by a small token budget.
 */
import { isCapitalised, type Token } from './tokens';
import {
  FR_PREPOSITIONS, FUNCTION_WORDS, LEADING_CONNECTORS, NP_STOPS, PERSON_ROLES, PRONOUNS, TIME_WORDS,
  FR_ADVERBS, EN_AUX, CLAUSE_VERB, isParticiple,
} from './lexicon';
import { classify, DEMONSTRATIVES, DETERMINERS, elided, isNameWord, type Subject } from './nounphrase';
import { isAge, scrapedGapSubject, scrapedSubject } from './scraped';
import { withApposition } from './apposition';
import { relativeClauseComma } from './relative';
import { nameIsComplement } from './phraseEdges';
import { NP_BUDGET, npEnd, opensNP, SKIP_BY_LAST } from './subjectAfter';

export { subjectAfter } from './subjectAfter';
export { classify, trailingName, type Subject, type SubjectKind } from './nounphrase';

/** Start of the clause segment ending at `to` (exclusive), stopping at commas and clause words. */
function segmentStart(T: readonly Token[], to: number, floor: number): number {
  let k = to;
  while (k > floor && to - k < NP_BUDGET) {
    const t = T[k - 1];
    if (t.kind === 'quote') break;
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-' && t.text !== '’' && t.text !== '(' && t.text !== ')') break;
    if (t.kind === 'punct' && t.text === '.' && !(k >= 2 && /^(?:m|mr|mrs|ms|dr|st|gen|sen|rep|gov|\p{Lu})$/iu.test(T[k - 2].text))) break;
    if ((t.lower === 'and' || t.lower === 'et') && k >= 2 && k < to && isCapitalised(T[k - 2].text) && isCapitalised(T[k].text) && T[k - 2].kind === 'word') { k--; continue; } // "Institute for International and Strategic Affairs"
    if (t.kind === 'word' && /^(?:que|qu’|that|et|and|but|mais|car|où|when|as|if|si|because|parce|which|whom|whose|dont|lequel|laquelle|where)$/.test(t.lower)) break;
    k--;
  }
  return k;
}

/** True when T[from, to) holds a finite verb before any relative pronoun: a clause, not a noun phrase. */
function hasFiniteVerb(T: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && !/^(?:who|qui)$/u.test(T[k].lower); k++) if (T[k].kind === 'word' && /^(?:is|was|were|are|will|would|can|could|should|must|est|sont|était|ont|avait|peut|doit|va|vont)$/u.test(T[k].lower)) return true;
  return false;
}

function skippableSegment(T: readonly Token[], from: number, to: number): boolean {
  const t = T[from];
  if (!t || t.kind !== 'word') return true;
  if (isParticiple(t) || /^(?:dont|qui|who|which|whose|where)$/.test(t.lower)) return true;
  if (FR_PREPOSITIONS.has(t.lower) || /^(?:in|on|at|after|before|during|with|from|for|by)$/.test(t.lower)) return true;
  return to - from <= 2 && TIME_WORDS.has(t.lower);
}

/**
 * False when the words before the verb cannot be its subject: a complement right after a quote
 * ("les “rats francophones” des années soixante, évoque"), or, before "qui", a clause or a phrase
 * glued to a quote ("… sont élus par une minorité de citoyens qui espèrent").
 */
function plausibleAntecedent(T: readonly Token[], to: number, floor: number, relative: boolean): boolean {
  let k = to;
  if (T[k - 1]?.text === ',') k--;
  const s = segmentStart(T, k, floor);
  const glued = s > floor && T[s - 1].kind === 'quote';
  const w = T[s]?.lower ?? '';
  if (glued && (w === 'de' || w === 'des' || w === 'du' || w.startsWith('d’'))) return false; // a complement, not "Dettinger" or "Delors"
  if (!relative) return true;
  if (glued) return false;
  for (let j = s; j < k; j++) if (T[j].kind === 'word' && CLAUSE_VERB.test(T[j].lower)) return false;
  return true;
}

/** A lower-case English adverb in -ly ("proudly"), as it may stand between a subject and its verb. */
function isLyAdverb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.lower.length > 4 && t.lower.endsWith('ly') && !isCapitalised(t.text);
}

/** The subject before a reporting verb starting at token a ("Le porte-parole du Kremlin, Dmitri Peskov, a …"). */
export function subjectBefore(text: string, T: readonly Token[], a: number, floor: number, depth = 0): Subject | null {
  let to = a;
  for (let g = 0; g < 3 && to > floor; g++) {
    const t = T[to - 1];
    const ph = to - 3 >= floor ? skipPhraseBack(T, to) : 0;
    if (g > 0 && t.kind === 'word' && t.lower === 'and' && to - 1 > floor && to - 2 > floor && isLyAdverb(T[to - 2]) && isLyAdverb(T[to])) { to -= 2; continue; } // English: "repeatedly and proudly called"
    if (ph > 0) { to -= ph; continue; }
    if (t.kind === 'word' && (t.lower === 'se' || t.lower === 'ne')) { to--; continue; } // "son équipe se demandaient"
    if (t.kind === 'word' && EN_ADVERBS.has(t.lower) && to - 1 > floor && T[to - 2].kind === 'word') { to--; continue; } // "he now believes"
    if (t.kind === 'word' && t.lower.length > 4 && t.lower.endsWith('ly') && !isCapitalised(t.text) && to - 1 > floor && T[to - 2].kind === 'word') { to--; continue; } // "he famously quipped"
    if (t.kind === 'word' && (EN_AUX.has(t.lower) || (FR_ADVERBS.has(t.lower) && !PRONOUNS.has(t.lower) && !isCapitalised(t.text) && !DETERMINERS.has(t.lower) && !afterDemonstrative(T, to - 1)))) { to--; continue; }
    break;
  }
  const gap = scrapedGapSubject(T, to, floor, (end) => classify(text, T, segmentStart(T, end, floor), end)); // "The French president, , denounced"
  if (gap) return gap;
  const rel = depth < 2 ? relativeClauseComma(T, to, floor) : -1;
  if (rel >= 0) {
    const head = subjectBefore(text, T, rel, floor, depth + 1); // "Castaner, who visited … the mayor Anne Hidalgo, wrote"
    if (head && (head.kind === 'name' || head.kind === 'description')) return head;
  }
  const pron = T[to - 1];
  if (to > floor && pron.kind === 'word' && /^(?:he|she|il|elle)$/u.test(pron.lower) && to - 1 > floor && T[to - 2].kind === 'word') {
    return classify(text, T, to - 1, to); // "It is all part of what he calls “…”"
  }
  const relative = to > floor && (T[to - 1].lower === 'qui' || T[to - 1].lower === 'who');
  if (relative) to--; // "Mark Rutte, qui a déclaré"
  if (!plausibleAntecedent(T, to, floor, relative)) return null;
  let best: Subject | null = null;
  let loneRole: string | null = null;
  let loneFrom = -1;
  const commaBeforeVerb = to > floor && T[to - 1].text === ',';
  for (let hop = 0; hop < 4 && to > floor; hop++) {
    const comma = T[to - 1].text === ',';
    if (comma) to--;
    const s = segmentStart(T, to, floor);
    let from = s;
    while (from < to && (LEADING_CONNECTORS.has(T[from].lower) || T[from].text === ',')) from++;
    if (from >= to) {
      if (comma && commaBeforeVerb && hop > 0) return scrapedSubject(text, T, best, loneRole === null ? -1 : loneFrom, a);
      break;
    }
    if (best && to - from === 1 && isAge(T[from]) && T[s - 1]?.text === ',') { to = s; continue; } // "Dominique, 54, a nurse from Normandy, said"
    if (best && best.kind !== 'name' && best.kind !== 'pronoun' && T[to]?.text === ',') {
      // "by Raymond Barre, the late prime minister, who said": the name before the apposed role
      const named = nameRunBefore(T, from, to);
      if (named >= 0) return { ...classify(text, T, named, to)!, role: best.text, end: best.end };
    }
    const skip = skippableSegment(T, from, to);
    if ((skip || !opensNP(T[from])) && !best && !loneRole && T[to]?.kind === 'word' && isNameWord(T[to - 1])) {
      const named = nameEndingSegment(text, T, from, to); // "In the wake of … President Emmanuel Macron announced", "political commentator Agnès Poirier told"
      if (named) return named;
    }
    if (skip) { to = s; continue; }
    if (hasFiniteVerb(T, from, to)) return best; // "that it was little reported in France, …, said"
    if (!opensNP(T[from])) {
      // "Le Pen, leader of the National Rally, said": a bare role between commas
      if (best || loneRole || s <= floor || T[s - 1].text !== ',' || T[from].kind !== 'word') return best;
      loneRole = text.slice(T[from].start, T[to - 1].end);
      loneFrom = from;
      to = s;
      continue;
    }
    if (loneRole) {
      const seg = classify(text, T, from, to);
      if (seg && (seg.kind === 'demonstrative' || seg.kind === 'pronoun') && T[from - 1]?.kind !== 'word') return seg; // "Ce dernier, filmé en caméra cachée, explique"
      return seg && seg.kind === 'name' ? { ...seg, role: seg.role ?? loneRole } : null;
    }
    const seg = classify(text, T, from, to);
    if (!seg) return best;
    if (!best && seg.kind !== 'name' && seg.kind !== 'pronoun') {
      const opening = openingName(text, T, floor, from);
      if (opening) return { ...opening, role: seg.text, end: seg.end };
    }
    if (!best) {
      best = seg;
      const prevComma = s > floor && T[s - 1].text === ',';
      if (!prevComma || (seg.role && !(seg.kind === 'name' && roleStart(T, from)))) return best;
      to = s;
      continue;
    }
    // "Maxime Nicolle, a member of the gilets jaunes from rural Brittany, told": the apposition ends in a place
    if (seg.kind === 'name' && best.kind === 'name' && best.role && /\s/u.test(seg.text)) return { ...seg, role: text.slice(best.start, best.end), end: best.end };
    // best is the segment nearest the verb; seg is the apposition before it
    if (best.kind === 'name' && seg.kind !== 'name' && seg.kind !== 'pronoun' && roleStart(T, from)) return { ...best, role: seg.text, start: seg.start };
    if (seg.kind === 'name' && best.kind !== 'name' && best.kind !== 'pronoun') return { ...seg, role: best.text, end: best.end };
    return best;
  }
  return best;
}

/** "Ce dernier", "cette dernière": the word at k heads a demonstrative phrase, it is no adverb. */
function afterDemonstrative(T: readonly Token[], k: number): boolean {
  return k > 0 && DEMONSTRATIVES.has(T[k - 1].lower);
}

/**
 * "Daniel Cohn-Bendit, the May ’68 revolutionary, former MEP and a friend of Macron, told …": a full
 * name opening the sentence, set off by a comma, with only appositions (no quote) up to `before`.
 */
function openingName(text: string, T: readonly Token[], floor: number, before: number): Subject | null {
  let k = floor;
  while (k < before && (T[k].kind === 'punct' || LEADING_CONNECTORS.has(T[k].lower))) k++;
  let e = k;
  while (e < before && e - k < 4 && isNameWord(T[e])) e++;
  if (e - k < 2 || T[e]?.text !== ',') return null;
  for (let j = e; j < before; j++) if (T[j].kind === 'quote') return null;
  return classify(text, T, k, e);
}

/** English adverbs between a subject and its verb ("he now believes", "she also told"). */
const EN_ADVERBS = new Set(['now', 'also', 'still', 'later', 'then', 'once', 'again', 'further', 'never', 'always', 'even', 'just', 'previously', 'recently', 'earlier', 'nevertheless', 'nonetheless', 'however', 'instead', 'meanwhile', 'already', 'too']);

/** Lower-case particles that open a surname ("de Gaulle", "van Rompuy"). */
const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'di', 'da', 'del', 'della', 'der', 'den', 'ter']);

/**
 * The personal name ending a segment right before its verb: two to four name words ("Agnès Poirier"),
 * or a particle and a name ("de Gaulle"); the words before it are its role. Null when none.
 */
function nameEndingSegment(text: string, T: readonly Token[], from: number, to: number): Subject | null {
  if (nameIsComplement(T, from, to)) return null; // "an adviser to Macron stressed"
  let k = nameRunBefore(T, from, to);
  if (k < 0 && to - 2 >= from && isNameWord(T[to - 1]) && SURNAME_PARTICLES.has(T[to - 2].text)) k = to - 2;
  if (k < 0) return null;
  const name = classify(text, T, k, to) ?? null;
  if (!name) return null;
  if (name.kind !== 'name' && !SURNAME_PARTICLES.has(T[k].text)) return null;
  const role = k > from && !FR_PREPOSITIONS.has(T[from].lower) && !/^(?:in|on|at|after|before|during|with|from|for|by)$/u.test(T[from].lower) ? text.slice(T[from].start, T[k - 1].end) : null;
  return { ...name, kind: 'name', text: text.slice(T[k].start, T[to - 1].end), role: name.kind === 'name' ? name.role ?? role : role };
}

/** Start of a run of two to four name words ending at `to`, or -1. */
function nameRunBefore(T: readonly Token[], from: number, to: number): number {
  let k = to;
  while (k > from && to - k < 4 && isNameWord(T[k - 1])) k--;
  return to - k >= 2 ? k : -1;
}

/** True when T[k] can open a role phrase: a determiner followed by a common word, or a role noun. */
function roleStart(T: readonly Token[], k: number): boolean {
  const t = T[k];
  if (!t || t.kind !== 'word') return false;
  const next = T[k + 1];
  if ((t.lower === 'a' || t.lower === 'an') && (!next || isCapitalised(next.text))) return false;
  return DETERMINERS.has(t.lower) || elided(t) || PERSON_ROLES.has(t.lower);
}

function skipPhraseBack(T: readonly Token[], to: number): number {
  const t = T[to - 1];
  const list = t ? SKIP_BY_LAST.get(t.lower) : undefined;
  if (!list) return 0;
  for (const p of list) {
    const n = p.length;
    if (to - n >= 0 && p.every((w, i) => T[to - n + i].lower === w)) return n;
  }
  return 0;
}

/** English prepositions opening a sentence-initial adverbial ("On Friday, …", "After the meeting, …"). */
const EN_LEAD_PREPOSITIONS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'earlier', 'later', 'last', 'speaking']);

/** Capitalised words that open sentences without naming anyone. */
const NON_SUBJECT_STARTERS = new Set([
  'it', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'such', 'many', 'most', 'all', 'some', 'both',
  'each', 'ce', 'cela', 'ça', 'c’est', 'tout', 'tous', 'selon', 'according', 'avant', 'après', 'puis', 'photo',
  'photograph', 'video', 'vidéo', 'source', 'lire', 'read',
]);

/** True for a sentence-initial word that cannot be a one-word name: an adverb, a gerund, a preposition. */
function notALoneName(t: Token, next: Token | undefined): boolean {
  if (NON_SUBJECT_STARTERS.has(t.lower) || FR_PREPOSITIONS.has(t.lower) || NP_STOPS.has(t.lower)) return true;
  if (/(?:ly|ing|ment)$/u.test(t.lower)) return true;
  if (next && (next.text === '–' || next.text === '—')) return false; // "Goddard – who declined to comment – defended …"
  return !next || next.kind !== 'word' || isCapitalised(next.text) || /^\d/u.test(next.text);
}

/**
 * The sentence's leading subject: a pronoun, a determiner phrase (with its apposition), or a run of
 * capitalised words ("Finkielkraut reacted …"). A leading gerund clause ("Declaring “…”, he …") is
 * skipped to the main clause after its comma.
 */
export function leadingSubject(text: string, T: readonly Token[], depth = 0): Subject | null {
  let k = 0;
  while (k < T.length && (LEADING_CONNECTORS.has(T[k].lower) || T[k].kind === 'punct')) k++;
  const t = T[k];
  if (!t || t.kind !== 'word') return null;
  const enLead = (EN_LEAD_PREPOSITIONS.has(t.lower) && !!T[k + 1] && (isCapitalised(T[k + 1].text) || /^(?:the|a|an|this|that|\d.*)$/u.test(T[k + 1].lower)))
    || (t.lower === 'as' && T[k + 1]?.kind === 'word' && !isCapitalised(T[k + 1].text)); // "As if on cue, the leader …"; "On Friday, Mrs May took …", not "On a dit"
  if (PRONOUNS.has(t.lower) && !enLead) return classify(text, T, k, k + 1);
  if (depth === 0 && (FR_PREPOSITIONS.has(t.lower) || enLead)) {
    let c = k + 1;
    while (c < T.length && c - k < (enLead ? 9 : 6) && T[c].kind === 'word') c++; // "In a live Facebook broadcast on Friday afternoon, …"
    return T[c]?.text === ',' ? leadingSubject(text, T.slice(c + 1), 1) : null;
  }
  if (depth === 0 && (isParticiple(t) || /^\p{Lu}\p{Ll}+ing$/u.test(t.text))) {
    let c = k + 1;
    while (c < T.length && c - k < 20 && T[c].text !== ',') c++;
    return c < T.length && T[c].text === ',' ? leadingSubject(text, T.slice(c + 1), 1) : null;
  }
  if (DETERMINERS.has(t.lower) || elided(t) || (/^\p{Lu}\p{L}*[’']s$/u.test(t.text) && T[k + 1]?.kind === 'word')) { // "France’s minister …, Bruno Le Maire"
    const e1 = npEnd(T, k, T.length);
    if (e1 - k > 8) return null;
    const main = classify(text, T, k, e1);
    return main ? withApposition(text, T, main, e1, T.length, npEnd) : null;
  }
  let e = k;
  while (e < T.length && e - k < 6 && T[e].kind === 'word' && isCapitalised(T[e].text) && !FUNCTION_WORDS.has(T[e].lower)) e++;
  if (e === k + 1 && notALoneName(t, T[e])) return null;
  if (e > k && FR_PREPOSITIONS.has(t.lower)) return null;
  return e > k ? classify(text, T, k, e) : null;
}
