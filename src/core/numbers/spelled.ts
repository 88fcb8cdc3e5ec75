/**
 * Spelled-out numbers in French and English: "vingt et un", "quatre-vingt-dix-neuf",
 * "deux cent deux mille", "trois millions et demi", "twenty-one", "a hundred", "two million".
 * A small state machine over at most MAX_PARTS parts, read lazily, so the cost per start word is bounded.
 */
import { isSpaceAt, wordAt, type Word } from './chars';
import { HUNDRED_WORDS, SMALL_WORDS, scaleValue } from './lexicon';

const MAX_PARTS = 24;
/** Words after which English "a" means one: "a hundred", "a dozen". */
export const A_NEXT: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen']);

interface Part {
  lower: string;
  start: number;
  end: number;
  /** Index of the (hyphenated) word this part belongs to. */
  word: number;
}

export interface Spelled {
  start: number;
  end: number;
  value: number;
  /** Number of number words read ("un" alone → 1). */
  parts: number;
  /** The single word when the number is one word ("un", "one", "neuf"). */
  single: string | null;
  /** English "three-year": the rest of the hyphenated word after the number ("year"). */
  hyphenUnit: { start: number; end: number } | null;
}

/**
 * Lazily splits the words that follow `first` (separated only by spaces) into parts at hyphens,
 * so a long run of number words is read once, not once per start word.
 */
class PartReader {
  readonly parts: Part[] = [];
  private next: Word | null;
  private index = 0;

  constructor(private readonly s: string, first: Word) {
    this.next = first;
  }

  /** Makes parts[k] available when the text has it; false otherwise. */
  ensure(k: number): boolean {
    while (this.parts.length <= k && this.next && this.parts.length < MAX_PARTS) {
      const w = this.next;
      const numberish = this.addPieces(w);
      this.index++;
      this.next = numberish ? this.following(w.end) : null;
    }
    return this.parts.length > k;
  }

  /** Splits word `w` into parts at hyphens; true when one of them is a number word or connector. */
  private addPieces(w: Word): boolean {
    let numberish = false;
    let p = w.start;
    if (w.lower.length !== w.text.length) {
      // Lower-casing changed the length ("İ"): lower-case each piece on its own.
      for (const piece of w.text.split(/[-‑]/)) {
        const lower = piece.toLowerCase();
        numberish ||= isNumberish(lower);
        this.parts.push({ lower, start: p, end: p + piece.length, word: this.index });
        p += piece.length + 1;
      }
      return numberish;
    }
    // Pieces cut from the lower-cased word in place: no split array, no second lower-casing.
    const lw = w.lower;
    let from = 0;
    for (let j = 0; j <= lw.length; j++) {
      const c = lw.charCodeAt(j);
      if (j < lw.length && c !== 45 && c !== 0x2011) continue;
      const lower = from === 0 && j === lw.length ? lw : lw.slice(from, j);
      numberish ||= isNumberish(lower);
      this.parts.push({ lower, start: p, end: p + (j - from), word: this.index });
      p += j - from + 1;
      from = j + 1;
    }
    return numberish;
  }

  private following(end: number): Word | null {
    let j = end;
    let spaces = 0;
    while (spaces < 3 && isSpaceAt(this.s, j)) { j++; spaces++; }
    return spaces > 0 ? wordAt(this.s, j) : null;
  }
}

function isNumberish(lower: string): boolean {
  return SMALL_WORDS.has(lower) || HUNDRED_WORDS.has(lower) || scaleValue(lower, 'en') !== null ||
    lower === 'et' || lower === 'and' || lower === 'demi' || lower === 'a';
}

/** Can small value `v` follow small value `prev` ("vingt" + "un", "soixante" + "dix", "dix" + "sept")? */
function combinable(prev: number, v: number): boolean {
  if (prev >= 20 && prev % 10 === 0 && v >= 1 && v <= 9) return true;
  if ((prev === 60 || prev === 80) && v >= 10 && v <= 19) return true;
  return prev === 10 && v >= 7 && v <= 9;
}

class Machine {
  total = 0;
  small = 0;
  lastSmall = -1;
  lastKind: 'none' | 'small' | 'hundred' | 'scale' = 'none';
  lastScale = Infinity;
  count = 0;

  constructor(private readonly language: 'fr' | 'en') {}

