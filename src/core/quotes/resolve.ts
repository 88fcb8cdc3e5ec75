/**
 * Turns a subject as written into the speaker a reader would name: pronouns and descriptions
 * ("a-t-il ajouté", "cette mère de deux enfants", "le chef de l’Alliance atlantique") resolve to
 * an earlier speaker, "la même source" to the previous source, a bare surname to the full name.
 */
import { groupAntecedent, latterPlural } from './frGroups';
import { possessorOf } from './frPossessor';
import { PERSON_ROLES } from './lexicon';
import { CONTINUATIVE } from './lexicon';
import type { Subject } from './speaker';
import { isRegexSpace } from './chars';
import { roleSignature, rolesCompatible, signatureOf, type RoleSig } from './roles';
import { LEAD_NEAR, leadWord } from './leads';
import type { Token } from './tokens';
import { firstMentionOf, introducesReferent, organisationOf } from './antecedents';
import { documentIssuer, hasSpacedAge, memberOrganisation, openingPronounSex } from './enReference';
import { isPersonNoun, writtenPersonNoun } from './persons';
import { withinReach } from './pronounReach';
import { documentAuthor } from './documentAuthor';
import { restoredHead } from './ellipsis';
import { writerOf } from './byline';
import { hasBlank, NameBook } from './names';
import { LOOKBACK, NEAR, SpeakerMemory, type Entry, type Gender, type Mention } from './memory';

export interface Speaker {
  speaker: string;
  role: string | null;
}

/** Pronouns that designate one person (he/she), resolved against people only. */
const PERSONAL_PRONOUNS = new Set(['il', 'elle', 'he', 'she', 'him', 'her']);
/** Role nouns that fit any public figure ("l’élue", "the official"): they never conflict with a known role. */
const GENERIC_ROLES = new Set(['ancien', 'ancienne', 'former', 'homme', 'femme', 'man', 'woman', 'élu', 'élue', 'responsable', 'dirigeant', 'dirigeante', 'leader', 'figure', 'official', 'militant', 'militante', 'expert', 'experte', 'chef', 'cheffe', 'patron', 'patronne']);
/** Plural pronouns: they resolve only to a plural body ("les manifestants … selon eux"). */
const PLURAL_PRONOUNS = new Set(['ils', 'elles', 'eux', 'they', 'them']);
const PLURAL_HEAD = /^(?:les|des|ces|leurs|the|some|many|several)\s/iu;

/** A role that is only a courtesy title ("Mr", "M.", "Mme"). */
const COURTESY = /^(?:m|mr|mrs|ms|mme|mlle|dr|me)\.?$/iu;

/** Generic person nouns ("the man", "la femme") that refer back to an unnamed individual speaker when one spoke last. */
const UNNAMED_PERSON = new Set(['man', 'woman', 'homme', 'femme']);

/** Descriptions that point back to the last speaker whatever the distance ("l’intéressé"). */
const ANAPHORIC = new Set(['intéressé', 'intéressée', 'intéressés']);

/** Speakers seen so far in one document, in reading order, plus a surname → full name index. *//** Speakers seen so far in one document, in reading order, plus a surname → full name index. */
export class SpeakerHistory extends SpeakerMemory {
  /** Known role phrases of each person (at most a few), from titles, appositions and resolved descriptions; read only when a description needs them. */
  private readonly roles = new Map<string, string[]>();

  /** The latest sentence that named nobody and opened with a word: its lead word is read only when a pronoun asks. */
  private leadTokens: readonly Token[] | null = null;

  /** `text`: the whole document, read lazily for roles and full names given later than where they are needed. */
  /** `french`: the document is French (descriptions and lone surnames may take a name given elsewhere). */
  constructor(text = '', private readonly french = false) {
    super(text);
    this.names = new NameBook(text);
  }

  /** What the document says about names: full names seen, and names and roles given elsewhere in it. */
  private readonly names: NameBook;


  /** The writer named by the page's tagline (`writerOf`), read once when a first-person cue asks. */
  private writerName: string | null | undefined;

  /** "“…,” I asked": the writer the tagline names, or null. */
  private writer(): Speaker | null {
    if (this.writerName === undefined) this.writerName = writerOf(this.text);
    return this.writerName ? { speaker: this.writerName, role: null } : null;
  }

