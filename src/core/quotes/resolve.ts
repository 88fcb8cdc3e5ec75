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
import { fullNameGivenLater, rolesGivenBefore } from './lookahead';
import { roleHolderNamed } from './frRoleHolder';
import { givenNameOf, noteGivenName, otherSex, SURNAME_PARTICLES } from './givenNames';
import { hasLowerForm, LEAD_NEAR, leadWord } from './leads';
import type { Token } from './tokens';
import { firstMentionOf, introducesReferent, organisationOf } from './antecedents';
import { documentIssuer, hasSpacedAge, memberOrganisation, isUpperInitial, objectPronounAfter, openingPronounSex, sameLetters } from './enReference';
import { isPersonNoun, writtenPersonNoun } from './persons';
import { withinReach } from './pronounReach';
import { isAcronymPhrase } from './nameShape';
import { documentAuthor } from './documentAuthor';
import { restoredHead } from './ellipsis';
import { writerOf } from './byline';

export interface Speaker {
  speaker: string;
  role: string | null;
}

interface Entry {
  speaker: string;
  role: string | null;
  person: boolean;
  gender: 'm' | 'f' | null;
  words: Set<string>;
  offset: number;
  /** Index of the sentence the entry was resolved in. */
  sentence: number;
}

/** How far back (in entries) pronouns and descriptions look. */
const LOOKBACK = 30;
/** Distance (characters) within which a bare role description may take the last named speaker. */
const NEAR = 1500;
/** Pronouns that designate one person (he/she), resolved against people only. */
const PERSONAL_PRONOUNS = new Set(['il', 'elle', 'he', 'she', 'him', 'her']);
/** Role nouns that fit any public figure ("l’élue", "the official"): they never conflict with a known role. */
const GENERIC_ROLES = new Set(['ancien', 'ancienne', 'former', 'homme', 'femme', 'man', 'woman', 'élu', 'élue', 'responsable', 'dirigeant', 'dirigeante', 'leader', 'figure', 'official', 'militant', 'militante', 'expert', 'experte', 'chef', 'cheffe', 'patron', 'patronne']);
/** Plural pronouns: they resolve only to a plural body ("les manifestants … selon eux"). */
const PLURAL_PRONOUNS = new Set(['ils', 'elles', 'eux', 'they', 'them']);
const PLURAL_HEAD = /^(?:les|des|ces|leurs|the|some|many|several)\s/iu;
/** Names whose later roles or full names one document may look up (each look-up scans the text once). */
const LATER_SCANS = 64;

/** A role that is only a courtesy title ("Mr", "M.", "Mme"). */
const COURTESY = /^(?:m|mr|mrs|ms|mme|mlle|dr|me)\.?$/iu;

/** Generic person nouns ("the man", "la femme") that refer back to an unnamed individual speaker when one spoke last. */
const UNNAMED_PERSON = new Set(['man', 'woman', 'homme', 'femme']);
/** An unnamed individual source: "one of …", "a protester", "un manifestant", "Another". */
const INDEFINITE_ONE = /^(?:one|a|an|another|un|une|l’un|l’une|l'un|l'une)\s|^(?:another|un autre|une autre)$/iu;

/** Descriptions that point back to the last speaker whatever the distance ("l’intéressé"). */
const ANAPHORIC = new Set(['intéressé', 'intéressée', 'intéressés']);

type Gender = 'm' | 'f';

interface Mention {
  name: string;
  offset: number;
  /** The name is the subject of its clause ("Mr Macron expressed …"), not a complement ("… of Le Pen"). */
  subject: boolean;
  /** Written with several words here ("Robert Hannigan"), not a surname or possessive standing for one. */
  full: boolean;
  sentence: number;
}

/** Speakers seen so far in one document, in reading order, plus a surname → full name index. */
export class SpeakerHistory {
  private readonly entries: Entry[] = [];
  private readonly surnames = new Map<string, Set<string>>();
  /** First code units of the `surnames` keys: most capitalised words are rejected without lower-casing them. */
  private readonly surnameInitials = new Set<number>();
  private readonly mentions: Mention[] = [];
  private readonly genders = new Map<string, Gender>();
  /** Known role phrases of each person (at most a few), from titles, appositions and resolved descriptions; read only when a description needs them. */
  private readonly roles = new Map<string, string[]>();
  /** Full names indexed under their first word, for a person called by the given name alone ("Clément recounted"). */
  private readonly givenNames = new Map<string, Set<string>>();
  /** Roles given to a name further down the document (`laterRoles`), cached per name. */
  private readonly later = new Map<string, RoleSig[]>();
  /** Full names given to a surname further down the document (`laterFullName`), cached per surname. */
  private readonly fullNames = new Map<string, string | null>();
  /** The latest sentence that named nobody and opened with a word: its lead word is read only when a pronoun asks. */
  private leadTokens: readonly Token[] | null = null;
  /** Whether a lead word is a proper noun (never written in lower case in the document), cached. */
  private readonly proper = new Map<string, boolean>();
  /** Index of the sentence being read (see `beginSentence`). */
  private sentence = 0;

