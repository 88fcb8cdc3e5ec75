/**
 * Role compatibility: whether a role description ("le ministre de l’Intérieur", "the State
 * Department spokesman", "le Premier ministre") can designate a person whose role the text gave
 * earlier ("Christophe Castaner, interior minister", "le président Emmanuel Macron"). A role is
 * read as a head noun (canonical across genders and the two languages) plus qualifiers (the
 * domain words: "Intérieur", "Finances", "Pentagone"); nationality and level adjectives are ignored.
 */
import { FUNCTION_WORDS, PERSON_ROLES } from './lexicon';
import type { Token } from './tokens';

/** The head and qualifiers of one role phrase. */
export interface RoleSig {
  /** Canonical head noun ("minister", "prime-minister", "spokes"), or null when the phrase names no role. */
  head: string | null;
  /** The head fits anyone ("l’homme", "the official", "le responsable"): it never conflicts. */
  generic: boolean;
  /** "ancien", "former", "ex-": a past holder of the role. */
  former: boolean;
  /** Domain words ("intérieur", "finances", "pentagone"), lower case. */
  quals: ReadonlySet<string>;
  /** Initials of the words other than the head ("fpb" for "porte-parole de la Fédération Pétrolière Belge"). */
  initials: string;
}

/** Role nouns mapped to one canonical head across genders and languages. */
const CANON = new Map<string, string>([
  ['président', 'president'], ['présidente', 'president'], ['president', 'president'], ['chairman', 'president'], ['chairwoman', 'president'],
  ['ministre', 'minister'], ['minister', 'minister'], ['secrétaire', 'secretary'], ['secretary', 'secretary'],
  ['porte-parole', 'spokes'], ['spokesman', 'spokes'], ['spokeswoman', 'spokes'], ['spokesperson', 'spokes'],
  ['chancelier', 'chancellor'], ['chancelière', 'chancellor'], ['chancellor', 'chancellor'],
  ['maire', 'mayor'], ['mayor', 'mayor'], ['bourgmestre', 'mayor'], ['maïeur', 'mayor'], ['mayeur', 'mayor'], ['mayoress', 'mayor'],
  ['député', 'mp'], ['députée', 'mp'], ['lawmaker', 'mp'], ['mp', 'mp'], ['legislator', 'mp'], ['parlementaire', 'mp'], ['eurodéputé', 'mp'], ['eurodéputée', 'mp'], ['mep', 'mp'],
  ['sénateur', 'senator'], ['sénatrice', 'senator'], ['senator', 'senator'],
  ['procureur', 'prosecutor'], ['procureure', 'prosecutor'], ['prosecutor', 'prosecutor'],
  ['avocat', 'lawyer'], ['avocate', 'lawyer'], ['lawyer', 'lawyer'], ['attorney', 'lawyer'],
  ['juge', 'judge'], ['judge', 'judge'], ['magistrat', 'magistrate'], ['magistrate', 'magistrate'], ['gouverneur', 'governor'], ['préfet', 'prefect'], ['préfète', 'prefect'], ['prefect', 'prefect'], ['sous-préfet', 'sub-prefect'], ['sous-préfète', 'sub-prefect'], ['governor', 'governor'],
  ['ambassadeur', 'ambassador'], ['ambassadrice', 'ambassador'], ['ambassador', 'ambassador'],
  ['directeur', 'director'], ['directrice', 'director'], ['director', 'director'],
  ['fondateur', 'founder'], ['fondatrice', 'founder'], ['founder', 'founder'],
  ['professeur', 'professor'], ['professeure', 'professor'], ['professor', 'professor'], ['prof', 'professor'],
  ['sociologue', 'sociologist'], ['sociologist', 'sociologist'], ['économiste', 'economist'], ['economist', 'economist'],
  ['analyste', 'analyst'], ['analyst', 'analyst'], ['politologue', 'political-scientist'],
  ['militant', 'activist'], ['militante', 'activist'], ['activist', 'activist'],
  ['manifestant', 'protester'], ['manifestante', 'protester'], ['protester', 'protester'],
  ['candidat', 'candidate'], ['candidate', 'candidate'], ['conseiller', 'adviser'], ['conseillère', 'adviser'],
  ['philosophe', 'philosopher'], ['philosopher', 'philosopher'], ['écrivain', 'writer'], ['écrivaine', 'writer'],
  ['commissaire', 'commissioner'], ['commissioner', 'commissioner'], ['photographe', 'photographer'],
  ['journaliste', 'journalist'], ['journalist', 'journalist'], ['reporter', 'journalist'], ['correspondant', 'journalist'], ['correspondante', 'journalist'],
  ['prévenu', 'defendant'], ['prévenue', 'defendant'], ['accusé', 'defendant'], ['accusée', 'defendant'], ['defendant', 'defendant'], ['accused', 'defendant'],
  ['victime', 'victim'], ['victim', 'victim'], ['témoin', 'witness'], ['witness', 'witness'],
  ['policier', 'police-officer'], ['policière', 'police-officer'], ['médecin', 'doctor'], ['doctor', 'doctor'], ['infirmier', 'nurse'], ['infirmière', 'nurse'], ['nurse', 'nurse'],
]);

