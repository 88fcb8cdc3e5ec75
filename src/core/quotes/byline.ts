/**
 * The writer of a first-person piece. Comment and feature pages end (or open) with a tagline that
 * names the author ("Jane Doe is a writer based in Lyon"); "“…,” I asked" in the narration is then
 * that person speaking. Without such a line the writer is unknown and "I" stays unresolved.
 */

/** Nouns that make "<Name> is a …" a tagline about the writer. */
const WRITER_NOUNS: ReadonlySet<string> = new Set([
  'writer', 'journalist', 'author', 'columnist', 'correspondent', 'reporter', 'novelist', 'editor', 'commentator',
  'broadcaster', 'blogger', 'essayist', 'poet', 'freelance', 'contributor',
]);

/** Marks a tagline may open with. */
const BULLETS: ReadonlySet<string> = new Set(['•', '·', '*', '–', '—', '-', ' ']);

/** Longest tagline line (characters). */
const LINE_MAX = 300;
/** Lines read (a page is short; a hostile one is bounded). */
const LINES_MAX = 2000;

/** The author named by a tagline line of `text`, or null when none or several. */
export function writerOf(text: string): string | null {
  let found: string | null = null;
  let a = 0;
  for (let n = 0; a <= text.length && n < LINES_MAX; n++) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const name = b - a <= LINE_MAX ? taglineName(text.slice(a, b).trim()) : null;
    if (name !== null) {
      if (found !== null && found !== name) return null;
      found = name;
    }
    a = b + 1;
  }
  return found;
}

/** "Jane Doe is a writer from …": the name opening the line, or null. */
function taglineName(line: string): string | null {
  let a = 0;
  while (a < line.length && a < 3 && BULLETS.has(line[a])) a++; // "• Jane Doe is a writer"
  const words = line.slice(a).trim().split(' ');
  let k = 0;
  while (k < words.length && k < 4 && isNameWord(words[k])) k++;
  if (k < 2 || words[k] !== 'is' || !/^(?:a|an)$/u.test(words[k + 1] ?? '')) return null;
  for (let j = k + 2; j < words.length && j < k + 6; j++) if (WRITER_NOUNS.has(words[j].toLowerCase().replace(/[,.]$/u, ''))) return words.slice(0, k).join(' ');
  return null;
}

/** A capitalised word of letters (hyphens and apostrophes inside allowed). */
function isNameWord(w: string): boolean {
  return /^\p{Lu}[\p{L}'’-]{1,30}$/u.test(w);
}