  /** `text`: the whole document, read lazily for roles and full names given later than where they are needed. */
  /** `french`: the document is French (descriptions and lone surnames may take a name given elsewhere). */
  constructor(private readonly text = '', private readonly french = false) {}

  /** The writer named by the page's tagline (`writerOf`), read once when a first-person cue asks. */
  private writerName: string | null | undefined;

  /** "“…,” I asked": the writer the tagline names, or null. */
  private writer(): Speaker | null {
    if (this.writerName === undefined) this.writerName = writerOf(this.text);
    return this.writerName ? { speaker: this.writerName, role: null } : null;
  }

  /** Holders of role phrases (`roleHolderNamed`), cached per description. */
  private readonly holders = new Map<string, string | null>();

  /** French: the one person the document names in apposition with a description's role phrase, or null. */
  private roleHolder(description: string): string | null {
    let h = this.holders.get(description);
    if (h !== undefined) return h;
    h = this.holders.size >= LATER_SCANS ? null : roleHolderNamed(this.text, description);
    this.holders.set(description, h);
    return h;
  }

  /** Records a personal name seen in the text ("Emmanuel Macron"); `subject` when it heads its clause. */
  noteName(full: string, offset: number, subject = false): string {
    if (this.mentions.length > 100) this.mentions.splice(0, 50);
    const several = hasBlank(full);
    const name = several && !this.isParticleSurname(full) ? full : this.fullName(full); // "Mr Di Maio" is "Luigi Di Maio" named before
    this.mentions.push({ name, offset, subject, full: several, sentence: this.sentence });
    if (several) this.registerSurname(full);
    return name;
  }

  /** Indexes a full name ("Pascal de Crem") under its last word, for surnames used alone later. */
  private registerSurname(full: string): void {
    const last = full.slice(full.lastIndexOf(' ') + 1).toLowerCase();
    let set = this.surnames.get(last);
    if (set?.has(full)) return;
    const sp = full.indexOf(' ');
    if (sp > 0 && SURNAME_PARTICLES.has(full.slice(0, sp).toLowerCase())) return; // "De Crem" is a surname, not a full name
    if (!set) this.surnames.set(last, (set = new Set()));
    else if (sameLetters(set, full)) return; // "Luigi di Maio" after "Luigi Di Maio": one person, not an ambiguous surname
    this.surnameInitials.add(last.charCodeAt(0));
    if (set.size < 4) set.add(full);
    noteGivenName(this.givenNames, full);
  }

  /**
   * Roles the document gives `name` anywhere, read from the words right before each occurrence
   * ("le président Emmanuel Macron" further down): only asked when a description needs them.
   */
  private laterRoles(name: string): RoleSig[] {
    let list = this.later.get(name);
    if (list) return list;
    list = this.later.size >= LATER_SCANS ? [] : rolesGivenBefore(this.text, name); // each look-up is one scan of the document: bounded per document
    this.later.set(name, list);
    return list;
  }

  /**
   * "Rutten : « … »" or "Di Maio: …" in a headline: the full name the document gives that surname
   * further down ("Renaud Rutten", "Luigi Di Maio"), or null when none or several.
   */
  laterFullName(surname: string): string | null {
    const cached = this.fullNames.get(surname);
    if (cached !== undefined) return cached;
    if (this.fullNames.size >= LATER_SCANS) return null;
    const found = fullNameGivenLater(this.text, surname);
    this.fullNames.set(surname, found);
    return found;
  }