  /** Feeds one part; false when it cannot continue the number. `next` is the following part. */
  feed(lower: string, next: string | undefined): boolean {
    const v = SMALL_WORDS.get(lower);
    if (v !== undefined) return this.addSmall(lower, v);
    if (HUNDRED_WORDS.has(lower)) return this.addHundred(lower);
    const scale = scaleValue(lower, this.language);
    if (scale !== null) return this.addScale(lower, scale);
    if (lower === 'et') return this.lastKind === 'small' && this.lastSmall >= 20 && (next === 'un' || next === 'une' || next === 'onze');
    if (lower === 'and') return (this.lastKind === 'hundred' || this.lastKind === 'scale') && next !== undefined && SMALL_WORDS.has(next);
    if (lower === 'demi' && next !== undefined && scaleValue(next, this.language) !== null && this.small <= 1) {
      this.small = 0.5;
      this.lastKind = 'small';
      this.lastSmall = 0;
      this.count++;
      return true;
    }
    if (lower === 'a' && this.lastKind === 'none' && next !== undefined && A_NEXT.has(next)) {
      this.small = 1;
      this.lastKind = 'small';
      this.lastSmall = 1;
      this.count++;
      return true;
    }
    return false;
  }

  private addSmall(lower: string, v: number): boolean {
    if (this.lastKind === 'small') {
      if ((lower === 'vingt' || lower === 'vingts') && this.lastSmall === 4) {
        this.small += 76;
        this.lastSmall = 80;
        this.count++;
        return true;
      }
      if (!combinable(this.lastSmall, v)) return false;
    } else if (this.small % 100 !== 0) {
      return false;
    }
    this.small += v;
    this.lastSmall = v;
    this.lastKind = 'small';
    this.count++;
    return true;
  }

  private addHundred(lower: string): boolean {
    if (this.small >= 100 || this.lastKind === 'hundred') return false;
    if ((lower === 'hundred' || lower === 'cents') && this.lastKind !== 'small') return false;
    if (lower !== 'hundred' && this.language === 'en') return false;
    this.small = (this.small || 1) * 100;
    this.lastKind = 'hundred';
    this.count++;
    return true;
  }

  private addScale(lower: string, scale: number): boolean {
    if (scale >= this.lastScale) return false;
    // "million" needs a multiplier ("un million"); French "mille" alone is 1000.
    if (this.small === 0 && lower !== 'mille') return false;
    this.total += (this.small || 1) * scale;
    this.small = 0;
    this.lastScale = scale;
    this.lastKind = 'scale';
    this.count++;
    return true;
  }

  value(): number {
    return this.total + this.small;
  }
}

/**
 * Reads a spelled-out number starting with word `first`; null when `first` does not start one.
 * French hyphenated words are all-or-nothing ("deux-roues" is not a number); English ones may end
 * in a unit ("three-year").
 */
export function readSpelled(s: string, first: Word, language: 'fr' | 'en'): Spelled | null {
  if (first.text === 'UN') return null; // United Nations
  const reader = new PartReader(s, first);
  const parts = reader.parts;
  let m = new Machine(language);
  let accepted = -1; // index of the last part accepted
  let committed = -1; // last accepted part that ends a word (French all-or-nothing)
  let hyphenUnit: Spelled['hyphenUnit'] = null;
  for (let k = 0; reader.ensure(k); k++) {
    reader.ensure(k + 1);
    const part = parts[k];
    if (!m.feed(part.lower, parts[k + 1]?.lower)) {
      const sameWord = accepted >= 0 && parts[accepted].word === part.word;
      if (sameWord && language === 'fr') {
        accepted = committed;
        m = replay(parts, accepted, language);
      } else if (sameWord && /^\p{Ll}/u.test(s[part.start] ?? '')) {
        let last = k;
        while (reader.ensure(last + 1) && parts[last + 1].word === part.word) last++;
        hyphenUnit = { start: part.start, end: parts[last].end };
      }
      break;
    }
    accepted = k;
    if (parts[k + 1]?.word !== part.word) committed = k;
  }
  // A trailing connector is not part of the number.
  while (accepted >= 0 && (parts[accepted].lower === 'et' || parts[accepted].lower === 'and')) accepted--;
  if (accepted < 0 || m.count === 0) return null;
  return {
    start: first.start,
    end: parts[accepted].end,
    value: m.value(),
    parts: accepted + 1,
    single: accepted === 0 ? parts[0].lower : null,
    hyphenUnit: language === 'en' ? hyphenUnit : null,
  };
}

/** A fresh machine fed with parts[0..last]. */
function replay(parts: Part[], last: number, language: 'fr' | 'en'): Machine {
  const m = new Machine(language);
  for (let k = 0; k <= last; k++) m.feed(parts[k].lower, parts[k + 1]?.lower);
  return m;
}