  /** Records a personal name seen in the text ("Emmanuel Macron"); `subject` when it heads its clause. */
  noteName(full: string, offset: number, subject = false): string {
    if (this.mentions.length > 100) this.mentions.splice(0, 50);
    const several = hasBlank(full);
    const name = several && !this.names.isParticleSurname(full) ? full : this.names.fullName(full); // "Mr Di Maio" is "Luigi Di Maio" named before
    this.mentions.push({ name, offset, subject, full: several, sentence: this.sentence });
    if (several) this.names.register(full);
    return name;
  }


  /** Records a sentence that named nobody: its lone capitalised lead word may be a weak antecedent for he/she/il/elle. */
  noteLeadSentence(T: readonly Token[]): void {
    if (T.length > 1 && T[0].kind !== 'quote') this.leadTokens = T;
  }

  /**
   * The weak lead when it is the nearest antecedent: after `since`, within LEAD_NEAR before `offset`,
   * gender agreeing, and a proper noun (the document never writes the word in lower case: "Protesters" is not).
   */
  private leadAfter(since: number, offset: number, gender: Gender | null): string | null {
    const T = this.leadTokens;
    if (!T || T[0].start <= since || T[0].start >= offset || offset - T[0].start > LEAD_NEAR) return null;
    const t = leadWord(T);
    if (!t) return null;
    const word = this.text.slice(t.start, t.end);
    const name = this.names.isProper(word) ? this.names.fullName(word) : null;
    return name && this.agrees(name, gender) ? name : null;
  }

  /** Records a role the text gives a person ("le ministre de l’Intérieur", "interior minister"). */
  noteRole(name: string, phrase: string): void {
    const list = this.roles.get(name);
    if (!list) this.roles.set(name, [phrase]);
    else if (list.length < 4 && !list.includes(phrase)) list.push(phrase);
  }

  /** The role signatures of a person's known role phrases that name a function. */
  private knownRoles(name: string): RoleSig[] | undefined {
    const phrases = this.roles.get(name);
    if (!phrases) return undefined;
    const out: RoleSig[] = [];
    for (const p of phrases) {
      const sig = signatureOf(p);
      if (sig.head && !sig.generic) out.push(sig);
    }
    return out;
  }

  /** Whether the person's known role fits a description's role: true, false (conflict), null (unknown). */
  private roleFit(name: string, sig: RoleSig): boolean | null {
    let list = this.knownRoles(name);
    if ((!list || list.length === 0) && /\s/u.test(name)) list = this.names.laterRoles(name);
    if (!list || list.length === 0) return null;
    let fit: boolean | null = null;
    for (const r of list) {
      const c = rolesCompatible(sig, r);
      if (c === true) return true;
      if (c === false) fit = false;
    }
    return fit;
  }

