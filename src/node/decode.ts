/**
 * Turns a dump's bytes into text. Dumps come from scrapers of every age: UTF-8 (with or without
 * BOM), UTF-16 with BOM, or legacy Windows-1252/Latin-1. Binary files are refused with a clear
 * message rather than shown as mojibake. Pure function over bytes; no file-system access.
 */

import { isUtf8 } from 'node:buffer';

/** One shared decoder (non-streaming `decode` calls keep no state between them). */
const UTF8 = new TextDecoder('utf-8');

export type DecodeResult = { text: string } | { error: string };

/** How many leading bytes the binary and plausibility checks look at. */
const SAMPLE = 64 * 1024;

/** Decodes dump bytes; `{ error: "binary file" }` or an "undecidable text encoding" error when it cannot. */
export function decodeBytes(buf: Uint8Array): DecodeResult {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: UTF8.decode(buf.subarray(3)) };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: decodeUtf16(buf.subarray(2), true) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: decodeUtf16(buf.subarray(2), false) };
  const bomless = guessBomlessUtf16(buf);
  if (bomless !== null) return { text: decodeUtf16(buf, bomless === 'le') };
  if (looksBinary(buf)) return { error: 'binary file' };
  // Well-formed UTF-8 (the common case) is told by Node's native validator, exactly what `scanUtf8` finding nothing invalid means.
  if (isUtf8(buf)) return { text: UTF8.decode(buf) };
  const utf8 = scanUtf8(buf);
  if (utf8.invalid === 0) return { text: UTF8.decode(buf) };
  // Mostly valid UTF-8 with a few damaged bytes: keep UTF-8, damaged bytes become U+FFFD.
  if (utf8.multibyte >= 8 * utf8.invalid) return { text: UTF8.decode(buf) };
  const text = decodeWindows1252(buf);
  if (plausibleLegacy(text)) return { text };
  return { error: 'undecidable text encoding (neither valid UTF-8 nor plausible Windows-1252)' };
}

/** Windows-1252 bytes 0x80–0x9F (undefined slots stay C1 controls, as in the WHATWG table). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes Windows-1252 by hand: Node 20's TextDecoder('windows-1252') maps 0x80–0x9F as Latin-1
 * C1 controls, which would turn every ’ “ ” — € into garbage.
 */
export function decodeWindows1252(buf: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < buf.length; i += CHUNK) {
    let chunk = '';
    const end = Math.min(buf.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = buf[j];
      chunk += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(chunk);
  }
  return parts.join('');
}

function decodeUtf16(body: Uint8Array, littleEndian: boolean): string {
  const even = body.length - (body.length % 2);
  if (littleEndian) return new TextDecoder('utf-16le').decode(body.subarray(0, even));
  const swapped = new Uint8Array(even);
  for (let i = 0; i < even; i += 2) {
    swapped[i] = body[i + 1]!;
    swapped[i + 1] = body[i]!;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

/** UTF-16 text without BOM: NULs sit almost only on one byte parity (Latin-script text). */
function guessBomlessUtf16(buf: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(buf.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.02) return 'le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.02) return 'be';
  return null;
}

/** NUL bytes, or more than 10% control characters other than tab, CR, LF, FF and ESC-free text. */
function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 0x7f) control++;
  }
  return n > 0 && control > n * 0.1;
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes in one pass. */
export function scanUtf8(buf: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > buf.length || !continuationOk(buf, i, len)) {
      invalid++;
      i++;
      continue;
    }
    multibyte++;
    i += len;
  }
  return { multibyte, invalid };
}

function continuationOk(buf: Uint8Array, i: number, len: number): boolean {
  const b0 = buf[i];
  const b1 = buf[i + 1];
  // Reject overlongs, surrogates and code points above U+10FFFF.
  if (b0 === 0xe0 && b1 < 0xa0) return false;
  if (b0 === 0xed && b1 > 0x9f) return false;
  if (b0 === 0xf0 && b1 < 0x90) return false;
  if (b0 === 0xf4 && b1 > 0x8f) return false;
  for (let k = 1; k < len; k++) {
    const c = buf[i + k];
    if (c < 0x80 || c > 0xbf) return false;
  }
  return true;
}

/** Non-ASCII characters of real Latin-1/Windows-1252 prose are mostly letters and typographic marks. */
function plausibleLegacy(text: string): boolean {
  let high = 0;
  let good = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    high++;
    if (isPlausibleHigh(text[i])) good++;
  }
  return high === 0 || good >= high * 0.8;
}

function isPlausibleHigh(ch: string): boolean {
  return /[\p{L}’‘“”«»–—…€°·•\u00a0§©®™²³ºª±×]/u.test(ch);
}
