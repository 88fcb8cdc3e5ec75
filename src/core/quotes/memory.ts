/**
 * The reading memory of one document for speaker resolution: the speakers resolved so far (entries)
 * and the names mentioned (mentions), in reading order, with the sexes the text told, and the
 * look-backs over them that pronouns and descriptions use. `SpeakerHistory` builds on it.
 */
import { otherSex } from './givenNames';
import { objectPronounAfter } from './enReference';
import { isPersonNoun } from './persons';
import { withinReach } from './pronounReach';
import { isAcronymPhrase } from './nameShape';
import { hasBlank } from './names';
import type { Speaker } from './resolve';

export interface Entry {
  speaker: string;
  role: string | null;
  person: boolean;
  gender: 'm' | 'f' | null;
  words: Set<string>;
  offset: number;
  /** Index of the sentence the entry was resolved in. */
  sentence: number;
}

export interface Mention {
  name: string;
  offset: number;
  /** The name is the subject of its clause ("Mr Macron expressed …"), not a complement ("… of Le Pen"). */
  subject: boolean;
  /** Written with several words here ("Robert Hannigan"), not a surname or possessive standing for one. */
  full: boolean;
  sentence: number;
}

export type Gender = 'm' | 'f';

/** How far back (in entries) pronouns and descriptions look. */
export const LOOKBACK = 30;
/** Distance (characters) within which a bare role description may take the last named speaker. */
export const NEAR = 1500;
/** An unnamed individual source: "one of …", "a protester", "un manifestant", "Another". */
export const INDEFINITE_ONE = /^(?:one|a|an|another|un|une|l’un|l’une|l'un|l'une)\s|^(?:another|un autre|une autre)$/iu;

/** Speakers and mentions of one document in reading order, and the look-backs over them. */
export class SpeakerMemory {
  constructor(protected readonly text: string) {}

  protected readonly entries: Entry[] = [];
  protected readonly mentions: Mention[] = [];
  protected readonly genders = new Map<string, Gender>();

  /** Index of the sentence being read (see `beginSentence`). */
  protected sentence = 0;

  /** Marks the start of a new sentence: names and speakers noted from now on belong to it. */
  beginSentence(): void {
    this.sentence++;
  }

  /** Records a speaker's grammatical gender when the text tells it (title, pronoun, feminine role). */
  noteGender(speaker: string, gender: Gender | null): void {
    if (gender && !this.genders.has(speaker)) this.genders.set(speaker, gender);
  }

  /** The latest person whose known words share the most words with a description (at least one). */
  protected bestMatch(words: readonly string[]): Entry | null {
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

  protected agrees(speaker: string, gender: Gender | null): boolean {
    const g = this.genders.get(speaker);
    return !gender || !g || g === gender;
  }

  /**
   * "… not by the leader of the list, Ingrid Levavasseur. She described both Di Maio and Chalençon as …":
   * the one person the previous sentence names who is not named again in the pronoun's own sentence
   * (a pronoun subject never stands for a name in its own clause), gender agreeing; else null.
   */
  protected previousSentencePerson(offset: number, gender: Gender | null): Speaker | null {
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
  protected lastSeen(name: string, offset: number): number {
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
  protected fullMentionAfter(e: Entry, offset: number, gender: Gender | null): string | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (x.sentence <= e.sentence) break;
      if (x.offset < offset && x.full && this.agrees(x.name, gender)) return x.name;
    }
    return null;
  }

  /** The latest person named as a clause subject after `since` and within NEAR before `offset`, gender agreeing. */
  protected subjectSince(since: number, offset: number, gender: Gender | null): string | null {
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
  protected lastIndividual(gender: Gender | null): Entry | null {
    const e = this.entries[this.entries.length - 1];
    if (!e || e.person || e.speaker.length > 60 || !INDEFINITE_ONE.test(e.speaker)) return null;
    if (gender && otherSex(gender === 'f' ? 'woman' : 'man', e.speaker)) return null;
    if (objectPronounAfter(this.text, e.offset, gender === 'f' ? 'her' : 'him')) return null; // "a protester shouted at him that …": "he" is the other one
    for (const w of e.words) if (w !== 'one' && isPersonNoun(w, w)) return e;
    return null;
  }

  /** The latest speaker when it is an unnamed individual ("one of …", "un manifestant", "Another") said after any named person. */
  protected lastUnnamed(head: string): Speaker | null {
    const e = this.entries[this.entries.length - 1];
    if (!e || e.person || !INDEFINITE_ONE.test(e.speaker) || otherSex(head, e.speaker)) return null; // "one of the women" is not "the man"
    return { speaker: e.speaker, role: e.role };
  }

  /** "l’intéressé": the person named last, as speaker or in passing. */
  protected lastPersonOrMention(offset: number): string | null {
    const e = this.find((x) => x.person, LOOKBACK);
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const x = this.mentions[k];
      if (e && x.offset <= e.offset) break;
      if (x.offset < offset) return x.name;
    }
    return e ? e.speaker : null;
  }

  protected lastMention(offset: number, subjectOnly: boolean, gender: Gender | null = null): string | null {
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

  protected find(pred: (e: Entry) => boolean, depth: number): Entry | null {
    for (let k = this.entries.length - 1, n = 0; k >= 0 && n < depth; k--, n++) {
      const e = this.entries[k];
      if (pred(e)) return e;
    }
    return null;
  }
}