  /**
   * "la présidence" after "la présidence française", "Le Consistoire" after "Le Consistoire israélite du
   * Bas-Rhin": a definite body named again in short is the recent body speaker whose words include all of it.
   */
  private fullerBody(s: Subject): Speaker | null {
    if (s.words.length === 0 || s.role || this.entries.length === 0 || !/^(?:le|la|les|l’|l'|the)\s?/iu.test(s.text)) return null;
    const short = `${s.text.toLowerCase()} `;
    const core = ` ${s.text.toLowerCase().replace(/^(?:the|le|la|les)\s/u, '')}`; // "the prosecutor's office" ← "the Paris prosecutor's office"
    const e = this.find((x) => !x.person && x.speaker.length > short.length && (x.speaker.toLowerCase().startsWith(short) || (core.indexOf(' ', 1) > 0 && x.speaker.toLowerCase().endsWith(core))), 8);
    return e ? { speaker: e.speaker, role: e.role } : null;
  }

  /** "la société", "the company": the last organisation that spoke (see `organisationOf`). */
  private organisation(s: Subject): Speaker | null {
    const org = organisationOf(this.entries, s, (name) => this.names.isKnownSurname(name) || this.genders.has(name)) ?? memberOrganisation(this.entries[this.entries.length - 1], s);
    return org ? { speaker: org, role: null } : null;
  }

  /** The latest person (speaker or mention) before `offset` whose known role fits the description's. */
  private personByRole(sig: RoleSig, offset: number, gender: Gender | null): string | null {
    let best: string | null = null;
    let at = -1;
    for (let k = this.entries.length - 1, n = 0; k >= 0 && n < LOOKBACK; k--, n++) {
      const e = this.entries[k];
      if (e.person && this.agrees(e.speaker, gender) && this.roleFit(e.speaker, sig) === true) { best = e.speaker; at = e.offset; break; }
    }
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (x.offset <= at) break;
      if (x.offset < offset && this.agrees(x.name, gender) && this.roleFit(x.name, sig) === true) return x.name;
    }
    return best;
  }

  /**
   * "“…,” Pedder laughs. Now she fears …": a sentence opening with he/she right after a sentence that named
   * one person only tells that person's sex (English). `names`: the people the previous sentence named.
   */
  notePronounAfter(names: readonly string[], T: readonly Token[]): void {
    if (names.length > 0 && names.every((n) => n === names[0])) this.noteGender(names[0], openingPronounSex(T));
  }


  /** Resolves a subject at `offset`; `verb` is the reporting verb (continuing verbs favour the last speaker). */
  resolve(s: Subject, offset: number, verb: string): Speaker | null {
    if (s.kind === 'pronoun' && s.text === 'I') return this.writer(); // never an antecedent for he/she: not recorded
    if (s.kind === 'body' && this.names.isParticleSurname(s.text)) s = { ...s, kind: 'name', gender: null }; // "Le Pen says" after "Marine Le Pen": "Le" tells no gender
    const owner = this.french && (s.kind === 'body' || s.kind === 'description') ? possessorOf(s.text) : null; // "Son texte" speaks for its author
    if (owner) s = { ...s, kind: 'pronoun', text: owner, gender: null, role: null };
    const restored = s.kind === 'name' ? null : restoredHead(s.text, this.entries[this.entries.length - 1]?.speaker ?? null); // "said one retailer … said another"
    let r = restored ? { speaker: restored, role: null } : this.resolveOnly(s, offset, verb);
    const group = r && this.french && r.speaker === s.text ? groupAntecedent(this.text, s.start, s.text) : null; // "les manifestants" after "une centaine de manifestants"
    if (group) r = { speaker: group, role: null };
    if (r) this.push(r, s, offset);
    return r;
  }

  /** Resolves a subject without recording it as a speaker (a sentence's topic, not yet anyone's words). */
  peek(s: Subject, offset: number): Speaker | null {
    return this.resolveOnly(s, offset, '');
  }

  private resolveOnly(s: Subject, offset: number, verb: string): Speaker | null {
    switch (s.kind) {
      case 'name': {
        if (hasBlank(s.text)) this.names.register(s.text);
        const full = this.names.fullName(s.text);
        const later = this.french && full === s.text && !hasBlank(full) && !this.genders.has(full) ? this.names.laterFullName(full) : null; // "Macron a annoncé …" before "Emmanuel Macron"
        return { speaker: later ?? full, role: s.role };
      }
      case 'body': {
        const issuer = documentIssuer(this.entries, s.text, s.words); // "The statement also said" → "a statement from the Élysée"
        const author = issuer ?? documentAuthor(this.text, this.entries, s, offset); // "In the report, the BfV points out … The report insists"
        return author ? { speaker: author, role: null } : this.fullerBody(s) ?? this.organisation(s) ?? { speaker: s.text, role: s.role };
      }
      case 'pronoun': {
        const lower = s.text.toLowerCase();
        if (PERSONAL_PRONOUNS.has(lower)) {
          const english = lower === 'he' || lower === 'she';
          const found = this.lastPerson(offset, s.gender, english);
          const p = found && english && !withinReach(offset, this.lastSeen(found.speaker, offset)) ? this.previousSentencePerson(offset, s.gender) : found; // "he said" paragraphs after the person was last named: someone else since
          if (p) this.noteGender(p.speaker, s.gender);
          return p;
        }
        if (lower === 'on' && !CONTINUATIVE.has(verb)) return null; // "insiste-t-on": nobody named
        if (PLURAL_PRONOUNS.has(lower)) {
          const group = this.find((x) => !x.person && PLURAL_HEAD.test(x.speaker), 3);
          return group ? { speaker: group.speaker, role: group.role } : null; // "selon eux" is never one named person
        }
        if (lower === 'it') {
          const body = this.find((x) => !x.person, 3);
          return body ? { speaker: body.speaker, role: body.role } : null;
        }
        const e = this.find((x) => x.person || x.gender === null || s.gender === null || x.gender === s.gender, 8);
        if (e) return { speaker: e.speaker, role: null };
        const m = this.lastMention(offset, false);
        return m ? { speaker: m, role: null } : null;
      }
      case 'same-source': {
        const e = this.find(() => true, 3);
        return e ? { speaker: e.speaker, role: e.role } : { speaker: s.text, role: null };
      }
      case 'demonstrative': {
        const latter = this.french && s.words.some((w) => w === 'derniers' || w === 'dernières') ? latterPlural(this.text, s.start) : null; // "Ces derniers": the latest plural phrase
        if (latter) return { speaker: latter, role: null };
        if (s.words.some((w) => /^(?:dernier|dernière|derniers|dernières|latter)$/u.test(w))) {
          const m = this.lastMention(offset, false, s.words.some((w) => w.endsWith('ère')) ? 'f' : null);
          if (m) return { speaker: m, role: null };
        }
        const personal = s.words.some((w) => PERSON_ROLES.has(w));
        const anyone = this.french && s.words.length === 1 && UNNAMED_PERSON.has(s.words[0]); // "cet homme": the man just described, not a speaker quoted sentences ago
        const e = this.find((x) => (!personal || x.person) && (!anyone || x.sentence >= this.sentence - 2), personal ? 8 : 3);
        return e ? { speaker: e.speaker, role: personal ? s.text : e.role } : { speaker: s.text, role: null };
      }
      case 'description': {
        if (s.scraped || introducesReferent(this.text, s)) return { speaker: s.text, role: null }; // "the taxi driver who took me …" is someone new
        if (ANAPHORIC.has(s.words[0] ?? '')) {
          const p = this.lastPersonOrMention(offset);
          if (p) return { speaker: p, role: null };
        }
        const sig = roleSignature(s.words);
        const specific = sig.head !== null && !sig.generic;
        const unnamed = UNNAMED_PERSON.has(s.words[0] ?? '') ? this.lastUnnamed(s.words[0]) : null;
        if (unnamed) return unnamed; // "one of his fellow protesters said …" then "The man said …"
        if (UNNAMED_PERSON.has(s.words[0] ?? '') && s.words.length > 1) return { speaker: s.text, role: null }; // "the man in the tracksuit": told apart by what he wears, not a name
        const first = firstMentionOf(this.entries, s);
        if (first) return { speaker: first, role: null }; // "a city spokeswoman said …" then "the spokeswoman said"
        const byRole = specific ? this.personByRole(sig, offset, s.gender) : null;
        if (byRole) return { speaker: byRole, role: s.text }; // "le porte-parole" → the person known as spokesman
        const conflicts = (name: string): boolean => specific && this.roleFit(name, sig) === false;
        const match = this.bestMatch(s.words.filter((w) => w.length > 2));
        if (match && !conflicts(match.speaker)) return { speaker: match.speaker, role: s.text };
        const last = this.find((x) => x.person, LOOKBACK);
        const personal = sig.head !== null || s.words.some((w) => isPersonNoun(w, w)) || writtenPersonNoun(s.text) || hasSpacedAge(s.words); // "the 19 year old"
        if (last && !conflicts(last.speaker) && !this.otherRole(last, s.words) && this.agrees(last.speaker, s.gender) && (CONTINUATIVE.has(verb) || offset - last.offset < NEAR)) return { speaker: last.speaker, role: s.text };
        const topic = this.subjectSince(last ? last.offset : -1, offset, s.gender);
        if (topic && !conflicts(topic) && personal) return { speaker: topic, role: s.text }; // "Macron has ruled out … The president told …", "Ingrid Levavasseur a pointé … s’est emportée la jeune femme"
        const holder = this.french && specific ? this.names.roleHolder(s.text) : null;
        if (holder && this.agrees(holder, s.gender)) return { speaker: this.names.fullName(holder), role: s.text }; // "le procureur de la République" … "Bernard Marchal, procureur de la République"
        return { speaker: s.text, role: null }; // a role no known person holds: the description itself
      }
    }
  }

  /** True when the entry's known role names another function than the description ("le procureur" vs a spokesman). */
  private otherRole(e: Entry, words: readonly string[]): boolean {
    if (e.role === null || COURTESY.test(e.role)) return false; // "Mr" tells no function
    const known = signatureOf(e.role);
    if (known.head !== null && !known.generic) return rolesCompatible(roleSignature(words), known) === false;
    const roles = words.filter((w) => PERSON_ROLES.has(w) && !GENERIC_ROLES.has(w));
    return roles.length > 0 && !roles.some((w) => e.words.has(w));
  }



  /**
   * He/she/il/elle: the last person named as speaker, unless a person named since heads a clause
   * ("Mr Macron expressed understanding. “…,” he said."); gender must agree when known.
   */
  private lastPerson(offset: number, gender: Gender | null, english = false): Speaker | null {
    let e = this.find((x) => (x.person ? this.agrees(x.speaker, gender) : gender !== null && x.gender === gender), LOOKBACK);
    const one = english ? this.lastIndividual(gender) : null; // "“…,” one man replied. “…,” he said."
    if (one && (!e || one.offset > e.offset)) e = one;
    let m: Mention | null = null;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (e && x.offset <= e.offset) break;
      if (x.offset < offset && x.subject && this.agrees(x.name, gender)) { m = x; break; }
    }
    if (english && m && e && e.person && !m.full && gender && this.genders.get(e.speaker) === gender && !this.genders.has(m.name)) m = null; // "she says": the speaker known as a woman, not a surname of unknown sex named since
    const lead = this.leadAfter(Math.max(e ? e.offset : -1, m ? m.offset : -1), offset, gender);
    if (lead) return { speaker: lead, role: null };
    if (m) return { speaker: m.name, role: null };
    if (e && !e.person) {
      const named = this.fullMentionAfter(e, offset, gender); // "… le Kremlin … l’ex-patron du GCHQ, Robert Hannigan. … il déclare"
      if (named) return { speaker: named, role: null };
    }
    if (e) return { speaker: e.speaker, role: null };
    const any = this.lastMention(offset, false, gender);
    if (any) return { speaker: any, role: null };
    return null;
  }