/** Heads that fit any public figure or person: a description with one resolves as before. */
const GENERIC = new Set([
  'homme', 'femme', 'man', 'woman', 'mère', 'père', 'mother', 'father', 'responsable', 'dirigeant', 'dirigeante',
  'leader', 'figure', 'official', 'chef', 'cheffe', 'chief', 'patron', 'patronne', 'élu', 'élue', 'expert',
  'experte', 'intéressé', 'intéressée', 'retraité', 'retraitée', 'figure',
]);

const FORMER = new Set(['ancien', 'ancienne', 'former', 'ex', 'ex-président', 'ex-ministre']);
const PREMIER = new Set(['premier', 'première', 'prime']);

/** Adjectives and words that do not tell one holder of a role from another ("French", "fédéral", "new"). */
const IGNORED = new Set([
  'français', 'française', 'french', 'belge', 'belgian', 'fédéral', 'fédérale', 'federal', 'national', 'nationale',
  'britannique', 'british', 'américain', 'américaine', 'american', 'us', 'u.s.', 'allemand', 'allemande', 'german',
  'européen', 'européenne', 'european', 'russe', 'russian', 'italien', 'italienne', 'italian', 'espagnol', 'spanish',
  'actuel', 'actuelle', 'current', 'nouveau', 'nouvelle', 'new', 'jeune', 'young', 'adjoint', 'adjointe', 'deputy',
  'général', 'générale', 'general', 'top', 'senior', 'haut', 'haute', 'principal', 'principale', 'influent', 'influente',
  'veteran', 'ex', 'country’s', 'pays', 'state', 'état', 'etat', 'm', 'mr', 'mrs', 'ms', 'mme',
  // words that describe a place rather than name it ("le maïeur de la commune frontalière")
  'commune', 'ville', 'localité', 'municipalité', 'entité', 'cité', 'frontalière', 'frontalier', 'voisine', 'voisin',
  'city', 'town', 'village', 'local', 'locale', 'town’s', 'city’s',
]);

/** Heads that cover narrower ones: a magistrate may be a judge or a prosecutor, a police officer a commandant or a commissioner. */
const BROADER = new Map<string, ReadonlySet<string>>([['magistrate', new Set(['judge', 'prosecutor'])], ['police-officer', new Set(['commandant', 'commissioner'])]]);

/** Domain words of a spokesman role that make its holder a magistrate ("porte-parole du parquet"). */
const JUDICIAL = new Set(['parquet', 'tribunal', 'cour', 'justice', 'parquet-général', 'prosecutor’s', 'court']);

/** True for a role noun ("ministre", "spokesman", "porte-parole"): a cheap test before reading a role phrase. */
export function isRoleWord(w: string): boolean {
  return CANON.has(w) || PERSON_ROLES.has(w);
}

