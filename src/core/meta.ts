/**
 * Dump metadata from the boilerplate lines (header, "Source link :", "Publish date :", "Tags :",
 * bylines) and the first content line (the title). Nothing is guessed: absent or unparseable → null.
 */
import type { Doc } from './document';
import type { BoilerplateLine, DumpMeta } from './types';
import { parsePublishDate } from './dates';

const HOST_NAMES: ReadonlyMap<string, string> = new Map([
  ['lexpress.fr', 'L’Express'], ['lemonde.fr', 'Le Monde'], ['lefigaro.fr', 'Le Figaro'],
  ['liberation.fr', 'Libération'], ['leparisien.fr', 'Le Parisien'], ['lesechos.fr', 'Les Echos'],
  ['lepoint.fr', 'Le Point'], ['nouvelobs.com', 'L’Obs'], ['dhnet.be', 'La DH'], ['lalibre.be', 'La Libre'],
  ['lesoir.be', 'Le Soir'], ['rtbf.be', 'RTBF'], ['tf1info.fr', 'TF1info'], ['francetvinfo.fr', 'franceinfo'],
  ['france24.com', 'France 24'], ['bfmtv.com', 'BFMTV'], ['20minutes.fr', '20 Minutes'],
  ['ouest-france.fr', 'Ouest-France'], ['la-croix.com', 'La Croix'], ['mediapart.fr', 'Mediapart'],
  ['euronews.com', 'Euronews'], ['cnn.com', 'CNN'], ['edition.cnn.com', 'CNN'], ['theguardian.com', 'The Guardian'],
  ['irishtimes.com', 'The Irish Times'], ['bbc.com', 'BBC'], ['bbc.co.uk', 'BBC'], ['reuters.com', 'Reuters'],
  ['nytimes.com', 'The New York Times'], ['washingtonpost.com', 'The Washington Post'], ['apnews.com', 'AP'],
  ['politico.eu', 'Politico'], ['politico.com', 'Politico'], ['aljazeera.com', 'Al Jazeera'],
]);

/** Reads outlet, title, URL, author and publish date from the dump's header and footer lines. */
export function readMeta(doc: Doc, boilerplate: readonly BoilerplateLine[]): DumpMeta {
  const meta: DumpMeta = { outlet: null, title: null, url: null, author: null, published: null };
  let tagOutlet: string | null = null;
  let newsroom: string | null = null;
  for (const b of boilerplate) {
    const text = doc.lineText(b.line - 1).trim();
    if (b.reason === 'outlet-header') meta.outlet ??= text;
    else if (b.reason === 'byline') {
      newsroom ??= newsroomName(text);
      meta.author ??= bylineAuthor(text);
    } else if (b.reason === 'metadata' || b.reason === 'empty-stub') {
      readLabelled(text, meta);
      tagOutlet ??= tagValue(text);
    }
  }
  meta.outlet ??= tagOutlet ?? newsroom ?? outletFromUrl(meta.url);
  meta.title = findTitle(doc, boilerplate);
  return meta;
}

function readLabelled(text: string, meta: DumpMeta): void {
  const m = /^([\p{L} ]{2,20}?) ?: ?(.*)$/u.exec(text.slice(0, 2000));
  const label = m ? m[1].toLowerCase() : '';
  const value = m ? m[2].trim() : '';
  if (/^(source link|url|lien|source)$/.test(label)) {
    const url = /https?:\/\/[^\s<>"]{1,2000}/.exec(value);
    if (url) meta.url ??= url[0];
  } else if (/^(author|auteur|auteurs)$/.test(label)) {
    if (value) meta.author ??= value;
  } else if (/^(publish date|published|date|publié le|date de publication)$/.test(label)) {
    if (value) meta.published ??= parsePublishDate(value);
  } else if (/^(publié|publiée|published|posted)[\s:]/i.test(text)) {
    meta.published ??= parsePublishDate(text);
  }
}

function tagValue(text: string): string | null {
  const m = /^tags? ?: ?(.{1,60})$/i.exec(text);
  if (!m) return null;
  const value = m[1].trim();
  return value && !value.includes(',') ? value : null;
}

function newsroomName(text: string): string | null {
  const fr = /^la rédaction (?:de |d['’])(.{1,60})$/i.exec(text);
  if (fr) return fr[1].trim();
  const en = /^the (.{1,60}) newsroom$/i.exec(text); // "The {outlet} newsroom"
  if (en) return en[1].trim();
  return null;
}

function bylineAuthor(text: string): string | null {
  const m = /^(?:par|by|propos recueillis par|un édito de|une chronique de) (.{2,80})$/i.exec(text);
  if (!m) return null;
  const name = m[1].split(/,| - | – /)[0].trim().replace(/\.$/, '');
  return name || null;
}

/** The outlet's readable name for a known host, else the bare host ("www." dropped). */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /^https?:\/\/([^/:?#\s]{1,200})/i.exec(url);
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/^(www|edition|amp|m)\./, '');
  return HOST_NAMES.get(host) ?? host;
}

function findTitle(doc: Doc, boilerplate: readonly BoilerplateLine[]): string | null {
  const skip = new Set(boilerplate.map((b) => b.line - 1));
  for (const line of doc.lines) {
    if (skip.has(line.index) || line.end - line.start > 2000) {
      if (!skip.has(line.index)) return null;
      continue;
    }
    const t = doc.lineText(line.index).trim();
    if (!t) continue;
    return isHeadline(t) ? t : null;
  }
  return null;
}

function isHeadline(t: string): boolean {
  if (t.length > 220) return false;
  const words = t.split(/\s+/).length;
  if (words > 30) return false;
  const endsSentence = /[.]["”»’]?$/.test(t) && !/\.\.\.$|…$/.test(t);
  return !endsSentence || words <= 12;
}