  /** True when a single capitalised word is the surname of a full name seen before. */
  isKnownSurname(word: string): boolean {
    return this.names.isKnownSurname(word);
  }

  /** The full name the document gives a surname further down (see `NameBook.laterFullName`). */
  laterFullName(surname: string): string | null {
    return this.names.laterFullName(surname);
  }



  private push(r: Speaker, s: Subject, offset: number): void {
    const prev = this.entries.find((e) => e.speaker === r.speaker);
    // An entry's words already hold the pieces of its speaker and role: with no new role, share them (never mutated).
    const shared = prev !== undefined && (r.role === null || r.role === prev.role);
    const words = shared ? prev.words : prev ? new Set<string>(prev.words) : new Set<string>();
    if (!shared) addPieces(`${r.role ?? ''} ${r.speaker}`.toLowerCase(), words);
    const person = s.kind === 'name' ? /\s/u.test(r.speaker) || r.role !== null || (prev?.person ?? false) : prev?.person ?? ((s.kind === 'description' && r.speaker === s.text) || (s.kind !== 'body' && /^\p{Lu}/u.test(r.speaker))); // "le ministre de l’Intérieur" left as written is someone
    if (s.kind === 'name' || s.kind === 'description') this.noteGender(r.speaker, s.gender);
    if (r.role && person) this.noteRole(r.speaker, r.role);
    if (this.entries.length > 200) this.entries.splice(0, 100);
    this.entries.push({ speaker: r.speaker, role: r.role ?? prev?.role ?? null, person, gender: s.kind === 'body' ? s.gender : prev?.gender ?? null, words, offset, sentence: this.sentence });
  }
}


/** Adds to `out` the non-empty pieces of `s` split at blanks, commas and apostrophes (as `split(/[\s,’']+/u)`). */
function addPieces(s: string, out: Set<string>): void {
  let a = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isRegexSpace(c) || c === 0x2c || c === 0x2019 || c === 0x27) {
      if (i > a) out.add(s.slice(a, i));
      a = i + 1;
    }
  }
}