/** Canonical role noun for a lower-case word, or null. */
function canonical(w: string): string | null {
  const c = CANON.get(w);
  if (c) return c;
  if (PERSON_ROLES.has(w)) return w.endsWith('e') && PERSON_ROLES.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
  return null;
}

/** Lower-case content words of a phrase, elided l’/d’ removed. */
export function roleWords(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of phrase.toLowerCase().split(/[\s,()]+/u)) {
    if (raw.length === 0) continue;
    const w = raw.startsWith('l’') || raw.startsWith('d’') || raw.startsWith("l'") || raw.startsWith("d'") ? raw.slice(2) : raw;
    if (w.length > 0 && !FUNCTION_WORDS.has(w)) out.push(w);
  }
  return out;
}

/** Reads the head and qualifiers of a role phrase given as lower-case content words. */
export function roleSignature(words: readonly string[]): RoleSig {
  let head: string | null = null;
  let headAt = -1;
  let former = false;
  for (let k = 0; k < words.length && head === null; k++) {
    const w = words[k];
    if (FORMER.has(w)) { former = true; continue; }
    if (PREMIER.has(w) && (words[k + 1] === 'ministre' || words[k + 1] === 'minister')) { head = 'prime-minister'; headAt = k + 1; break; }
    if (w === 'vice' && canonical(words[k + 1] ?? '') === 'president') { head = 'vice-president'; headAt = k + 1; break; }
    if ((w === 'member' || w === 'membre') && /^(?:parliament|parlement|congress|assembly|assemblée)$/u.test(words[k + 1] ?? '')) { head = 'mp'; headAt = k + 1; break; }
    if (w.startsWith('vice-') && canonical(w.slice(5)) === 'president') { head = 'vice-president'; headAt = k; break; }
    const c = canonical(w);
    if (c) { head = c; headAt = k; }
  }
  const quals = new Set<string>();
  let initials = '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (k !== headAt && /^\p{L}/u.test(w)) initials += w[0];
    if (k === headAt || FORMER.has(w) || PREMIER.has(w) || IGNORED.has(w) || canonical(w) !== null || /^\d/u.test(w)) continue;
    quals.add(w.endsWith('’s') || w.endsWith("'s") ? w.slice(0, -2) : w);
  }
  return { head, generic: head !== null && GENERIC.has(head), former, quals, initials };
}

/**
 * True when both roles name the same function, false when they conflict (other head noun, former
 * vs sitting, disjoint domains: "ministre de l’Intérieur" vs "ministre des Finances"), null when
 * either says too little (no head, or a generic one such as "l’homme").
 */
export function rolesCompatible(desc: RoleSig, known: RoleSig): boolean | null {
  if (!desc.head || !known.head || desc.generic || known.generic) return null;
  if (desc.head !== known.head && !sameFamily(desc, known)) return isOffice(desc.head) || disjointQuals(desc, known) ? false : null; // "la chroniqueuse" may be "la journaliste", "l’écrivaine" a secretary of state
  if (desc.former !== known.former) return false;
  if (desc.quals.size > 0 && known.quals.size > 0) {
    for (const q of desc.quals) if (known.quals.has(q) || isAcronymOf(q, known.initials)) return true;
    for (const q of known.quals) if (isAcronymOf(q, desc.initials)) return true;
    return false;
  }
  return true;
}

/** True when both roles name their domain and share no word of it ("du quotidien La Stampa" vs "de la revue Limes"). */
function disjointQuals(a: RoleSig, b: RoleSig): boolean {
  if (a.quals.size === 0 || b.quals.size === 0) return false;
  for (const q of a.quals) if (b.quals.has(q)) return false;
  return true;
}

