/**
 * Turns a subject as written into the speaker a reader would name: pronouns and descriptions
 * ("a-t-il ajouté", "cette mère de deux enfants", "le chef de l’Alliance atlantique") resolve to
 * an earlier speaker, "la même source" to the previous source, a bare surname to the full name.
 */
import { PERSON_ROLES } from './lexicon';
import { CONTINUATIVE } from './lexicon';
import type { Subject } from './speaker';
import { isRegexSpace } from './chars';

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
/** Descriptions that point back to the last speaker whatever the distance ("l’intéressé"). */
const ANAPHORIC = new Set(['intéressé', 'intéressée', 'intéressés']);

type Gender = 'm' | 'f';

interface Mention {
  name: string;
  offset: number;
  /** The name is the subject of its clause ("Mr Macron expressed …"), not a complement ("… of Le Pen"). */
  subject: boolean;
}

/** Speakers seen so far in one document, in reading order, plus a surname → full name index. */
export class SpeakerHistory {
  private readonly entries: Entry[] = [];
  private readonly surnames = new Map<string, Set<string>>();
  private readonly mentions: Mention[] = [];
  private readonly genders = new Map<string, Gender>();

  /** Records a personal name seen in the text ("Emmanuel Macron"); `subject` when it heads its clause. */
  noteName(full: string, offset: number, subject = false): string {
    if (this.mentions.length > 100) this.mentions.splice(0, 50);
    const parts = full.split(/\s+/u);
    const name = parts.length < 2 ? this.fullName(full) : full;
    this.mentions.push({ name, offset, subject });
    if (parts.length < 2) return name;
    const last = parts[parts.length - 1].toLowerCase();
    let set = this.surnames.get(last);
    if (!set) this.surnames.set(last, (set = new Set()));
    if (set.size < 4) set.add(full);
    return name;
  }

  /** True when a single capitalised word is the surname of a full name seen before. */
  isKnownSurname(word: string): boolean {
    return this.surnames.has(word.toLowerCase());
  }

  /** Records a speaker's grammatical gender when the text tells it (title, pronoun, feminine role). */
  noteGender(speaker: string, gender: Gender | null): void {
    if (gender && !this.genders.has(speaker)) this.genders.set(speaker, gender);
  }

  /** Resolves a subject at `offset`; `verb` is the reporting verb (continuing verbs favour the last speaker). */
  resolve(s: Subject, offset: number, verb: string): Speaker | null {
    const r = this.resolveOnly(s, offset, verb);
    if (r) this.push(r, s, offset);
    return r;
  }

  private resolveOnly(s: Subject, offset: number, verb: string): Speaker | null {
    switch (s.kind) {
      case 'name': return { speaker: this.fullName(s.text), role: s.role };
      case 'body': return { speaker: s.text, role: s.role };
      case 'pronoun': {
        const lower = s.text.toLowerCase();
        if (PERSONAL_PRONOUNS.has(lower)) {
          const p = this.lastPerson(offset, s.gender);
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
        if (s.words.some((w) => /^(?:dernier|dernière|derniers|dernières|latter)$/u.test(w))) {
          const m = this.lastMention(offset, false, s.words.some((w) => w.endsWith('ère')) ? 'f' : null);
          if (m) return { speaker: m, role: null };
        }
        const personal = s.words.some((w) => PERSON_ROLES.has(w));
        const e = this.find((x) => !personal || x.person, personal ? 8 : 3);
        return e ? { speaker: e.speaker, role: personal ? s.text : e.role } : { speaker: s.text, role: null };
      }
      case 'description': {
        if (ANAPHORIC.has(s.words[0] ?? '')) {
          const p = this.lastPersonOrMention(offset);
          if (p) return { speaker: p, role: null };
        }
        const match = this.bestMatch(s.words.filter((w) => w.length > 2));
        if (match) return { speaker: match.speaker, role: s.text };
        const last = this.find((x) => x.person, LOOKBACK);
        if (last && !this.otherRole(last, s.words) && (CONTINUATIVE.has(verb) || offset - last.offset < NEAR)) return { speaker: last.speaker, role: s.text };
        return { speaker: s.text, role: null };
      }
    }
  }

  /** True when the entry's known role names another function than the description ("le procureur" vs a spokesman). */
  private otherRole(e: Entry, words: readonly string[]): boolean {
    if (e.role === null) return false;
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
  private lastPerson(offset: number, gender: Gender | null): Speaker | null {
    const e = this.find((x) => (x.person ? this.agrees(x.speaker, gender) : gender !== null && x.gender === gender), LOOKBACK);
    let m: Mention | null = null;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (e && x.offset <= e.offset) break;
      if (x.offset < offset && x.subject && this.agrees(x.name, gender)) { m = x; break; }
    }
    if (m) return { speaker: m.name, role: null };
    if (e) return { speaker: e.speaker, role: null };
    const any = this.lastMention(offset, false, gender);
    if (any) return { speaker: any, role: null };
    return null;
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

  /** The latest speaker, for participles and quotes that continue it. */
  last(): Speaker | null {
    const e = this.entries[this.entries.length - 1];
    return e ? { speaker: e.speaker, role: e.role } : null;
  }

  private fullName(name: string): string {
    if (/\s/u.test(name)) return name;
    const set = this.surnames.get(name.toLowerCase());
    if (set && set.size === 1) return [...set][0];
    return name;
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
    const words = prev ? new Set<string>(prev.words) : new Set<string>();
    addPieces(`${r.role ?? ''} ${r.speaker}`.toLowerCase(), words);
    const person = s.kind === 'name' ? /\s/u.test(r.speaker) || r.role !== null || (prev?.person ?? false) : prev?.person ?? (s.kind !== 'body' && /^\p{Lu}/u.test(r.speaker));
    if (s.kind === 'name' || s.kind === 'description') this.noteGender(r.speaker, s.gender);
    if (this.entries.length > 200) this.entries.splice(0, 100);
    this.entries.push({ speaker: r.speaker, role: r.role ?? prev?.role ?? null, person, gender: s.kind === 'body' ? s.gender : prev?.gender ?? null, words, offset });
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
