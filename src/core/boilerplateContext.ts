/**
 * Contextual boilerplate rules: lines that are junk because of their neighbours (the headline
 * under "Lire aussi", the outlet name under a top separator, a social post above its
 * "— Name (@handle)" line, the "Twitter" / "and" / "Facebook" words of a newsletter block).
 * Each pass walks the non-empty lines once, with bounded look-back, so the whole is linear.
 */
import { functionWordScores, languageFromScores } from './language';
import { isBareTimeOrDate, keyMayFit, wordCount } from './boilerplateRules';
import type { Language } from './types';

/** A non-empty line with its (mutable) verdict. */
export interface LineVerdict {
  index: number;
  text: string;
  /** `simpleKey` of `text`, computed once and shared by every rule pass. */
  key: string;
  reason: string | null;
  /** The key when it is already built, else undefined (lets a pass skip `keyMayFit`). */
  builtKey?(): string | undefined;
}

const KNOWN_OUTLETS = new Set([
  "l'express", 'le monde', 'le figaro', 'libération', 'le parisien', 'les echos', 'le point', "l'obs",
  'la dh', 'la libre', 'le soir', 'rtbf', 'rtl info', 'sudinfo', 'tf1info', 'franceinfo', 'france 24',
  'bfmtv', '20 minutes', 'ouest-france', 'sud ouest', 'la croix', 'mediapart', 'marianne', 'euronews',
  'cnn', 'bbc', 'bbc news', 'the guardian', 'the irish times', 'reuters', 'afp', 'associated press',
  'the new york times', 'the washington post', 'bloomberg', 'politico', 'the independent', 'the telegraph',
  'sky news', 'al jazeera', 'dw', 'the times', 'fox news', 'nbc news', 'abc news', 'npr', 'courrier international',
]);

/** Longer than any key a pass compares with a fixed string or a short pattern. */
const SHORT_KEY = 80;

/**
 * The line's key, or '' when it is longer than SHORT_KEY (too long to match any short form).
 * A key not built yet is built only when `keyMayFit` says it may be short.
 */
function shortKey(l: LineVerdict): string {
  const k = l.builtKey?.() ?? (keyMayFit(l.text, SHORT_KEY) ? l.key : '');
  return k.length <= SHORT_KEY ? k : '';
}

const SOCIAL_FOLLOW = new Set(['twitter', 'facebook', 'instagram', 'linkedin', 'youtube', 'and', 'et', '.', 'x']);

/** Applies every contextual pass to `lines` (non-empty lines in order), in place. */
export function applyContextRules(lines: LineVerdict[], language: Language | null): void {
  const shortKeys = lines.map(shortKey);
  markOutletHeaders(lines, shortKeys);
  markFollowers(lines, shortKeys);
  markSocialPosts(lines, language);
  markInstagramBlocks(lines, shortKeys);
  if (language === 'en') markInlineHeadlines(lines);
}

function markOutletHeaders(lines: LineVerdict[], shortKeys: readonly string[]): void {
  let names: ReadonlySet<string> = KNOWN_OUTLETS;
  for (const k of shortKeys) {
    const m = k.startsWith('tag') ? /^tags ?: ?(.{1,60})$/.exec(k) : null;
    if (m) names = new Set(names).add(m[1].trim());
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.reason || l.text.length > 60) continue;
    const k = l.key;
    const underTopSeparator = i === 1 && lines[0].reason === 'separator' && wordCount(l.text) <= 5 && !/[.!?:]$/.test(k);
    if (names.has(k) || underTopSeparator) l.reason = 'outlet-header';
  }
}

/** Lines made junk by the line just before them: teaser targets, video titles, newsletter link words. */
function markFollowers(lines: LineVerdict[], shortKeys: readonly string[]): void {
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const l = lines[i];
    if (l.reason) continue;
    const pk = shortKeys[i - 1];
    if (prev.reason === 'teaser' && isBareTeaser(pk) && looksLikeHeadline(l.text) && !sharesTopic(l.text, lines[i + 1]?.text ?? '')) {
      l.reason = 'teaser';
    }
    else if (pk === 'just watched' && l.text.length <= 150) l.reason = 'video-widget';
    else if (prev.reason === 'newsletter' && SOCIAL_FOLLOW.has(l.key)) l.reason = 'newsletter';
  }
}

function isBareTeaser(k: string): boolean {
  return /^(lire aussi|à lire aussi|a lire aussi|voir aussi|read more|see also|related)( ?:)?$/.test(k);
}

