/**
 * Single-line boilerplate rules: each looks at one trimmed line and names the kind of junk it is,
 * or returns null. Contextual rules (blocks, embeds, teasers) live in `boilerplateContext.ts`.
 * All checks are bounded string tests or anchored regexes without nested quantifiers.
 */

/**
 * Lowercases, folds typographic apostrophes and collapses whitespace (incl. no-break spaces).
 * Runs on every line several times over, so it is one char-code pass that copies only when needed.
 */
export function simpleKey(line: string): string {
  const lower = line.trim().toLowerCase();
  const n = lower.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    i = nextRewrite(lower, i, n);
    if (i >= n) break;
    const c = lower.charCodeAt(i);
    out += lower.slice(from, i);
    if (isInvisible(c)) {
      i++;
    } else if (isJsSpace(c)) {
      out += ' ';
      while (i < n && isJsSpace(lower.charCodeAt(i))) i++;
    } else {
      out += "'";
      i++;
    }
    from = i;
  }
  if (from === 0) return lower;
  out += lower.slice(from);
  // Dropping invisible characters can expose a space at either end ("\u200b Source link").
  return out.charCodeAt(0) === 32 || out.charCodeAt(out.length - 1) === 32 ? out.trim() : out;
}

/** Zero-width characters and the soft hyphen: invisible in the editor, so they must not hide a rule. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}

/** The first index from `i` below `n` where `needsRewrite` holds, else `n` (a tight loop: this reads every line). */
function nextRewrite(s: string, i: number, n: number): number {
  let j = i;
  for (; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c > 32 && c < 0xa0) {
      if (c === 96) break;
    } else if (needsRewrite(s, j)) break;
  }
  return j;
}

/** An apostrophe to fold, a whitespace other than a lone space, or a space opening a run. */
function needsRewrite(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 32) return isJsSpace(s.charCodeAt(i + 1));
  return c === 0x2019 || c === 0x2bc || c === 96 || isJsSpace(c) || isInvisible(c);
}

/** The characters of the regex class `\s` (WhiteSpace and LineTerminator); NaN (past the end) is not. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * False when `simpleKey(line)` surely has more than `max` code units, decided without building it:
 * every unit that is neither whitespace nor invisible stays in the key (lower-casing never shortens).
 */
export function keyMayFit(line: string, max: number): boolean {
  if (line.length <= max) return true;
  let kept = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isJsSpace(c) && !isInvisible(c) && ++kept > max) return false;
  }
  return true;
}

/** Normalises a line for the corpus-repetition signal: `simpleKey` with every digit folded to 0. */
export function normaliseLineKey(line: string): string {
  return zeroDigits(simpleKey(line));
}

/** `normaliseLineKey` from an already computed `simpleKey`. */
export function zeroDigits(key: string): string {
  return key.replace(/[0-9]/g, '0');
}

const EXACT: ReadonlyMap<string, string> = new Map([
  ['copyright for syndicated content belongs to the linked source.', 'copyright'],
  ['la source de cet article se trouve sur ce site', 'copyright'],
  ['the source of this article can be found on this site', 'copyright'],
  ['tous droits réservés', 'copyright'],
  ['tous droits réservés.', 'copyright'],
  ['all rights reserved', 'copyright'],
  ['all rights reserved.', 'copyright'],
  ['laisser un commentaire', 'comment-form'],
  ['leave a reply', 'comment-form'],
  ['leave a comment', 'comment-form'],
  ["s'il vous plaît entrez votre commentaire!", 'comment-form'],
  ["s'il vous plaît entrez votre nom ici", 'comment-form'],
  ['please enter your comment!', 'comment-form'],
  ['please enter your name here', 'comment-form'],
  ['commentaires', 'comment-form'],
  ['réagir', 'comment-form'],
  ['partager:', 'share'],
  ['partager :', 'share'],
  ['partager', 'share'],
  ['share:', 'share'],
  ['share', 'share'],
  ['share this article', 'share'],
  ['partager cet article', 'share'],
  ['tweet', 'share'],
  ['imprimer', 'share'],
  ['print', 'share'],
  ['lire aussi', 'teaser'],
  ['lire aussi :', 'teaser'],
  ['à lire aussi', 'teaser'],
  ['a lire aussi', 'teaser'],
  ['voir aussi', 'teaser'],
  ['read more', 'teaser'],
  ['read more:', 'teaser'],
  ['see also', 'teaser'],
  ['related', 'teaser'],
  ['related:', 'teaser'],
  ['sur le même sujet', 'teaser'],
  ['for more opinion...', 'newsletter'],
  ['stay up to date...', 'newsletter'],
  ['sign up for our new', 'newsletter'],
  ['newsletter', 'newsletter'],
  ['join us on', 'newsletter'],
  ['just watched', 'video-widget'],
  ['replay', 'video-widget'],
  ['more videos ...', 'video-widget'],
  ['more videos', 'video-widget'],
  ['must watch', 'video-widget'],
  ['hide caption', 'gallery'],
  ['photos:', 'gallery'],
  ['view this post on instagram', 'social-embed'],
  ['a post shared by', 'social-embed'],
  ['une publication partagée par', 'social-embed'],
  ['voir cette publication sur instagram', 'social-embed'],
  ['(...)', 'truncation'],
  ['[...]', 'truncation'],
  ['(…)', 'truncation'],
  ['[…]', 'truncation'],
  ['…', 'truncation'],
  ['vues:', 'empty-stub'],
  ['vues :', 'empty-stub'],
  ['views:', 'empty-stub'],
  ['date:', 'empty-stub'],
  ['date :', 'empty-stub'],
]);