/** Heads naming an office one holds (not an occupation or a description that stacks with others): they exclude each other. */
const OFFICES: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'prime-minister', 'minister', 'secretary', 'spokes', 'chancellor', 'mayor', 'mp', 'senator',
  'prosecutor', 'lawyer', 'judge', 'magistrate', 'governor', 'prefect', 'sub-prefect', 'ambassador', 'commissioner', 'director',
  'defendant', 'victim', 'witness', 'police-officer', 'doctor', 'nurse', 'protester', 'candidate',
]);

/** True for a canonical head that names an office (see OFFICES). */
function isOffice(head: string): boolean {
  return OFFICES.has(head);
}

/** "la magistrate" for a judge, a prosecutor or the spokesman of a prosecutor's office (and back). */
function sameFamily(a: RoleSig, b: RoleSig): boolean {
  const fits = (broad: RoleSig, narrow: RoleSig): boolean => {
    if (!broad.head || !narrow.head || !BROADER.has(broad.head)) return false;
    if (BROADER.get(broad.head)!.has(narrow.head)) return true;
    return narrow.head === 'spokes' && [...narrow.quals].some((q) => JUDICIAL.has(q));
  };
  return fits(a, b) || fits(b, a);
}

/** "fpb" within the initials "fpb" of "Fédération Pétrolière Belge": an acronym of the other phrase. */
function isAcronymOf(q: string, initials: string): boolean {
  return q.length >= 2 && q.length <= 6 && initials.includes(q);
}

/** Role signatures already read, by phrase (role phrases repeat within and across documents). */
const SIGNATURES = new Map<string, RoleSig>();

/** `roleSignature` of a role phrase as written, cached. */
export function signatureOf(phrase: string): RoleSig {
  let sig = SIGNATURES.get(phrase);
  if (!sig) {
    if (SIGNATURES.size > 2000) SIGNATURES.clear();
    sig = roleSignature(roleWords(phrase));
    SIGNATURES.set(phrase, sig);
  }
  return sig;
}

/** Words that end a role phrase read backwards from a name: verbs and clause words. */
const ROLE_BARRIER = new Set(['a', 'ont', 'est', 'sont', 'avait', 'has', 'had', 'is', 'was', 'said', 'says', 'told', 'que', 'qui', 'that', 'who', 'and', 'et', 'par', 'by', 'avec', 'with']);

/** True when the word is a role noun (canonical head) that can open or end a role phrase. */
function isRoleNoun(t: Token): boolean {
  return t.kind === 'word' && isRoleWord(t.lower);
}

/**
 * The role the text gives the name T[at, e): a title phrase right before it ("le ministre de
 * l’Intérieur Christophe Castaner", "Interior Minister Christophe Castaner") or an apposition
 * right after it ("Ilse Van De Keere, porte-parole de la zone de police, …"). Null when none.
 */
export function roleAround(text: string, T: readonly Token[], at: number, e: number): string | null {
  let head = -1;
  const before = T[at - 1];
  const glued = !!before && before.kind === 'word' && !FUNCTION_WORDS.has(before.lower); // not "porte-parole de la Fédération …"
  for (let j = at - 1; glued && j >= 0 && at - j <= 6; j--) {
    const t = T[j];
    if (t.kind !== 'word' || ROLE_BARRIER.has(t.lower)) break;
    if (isRoleNoun(t)) { head = j; break; }
  }
  if (head >= 0) {
    let from = head;
    while (from > 0 && head - from < 3 && T[from - 1].kind === 'word' && !ROLE_BARRIER.has(T[from - 1].lower) && !FUNCTION_WORDS.has(T[from - 1].lower)) from--;
    return text.slice(T[from].start, T[at - 1].end);
  }
  if (T[e]?.text !== ',') return null;
  let j = e + 1;
  while (j < T.length && j - e <= 3 && T[j].kind === 'word' && !isRoleNoun(T[j])) j++;
  if (j >= T.length || !isRoleNoun(T[j])) return null;
  let end = j + 1;
  while (end < T.length && end - j < 8 && T[end].kind === 'word' && !ROLE_BARRIER.has(T[end].lower)) end++;
  return text.slice(T[e + 1].start, T[end - 1].end);
}