/** Short, with no sentence-final full stop: the title of a linked article rather than a paragraph. */
export function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 160 || wordCount(t) > 25) return false;
  if (!/^[\p{Lu}\p{N}“«"‘]/u.test(t)) return false;
  if (/^[“«"]/.test(t) && /[”»"]$/.test(t)) return false; // a quoted sub-heading is content
  const core = stripClosers(t);
  return !/[.:;,]$/.test(core) || /\.\.\.$|…$/.test(core);
}

/**
 * Whether a short line introduces the paragraph after it (a sub-heading shares a content word
 * with it) rather than pointing elsewhere (a "Lire aussi" link title usually shares none).
 */
export function sharesTopic(heading: string, paragraph: string): boolean {
  const stems = new Set(contentStems(heading));
  return contentStems(paragraph.slice(0, 1000)).some((s) => stems.has(s));
}

function contentStems(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}]{5,}/gu) ?? [];
  return words.map((w) => w.slice(0, 5));
}

/** Drops trailing spaces and closing quotes/brackets (a loop: trailing-run regexes are quadratic). */
function stripClosers(t: string): string {
  let end = t.length;
  while (end > 0 && ' \t\u00a0"”»’\')]'.includes(t.charAt(end - 1))) end--;
  return t.slice(0, end);
}

const POST_SIGNAL = /pic\.twitter\.com|t\.co\/|https?:\/\/|(^|\s)[#@][\p{L}\p{N}_]{2,}|\p{Extended_Pictographic}/u;

/**
 * An embedded post: the "— Name (@handle)" line, the date under it, the post's text above it (the
 * line just above, and further lines while they carry post signals or are in another language).
 */
function markSocialPosts(lines: LineVerdict[], language: Language | null): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.reason !== 'social-embed' || !/^(—|–|--|-)/.test(l.text.trim())) continue;
    const next = lines[i + 1];
    if (next && !next.reason && isBareTimeOrDate(next.key)) next.reason = 'social-embed';
    let first = true;
    for (let j = i - 1; j >= 0 && j >= i - 10; j--) {
      const p = lines[j];
      if (p.reason === 'social-embed') continue;
      if (p.reason) break;
      if (!first && !isPostLike(p.text, language)) break;
      p.reason = 'social-embed';
      first = false;
    }
  }
}

function isPostLike(text: string, language: Language | null): boolean {
  const t = text.trim();
  if (/^[.,;:»)\]”]/.test(t) || wordCount(t) <= 3) return true;
  const lang = language ? languageFromScores(functionWordScores(t), 3) : null;
  if (lang !== null && lang !== language) return true;
  if (lang === language && t.length > 80) return false;
  return POST_SIGNAL.test(t);
}

/** "View this post on Instagram" … "A post shared by" … date: everything up to the date line. */
function markInstagramBlocks(lines: LineVerdict[], shortKeys: readonly string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const k = shortKeys[i];
    if (k !== 'view this post on instagram' && k !== 'voir cette publication sur instagram') continue;
    let end = -1;
    for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
      if (isBareTimeOrDate(lines[j].key)) {
        end = j;
        break;
      }
    }
    for (let j = i + 1; j <= end; j++) lines[j].reason ??= 'social-embed';
  }
}

const TRAILING_FUNCTION_WORDS = new Set(['to', 'the', 'a', 'an', 'of', 'and', 'in', 'by', 'for', 'on', 'at', 'with', 'from',
  'that', 'as', 'his', 'her', 'their', 'its', 'or', 'was', 'is', 'were', 'are', 'be', 'about', 'who', 'which']);

/**
 * English wire pages (CNN) drop the headlines of related stories between paragraphs: a 6–20 word
 * line without final punctuation, after a finished paragraph and before a new one, once the body
 * has started. Broken link fragments end on a function word or run into a lowercase line instead.
 */
function markInlineHeadlines(lines: LineVerdict[]): void {
  let bodyStarted = false;
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i];
    const t = l.text.trim();
    if (!bodyStarted) {
      bodyStarted = !l.reason && wordCount(t) >= 15;
      continue;
    }
    if (l.reason || !/^[A-Z‘'"“]/.test(t) || /[.!?:;,"”’)]$/.test(t)) continue;
    const words = t.split(/\s+/);
    if (words.length < 6 || words.length > 20) continue;
    if (TRAILING_FUNCTION_WORDS.has(words[words.length - 1].toLowerCase())) continue;
    const prev = lines[i - 1].text.trim();
    const next = lines[i + 1].text.trim();
    if (/[.!?"”»)]$/.test(prev) && /^[\p{Lu}"“‘'«]/u.test(next)) l.reason = 'teaser';
  }
}