/** Longest EXACT phrase. */
const EXACT_MAX = Math.max(...[...EXACT.keys()].map((k) => k.length));

const METADATA_LABEL = /^(source link|source|author|auteur|auteurs|publish date|published|tags|tag|date|vues|views|mis à jour|updated|url|lien|catégorie|category|keywords|mots-clés) ?:/;
const PUBLISHED_PHRASE = /^(publié|publiée|mis à jour|modifié|posted|published|updated|last updated)( le| on| at| à| aujourd'hui| hier| today| yesterday|:| \d)/;
const TEASER_PREFIX = /^(» |> |>> |→ )?(à lire aussi|a lire aussi|lire aussi|lire également|à lire également|à voir aussi|voir aussi|read more|see also|related|sur le même sujet|à découvrir|découvrez aussi|notre dossier|lire la suite|continuer la lecture|read the full story|more on this story)( ?[:>»|-])/;
const NEWSLETTER = /\b(newsletter|abonnez-vous|inscrivez-vous|s'abonner|subscribe|sign up for|déjà abonné|already a subscriber|réservé aux abonnés|subscribers only)\b/;
const COOKIE = /\bcookies?\b/;
const COOKIE_ACTION = /\b(accept|accepter|acceptez|consent|utilise|utilisons|use|uses|paramétrer|paramètres|settings|privacy|confidentialité|navigation|browsing)/;
const SOCIAL_URL = /^(https?:\/\/)?(www\.)?(pic\.twitter\.com|t\.co|twitter\.com|x\.com|instagram\.com|facebook\.com|youtu\.be|youtube\.com|tiktok\.com)\/\S*$/;
const EMBED_LINE = /^(\(@[\w.]{1,40}\)( on)?|(a post shared by|une publication partagée par) .{1,120})$/;
const BARE_URL = /^(https?:\/\/|www\.)\S+$/;
const HANDLE_LINE = /^(—|–|--|-) ?.{0,80}\(@[\w.]{1,40}\)( .{0,40})?$/;
const DATELINE = /^([\p{Lu}][\p{L} .'-]{0,30} ?)?\((cnn|afp|reuters|ap|belga|bloomberg|afp\/reuters)\) ?[—–-]?$/iu;
const BYLINE_PREFIX = /^(par|by|de notre (envoyé|envoyée|correspondant|correspondante)( spécial| spéciale| permanent)?( à [\p{L} -]{1,30})?|propos recueillis par|un édito de|une chronique de|an? (editorial|column) by|reporting by|written by|édité par|edited by) \p{Lu}/u;

/**
 * Classifies one line (already known to be non-empty); null when it looks like content.
 * `key`, when the caller already has it, is `simpleKey(raw)`.
 */
export function classifyLine(raw: string, key?: string): string | null {
  const t = raw.trim();
  if (t.length === 0) return null;
  // Long lines are paragraphs: only the separator and spot_img rules can apply, so skip normalising them.
  // Lower-casing never makes a "_": lines without one skip the copy.
  if (t.length > 400) return isSeparator(t) ? 'separator' : t.includes('_') && t.toLowerCase().includes('spot_img') ? 'spot-img' : null;
  const k = key ?? simpleKey(t);
  // Hashing a long key for a map of short phrases costs a pass over it: compare lengths first.
  const exact = k.length <= EXACT_MAX ? EXACT.get(k) : undefined;
  if (exact) return exact;
  if (isSeparator(t)) return 'separator';
  if (t.includes('_') && k.includes('spot_img')) return 'spot-img';
  if (t.length > 400) return null;
  return classifyShort(t, k);
}

function classifyShort(t: string, k: string): string | null {
  if (METADATA_LABEL.test(k)) return 'metadata';
  if (t.length <= 120 && PUBLISHED_PHRASE.test(k)) return 'metadata';
  if (k.startsWith('copyright') || k.startsWith('©') || k.startsWith('(c) ') || k.startsWith('crédit photo')) {
    if (t.length <= 120) return 'copyright';
  }
  if (TEASER_PREFIX.test(k) && t.length <= 250) return 'teaser';
  if (SOCIAL_URL.test(k) || HANDLE_LINE.test(t) || EMBED_LINE.test(k) || isTagLine(t)) return 'social-embed';
  if (BARE_URL.test(k)) return 'link';
  if (t.length <= 200 && NEWSLETTER.test(k)) return 'newsletter';
  if (t.length <= 300 && COOKIE.test(k) && COOKIE_ACTION.test(k)) return 'cookie';
  if (isBareTimeOrDate(k)) return 'metadata';
  if (isGalleryCounter(k)) return 'gallery';
  return classifyByline(t, k);
}

function classifyByline(t: string, k: string): string | null {
  if (t.length <= 300 && /contributed (to )?(this|the) report\.?$|contributed reporting\.?$/.test(k)) return 'byline';
  if (t.length <= 300 && /^[\p{L}]{2,12}'s [\p{L} ,.'-]{3,120} (reported|wrote) from /u.test(k) && /^(cnn|reuters|ap|bbc)'s /.test(k)) return 'byline';
  if (t.length > 100) return null;
  if (DATELINE.test(t)) return 'byline';
  if (k.startsWith('la rédaction de ') || k.startsWith('la rédaction d\'') || /^the [\p{L} .]{1,44} newsroom$/u.test(k)) return 'byline';
  if (k.includes('views expressed in this commentary')) return 'byline';
  if (/^\(?avec (afp|belga|reuters|ap|agences|l'afp)( et [\p{L}]{2,10})?\)?\.?$/u.test(k)) return 'byline';
  if (t.startsWith('•') && / is an? /.test(k)) return 'byline';
  if (t.length <= 8 && /^(\p{Lu}\.[ -]?){1,3}\p{Lu}\p{Ll}?\.?$/u.test(t)) return 'byline'; // initials: "G.La"
  const prefix = BYLINE_PREFIX.exec(t.charAt(0).toLowerCase() + t.slice(1));
  if (prefix && wordCount(t) <= 10 && isNameList(t.slice(prefix[0].length - 1))) return 'byline';
  return null;
}

const PARTICLES = new Set(['de', 'du', 'des', 'van', 'von', 'der', 'den', 'le', 'la', 'et', 'and', 'di', 'da', 'del', 'bin', 'ben', 'el', 'al']);
const NOT_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi',
  'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'the', 'le', 'la', 'les', 'this', 'that', 'ailleurs', 'contre', 'exemple']);

/** "Jean Dupont", "Jane Doe, CNN", "Jean Dupont et Marie Durand, à Paris": capitalised name words up to a comma. */
function isNameList(rest: string): boolean {
  const beforeComma = rest.split(/[,(]/, 1)[0].trim().replace(/\.$/, '');
  const words = beforeComma.split(/\s+/);
  if (words.length === 0 || words.length > 7) return false;
  if (NOT_NAMES.has(words[0].toLowerCase())) return false;
  return words.every((w) => PARTICLES.has(w.toLowerCase()) || /^[\p{Lu}][\p{L}.'’-]{0,30}$/u.test(w));
}

/** A line with no letter or digit and at least two marks ("* . *", "- - -", ". . . %%%"). */
export function isSeparator(t: string): boolean {
  let marks = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if (isAlnum(t[i])) return false;
    marks++;
  }
  if (marks >= 3) return !/^[.…]{3}$/.test(t);
  return /^[*•#~=_|§¤◆■●▪—–-]{1,2}$/.test(t);
}

function isAlnum(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

function isTagLine(t: string): boolean {
  // Only hashtags and @mentions, e.g. "#Toulon", "@prefpolice", "#orleans #blocus".
  return t.length <= 120 && /^([#@][\p{L}\p{N}_]{1,40} ?){1,8}$/u.test(t);
}

const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const BARE_DATE = new RegExp(
  `^((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?` +
    `(\\d{1,2}(er)? (${MONTHS})\\.?,? \\d{4}|(${MONTHS})\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})` +
    `(,? (at |à )?\\d{1,2}([:h]\\d{2})? ?(am|pm)?( [a-z]{2,4})?)?$`,
);
const BARE_TIME = /^\d{1,2}(h|h\d{2}|:\d{2}|:\d{2}:\d{2})( ?(am|pm))?$/;

/** "January 7, 2019", "13 novembre 2024", "17h", "14h10", "03:13": a date or time standing alone. */
export function isBareTimeOrDate(k: string): boolean {
  if (k.length > 60) return false;
  return BARE_TIME.test(k) || BARE_DATE.test(k);
}

function isGalleryCounter(k: string): boolean {
  return /^\d{1,3} (of|sur|\/) \d{1,3}$/.test(k) || /^in photos: /.test(k);
}

/** Number of whitespace-separated words (bounded scan). */
export function wordCount(t: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const space = t.charCodeAt(i) <= 32 || t.charCodeAt(i) === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