  /** Marks the start of a new sentence: names and speakers noted from now on belong to it. */
  beginSentence(): void {
    this.sentence++;
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
    let proper = this.proper.get(word);
    if (proper === undefined) {
      proper = this.proper.size < LATER_SCANS && !hasLowerForm(this.text, word);
      this.proper.set(word, proper);
    }
    const name = proper ? this.fullName(word) : null;
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
    if ((!list || list.length === 0) && /\s/u.test(name)) list = this.laterRoles(name);
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
    const org = organisationOf(this.entries, s, (name) => this.isKnownSurname(name) || this.genders.has(name)) ?? memberOrganisation(this.entries[this.entries.length - 1], s);
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

  /** True when a single capitalised word is the surname of a full name seen before. */
  isKnownSurname(word: string): boolean {
    const c = word.charCodeAt(0);
    if (c < 128 && !this.surnameInitials.has(c >= 65 && c <= 90 ? c + 32 : c)) return false; // an ASCII initial lower-cases alone
    return this.surnames.has(word.toLowerCase());
  }

  /**
   * "Le Pen", "Di Maio", "De Wever": a capitalised particle and one or two name words that end a full
   * name seen before ("Marine Le Pen"). Read as an article phrase, it would be a body; it is that person.
   */
  private isParticleSurname(phrase: string): boolean {
    const sp = phrase.indexOf(' ');
    if (sp < 2 || phrase.length > 40 || !isUpperInitial(phrase) || !SURNAME_PARTICLES.has(phrase.slice(0, sp).toLowerCase())) return false;
    const parts = phrase.split(' ');
    if (parts.length > 3 || !parts.every(isUpperInitial)) return false;
    return this.fullName(phrase) !== phrase;
  }

  /**
   * "“…,” Pedder laughs. Now she fears …": a sentence opening with he/she right after a sentence that named
   * one person only tells that person's sex (English). `names`: the people the previous sentence named.
   */
  notePronounAfter(names: readonly string[], T: readonly Token[]): void {
    if (names.length > 0 && names.every((n) => n === names[0])) this.noteGender(names[0], openingPronounSex(T));
  }

  /** Records a speaker's grammatical gender when the text tells it (title, pronoun, feminine role). */
  noteGender(speaker: string, gender: Gender | null): void {
    if (gender && !this.genders.has(speaker)) this.genders.set(speaker, gender);
  }

  /** Resolves a subject at `offset`; `verb` is the reporting verb (continuing verbs favour the last speaker). */
  resolve(s: Subject, offset: number, verb: string): Speaker | null {
    if (s.kind === 'pronoun' && s.text === 'I') return this.writer(); // never an antecedent for he/she: not recorded
    if (s.kind === 'body' && this.isParticleSurname(s.text)) s = { ...s, kind: 'name', gender: null }; // "Le Pen says" after "Marine Le Pen": "Le" tells no gender
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
        if (hasBlank(s.text)) this.registerSurname(s.text);
        const full = this.fullName(s.text);
        const later = this.french && full === s.text && !hasBlank(full) && !this.genders.has(full) ? this.laterFullName(full) : null; // "Macron a annoncé …" before "Emmanuel Macron"
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
        const holder = this.french && specific ? this.roleHolder(s.text) : null;
        if (holder && this.agrees(holder, s.gender)) return { speaker: this.fullName(holder), role: s.text }; // "le procureur de la République" … "Bernard Marchal, procureur de la République"
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

  /** The latest person whose known words share the most words with a description (at least one). */
  private bestMatch(words: readonly string[]): Entry | null {
    let best: Entry | null = null;
    let bestScore = 0;
    for (let k = this.entries.length - 1, n = 0; k >= 0 && n < LOOKBACK; k--, n++) {
      const e = this.entries[k];
      if (!e.person) continue;
      let score = 0;
      for (const w of words) if (e.words.has(w)) score++;
      if (score > bestScore) { best = e; bestScore = score; }
    }
    return best;
  }

  private agrees(speaker: string, gender: Gender | null): boolean {
    const g = this.genders.get(speaker);
    return !gender || !g || g === gender;
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

  /**
   * "… not by the leader of the list, Ingrid Levavasseur. She described both Di Maio and Chalençon as …":
   * the one person the previous sentence names who is not named again in the pronoun's own sentence
   * (a pronoun subject never stands for a name in its own clause), gender agreeing; else null.
   */
  private previousSentencePerson(offset: number, gender: Gender | null): Speaker | null {
    const own = new Set<string>();
    let one: string | null = null;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (x.sentence < this.sentence - 1 || !withinReach(offset, x.offset)) break;
      if (x.sentence === this.sentence) { own.add(x.name); continue; }
      if (own.has(x.name) || !hasBlank(x.name) || isAcronymPhrase(x.name) || !this.agrees(x.name, gender) || x.name === one) continue;
      if (one !== null) return null; // two people named: the pronoun is ambiguous
      one = x.name;
    }
    return one ? { speaker: one, role: null } : null;
  }

  /** Offset of the latest place before `offset` where `name` spoke or was named, or -1. */
  private lastSeen(name: string, offset: number): number {
    let at = -1;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (x.offset < offset && x.name === name) { at = x.offset; break; }
    }
    for (let k = this.entries.length - 1, n = 0; k >= 0 && n < LOOKBACK; k--, n++) {
      const e = this.entries[k];
      if (e.offset <= at) break;
      if (e.offset < offset && e.speaker === name) return e.offset;
    }
    return at;
  }

  /** The latest full name written out in a sentence after the body speaker `e`'s and before `offset`, gender agreeing. */
  private fullMentionAfter(e: Entry, offset: number, gender: Gender | null): string | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (x.sentence <= e.sentence) break;
      if (x.offset < offset && x.full && this.agrees(x.name, gender)) return x.name;
    }
    return null;
  }

  /** The latest person named as a clause subject after `since` and within NEAR before `offset`, gender agreeing. */
  private subjectSince(since: number, offset: number, gender: Gender | null): string | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (x.offset <= since || offset - x.offset > NEAR) break;
      if (x.offset < offset && x.subject && /\s/u.test(x.name) && this.agrees(x.name, gender)) return x.name;
    }
    return null;
  }

  /**
   * The latest speaker when it is an unnamed individual told by a person noun ("one man", "a nurse from
   * Lyon", "another protester") whose sex does not contradict `gender`: English he/she may take it.
   */
  private lastIndividual(gender: Gender | null): Entry | null {
    const e = this.entries[this.entries.length - 1];
    if (!e || e.person || e.speaker.length > 60 || !INDEFINITE_ONE.test(e.speaker)) return null;
    if (gender && otherSex(gender === 'f' ? 'woman' : 'man', e.speaker)) return null;
    if (objectPronounAfter(this.text, e.offset, gender === 'f' ? 'her' : 'him')) return null; // "a protester shouted at him that …": "he" is the other one
    for (const w of e.words) if (w !== 'one' && isPersonNoun(w, w)) return e;
    return null;
  }

  /** The latest speaker when it is an unnamed individual ("one of …", "un manifestant", "Another") said after any named person. */
  private lastUnnamed(head: string): Speaker | null {
    const e = this.entries[this.entries.length - 1];
    if (!e || e.person || !INDEFINITE_ONE.test(e.speaker) || otherSex(head, e.speaker)) return null; // "one of the women" is not "the man"
    return { speaker: e.speaker, role: e.role };
  }

  /** "l’intéressé": the person named last, as speaker or in passing. */
  private lastPersonOrMention(offset: number): string | null {
    const e = this.find((x) => x.person, LOOKBACK);
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (e && x.offset <= e.offset) break;
      if (x.offset < offset) return x.name;
    }
    return e ? e.speaker : null;
  }

  private lastMention(offset: number, subjectOnly: boolean, gender: Gender | null = null): string | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (x.offset < offset && (!subjectOnly || x.subject) && this.agrees(x.name, gender)) return x.name;
    }
    return null;
  }

  /** True when the latest entry for `speaker` is a body or a group, not a person ("L’Élysée", "la police"). */
  isBody(speaker: string): boolean {
    for (let k = this.entries.length - 1; k >= 0; k--) if (this.entries[k].speaker === speaker) return !this.entries[k].person;
    return false;
  }

  /** The latest speaker, for participles and quotes that continue it. */
  last(): Speaker | null {
    const e = this.entries[this.entries.length - 1];
    return e ? { speaker: e.speaker, role: e.role } : null;
  }

  private fullName(name: string): string {
    if (!hasBlank(name)) {
      const set = this.surnames.get(name.toLowerCase());
      return (set && onlyName(set)) ?? (set ? null : givenNameOf(this.givenNames, name)) ?? name;
    }
    const parts = name.split(/\s+/u);
    if (parts.length > 1 && !(parts.length <= 3 && SURNAME_PARTICLES.has(parts[0].toLowerCase()))) return name;
    const set = this.surnames.get(parts[parts.length - 1].toLowerCase());
    const full = set ? onlyName(set) : null;
    if (!full) return name;
    return parts.length === 1 || full.toLowerCase().endsWith(` ${name.toLowerCase()}`) ? full : name; // "De Crem" → "Pascal de Crem"
  }

  private find(pred: (e: Entry) => boolean, depth: number): Entry | null {
    for (let k = this.entries.length - 1, n = 0; k >= 0 && n < depth; k--, n++) {
      const e = this.entries[k];
      if (pred(e)) return e;
    }
    return null;
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

/**
 * The one full name a surname stands for: the single name indexed, or the shortest when every other
 * one ends with it ("Tommy Leclercq" under "Hainaut Tommy Leclercq", a place glued before the name). Null when ambiguous.
 */
function onlyName(set: ReadonlySet<string>): string | null {
  let short: string | null = null;
  for (const n of set) if (short === null || n.length < short.length) short = n;
  if (short === null) return null;
  for (const n of set) if (n !== short && !n.endsWith(` ${short}`)) return null;
  return short;
}

/** True when the string holds a blank (a name of several words), as `/\s/u.test(s)`. */
function hasBlank(s: string): boolean {
  return BLANK.test(s);
}
const BLANK = /\s/u;

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

