/**
 * One shared copy of the short strings repeated across claims (speakers, units, heads,
 * qualifiers): features arrive from workers as fresh copies per file, and a 100,000-file index
 * would otherwise hold a copy of "manifestants" or "le ministère" for every claim.
 */
export class Interner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

  /** The shared copy of `s`. */
  str<S extends string | null | undefined>(s: S): S {
    if (typeof s !== 'string') return s;
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit as S;
    this.strings.set(s, s);
    return s;
  }

  /** The shared copy of a word list (never modified by its users). */
  words(list: string[] | null): string[] | null {
    if (list === null) return null;
    const key = list.join('\u0000');
    const hit = this.lists.get(key);
    if (hit !== undefined) return hit as string[];
    const own = list.map((w) => this.str(w));
    this.lists.set(key, own);
    return own;
  }
}
