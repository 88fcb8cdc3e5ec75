/**
 * Turns a subject as written into the speaker a reader would name: pronouns and descriptions
 * ("a-t-il ajouté", "cette mère de deux enfants", "le chef de l’Alliance atlantique") resolve to
 * an earlier speaker, "la même source" to the previous source, a bare surname to the full name.
 */
import { PERSON_ROLES } from './lexicon';
import { CONTINUATIVE } from './lexicon';
import type { Subject } from './speaker';

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

/** Speakers seen so far in one document, in reading order, plus a surname → full name index. */
export class SpeakerHistory {
  private readonly entries: Entry[] = [];
  private readonly surnames = new Map<string, Set<string>>();
  private readonly mentions: Array<{ name: string; offset: number }> = [];

  /** Records a multi-word personal name seen in the text ("Emmanuel Macron"). */
  noteName(full: string, offset: number): void {
    if (this.mentions.length > 100) this.mentions.splice(0, 50);
    this.mentions.push({ name: full, offset });
    const parts = full.split(/\s+/u);
    if (parts.length < 2) return;
    const last = parts[parts.length - 1].toLowerCase();
    let set = this.surnames.get(last);
    if (!set) this.surnames.set(last, (set = new Set()));
    if (set.size < 4) set.add(full);
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
        if (/^(?:he|she|him|her)$/u.test(s.text.toLowerCase())) return this.lastPerson(offset);
        const e = this.find((x) => x.person || x.gender === null || s.gender === null || x.gender === s.gender, 8);
        if (e) return { speaker: e.speaker, role: null };
        const m = this.lastMention(offset);
        return m ? { speaker: m, role: null } : null;
      }
      case 'same-source': {
        const e = this.find(() => true, 3);
        return e ? { speaker: e.speaker, role: e.role } : { speaker: s.text, role: null };
      }
      case 'demonstrative': {
        if (s.words.some((w) => /^(?:dernier|dernière|derniers|dernières|latter)$/u.test(w))) {
          const m = this.lastMention(offset);
          if (m) return { speaker: m, role: null };
        }
        const personal = s.words.some((w) => PERSON_ROLES.has(w));
        const e = this.find((x) => !personal || x.person, personal ? 8 : 3);
        return e ? { speaker: e.speaker, role: personal ? s.text : e.role } : { speaker: s.text, role: null };
      }
      case 'description': {
        const match = this.bestMatch(s.words.filter((w) => w.length > 2));
        if (match) return { speaker: match.speaker, role: s.text };
        const last = this.find((x) => x.person, LOOKBACK);
        if (last && (CONTINUATIVE.has(verb) || offset - last.offset < NEAR)) return { speaker: last.speaker, role: s.text };
        return { speaker: s.text, role: null };
      }
    }
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

  /** The most recent person: a named speaker or a name mentioned since. */
  private lastPerson(offset: number): Speaker | null {
    const e = this.find((x) => x.person, LOOKBACK);
    let m: { name: string; offset: number } | null = null;
    for (let k = this.mentions.length - 1; k >= 0; k--) if (this.mentions[k].offset < offset) { m = this.mentions[k]!; break; }
    if (m && (!e || m.offset > e.offset)) return { speaker: this.fullName(m.name), role: null };
    return e ? { speaker: e.speaker, role: null } : null;
  }

  private lastMention(offset: number): string | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) if (this.mentions[k].offset < offset) return this.mentions[k].name;
    return null;
  }

  /** The latest speaker, for participles that continue it. */
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
    const words = new Set<string>(prev ? prev.words : []);
    for (const w of `${r.role ?? ''} ${r.speaker}`.toLowerCase().split(/[\s,’']+/u)) if (w) words.add(w);
    const person = s.kind === 'name' ? /\s/u.test(r.speaker) || r.role !== null || (prev?.person ?? false) : prev?.person ?? (s.kind !== 'body' && /^\p{Lu}/u.test(r.speaker));
    if (this.entries.length > 200) this.entries.splice(0, 100);
    this.entries.push({ speaker: r.speaker, role: r.role ?? prev?.role ?? null, person, gender: s.kind === 'body' ? s.gender : prev?.gender ?? null, words, offset });
  }
}
