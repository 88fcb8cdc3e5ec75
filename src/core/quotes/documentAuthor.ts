/**
 * "In the preliminary report, the BfV points out … The report insists …": a definite document noun
 * standing alone as a speaker speaks for the body that wrote it. When the latest speaker is a body
 * and the text near it names that document with the body in one stretch, the document is that body.
 */

/** Documents that speak for their authors ("the report says", "the study warns"). */
const AUTHORED: ReadonlySet<string> = new Set(['report', 'study', 'statement', 'letter', 'document', 'assessment', 'review', 'analysis', 'memo']);

/** How far back (characters) the body and the document must have been named. */
const WINDOW = 1500;
/** Largest distance (characters) between the document noun and the body's name to read them as one stretch. */
const TOGETHER = 120;
/** Speaker entries looked at for the latest body. */
const DEPTH = 3;
/** Occurrences of the document noun examined in the window. */
const MAX_HITS = 20;

/** What `documentAuthor` reads of a speaker entry. */
interface AuthorEntry {
  speaker: string;
  person: boolean;
  offset: number;
}

/** The body a definite document noun alone (`s`) speaks for at `offset`, or null. */
export function documentAuthor(text: string, entries: readonly AuthorEntry[], s: { text: string; words: readonly string[] }, offset: number): string | null {
  if (s.words.length !== 1 || !AUTHORED.has(s.words[0]) || !/^the\s/iu.test(s.text)) return null;
  let body: AuthorEntry | null = null;
  for (let k = entries.length - 1, n = 0; k >= 0 && n < DEPTH && !body; k--, n++) if (!entries[k].person) body = entries[k];
  if (!body || offset - body.offset > WINDOW || body.speaker.length > 80) return null;
  const from = Math.max(0, offset - WINDOW);
  const stretch = text.slice(from, offset).toLowerCase();
  const noun = s.words[0];
  const name = body.speaker.toLowerCase();
  for (let i = stretch.indexOf(noun), n = 0; i >= 0 && n < MAX_HITS; i = stretch.indexOf(noun, i + 1), n++) {
    if (!wordAt(stretch, i, noun.length)) continue;
    const near = stretch.slice(Math.max(0, i - TOGETHER), i + noun.length + TOGETHER);
    if (near.includes(name)) return body.speaker;
  }
  return null;
}

/** True when stretch[i, i + n) is a whole word. */
function wordAt(stretch: string, i: number, n: number): boolean {
  const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || c > 0xbf;
  return (i === 0 || !isLetter(stretch.charCodeAt(i - 1))) && (i + n >= stretch.length || !isLetter(stretch.charCodeAt(i + n)));
}
