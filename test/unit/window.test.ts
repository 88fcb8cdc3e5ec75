import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeText } from '../../src/core/analyze';
import { makeDoc } from '../../src/core/document';
import type { FileAnalysis } from '../../src/core/types';
import { analyzeWindow, windowBounds } from '../../src/core/window';

const PEOPLE = ['Marie Lambert', 'Jean Dupuis', 'Sophie Martens', 'Paul Verhoeven', 'Claire Dubois', 'Luc Janssens'];
const TOWNS = ['Liège', 'Namur', 'Mons', 'Charleroi', 'Gand'];

/** One short dump of our own: title, metadata junk, quotes with speakers, numbers, footer junk. */
function article(i: number): string {
  const who = PEOPLE[i % PEOPLE.length];
  const other = PEOPLE[(i + 2) % PEOPLE.length];
  const town = TOWNS[i % TOWNS.length];
  return [
    `Grève des enseignants à ${town}, épisode ${i}`,
    '',
    `Source link : https://example.org/articles/${i}`,
    `Publish date : 2024-11-${String((i % 28) + 1).padStart(2, '0')} 13:48:11`,
    '',
    `« Nous ne céderons pas sur les salaires », a déclaré ${who}, la porte-parole du syndicat.`,
    `Plus de ${1000 + i * 7} enseignants ont défilé mardi à ${town}, selon la police.`,
    '',
    `Le ministre a répondu dans la soirée. « Le dialogue reste ouvert et nous ferons des propositions concrètes », a affirmé ${other}.`,
    `Environ ${20 + (i % 50)} % des écoles sont restées fermées, selon les syndicats.`,
    '',
    `« Nous reviendrons la semaine prochaine si rien ne change », a ajouté ${who}.`,
    '',
    'LAISSER UN COMMENTAIRE',
    '',
  ].join('\n');
}

function dump(articles: number, eol = '\n'): string {
  return Array.from({ length: articles }, (_, i) => article(i)).join('\n').replace(/\n/g, eol);
}

type Claims = Pick<FileAnalysis, 'quotes' | 'numbers' | 'boilerplate'>;

/** The claims of the full analysis that overlap [start, end), as comparable strings. */
function inRange(a: Claims, start: number, end: number): string[] {
  const out: string[] = [];
  for (const q of a.quotes) if (q.end > start && q.start < end) out.push(`q ${q.start}-${q.end} ${q.speaker ?? '-'} ${q.fragment} ${q.cue ?? '-'}`);
  for (const n of a.numbers) if (n.end > start && n.start < end) out.push(`n ${n.start}-${n.end} ${n.value} ${n.qualifier ?? '-'} ${n.source ?? '-'}`);
  for (const b of a.boilerplate) if (b.end > start && b.start < end) out.push(`b ${b.line} ${b.start}-${b.end} ${b.reason}`);
  return out.sort();
}

describe('windowBounds', () => {
  const text = dump(40);
  const doc = makeDoc(text);

  it('opens after a blank line at least the context above, and closes at a paragraph end', () => {
    const first = 300;
    const start = doc.lines[first].start;
    const end = doc.lines[first + 20].end;
    const { from, to } = windowBounds(text, start, end, { contextChars: 2000 });
    assert.ok(from <= start - 2000, 'the context is at least 2,000 characters');
    const line = doc.lineAt(from);
    assert.equal(doc.lines[line].start, from, 'opens at a line start');
    assert.equal(doc.lineText(line - 1).trim(), '', 'the line above is blank');
    assert.ok(to >= end);
    const after = doc.lineAt(to);
    assert.equal(doc.lines[after].end, to, 'closes at a line end');
    assert.equal(doc.lineText(after + 1).trim(), '', 'the line below is blank');
  });

  it('starts at the top when the context reaches it, and clamps silly offsets', () => {
    assert.equal(windowBounds(text, 100, 200).from, 0);
    const b = windowBounds(text, -5, Number.NaN);
    assert.equal(b.from, 0);
    assert.ok(b.to >= 0 && b.to <= text.length);
    assert.deepEqual(windowBounds('', 0, 10), { from: 0, to: 0 });
  });

  it('falls back to a line start when no blank line is near', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Ligne ${i} sans paragraphe.`).join('\r\n');
    const d = makeDoc(lines);
    const start = d.lines[1500].start;
    const { from } = windowBounds(lines, start, start + 10, { contextChars: 1000, paragraphSearchChars: 500 });
    assert.equal(d.lines[d.lineAt(from)].start, from);
    assert.ok(from <= start - 1000 && from >= start - 1000 - 600);
  });
});

describe('analyzeWindow', () => {
  const text = dump(60);
  const full = analyzeText(text);
  const doc = makeDoc(text);

  it('finds exactly the claims of the full analysis inside a 60-line viewport, at the top, middle and end', () => {
    for (const first of [0, Math.floor(doc.lines.length / 2), doc.lines.length - 60]) {
      const start = doc.lines[first].start;
      const end = doc.lines[first + 59].end;
      const w = analyzeWindow(text, start, end);
      assert.deepEqual(inRange(w.analysis, start, end), inRange(full, start, end), `viewport at line ${first}`);
      assert.ok(w.analysis.quotes.some((q) => q.speaker), 'the viewport holds attributed quotes');
      assert.ok(w.to - w.from < text.length, 'only a window was analysed');
    }
  });

  it('agrees with the full analysis for any viewport (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: doc.lines.length - 1 }), fc.integer({ min: 1, max: 80 }), (first, height) => {
      const last = Math.min(doc.lines.length - 1, first + height);
      const start = doc.lines[first].start;
      const end = doc.lines[last].end;
      assert.deepEqual(inRange(analyzeWindow(text, start, end).analysis, start, end), inRange(full, start, end));
    }), { numRuns: 40, seed: 7 });
  });

  it('keeps document offsets and line numbers when given a slice with its offset and first line', () => {
    const sliceFromLine = 200;
    const base = doc.lines[sliceFromLine].start;
    const slice = text.slice(base, doc.lines[400].end);
    const start = doc.lines[300].start;
    const end = doc.lines[330].end;
    const w = analyzeWindow(slice, start - base, end - base, { offset: base, firstLine: sliceFromLine, contextChars: 3000 });
    assert.deepEqual(inRange(w.analysis, start, end), inRange(full, start, end));
    for (const b of w.analysis.boilerplate) assert.equal(doc.lines[b.line - 1].start, b.start);
  });

  it('handles CRLF text and a byte-order mark', () => {
    const crlf = '\ufeff' + dump(12, '\r\n');
    const f = analyzeText(crlf);
    const d = makeDoc(crlf);
    for (const first of [0, 70, d.lines.length - 30]) {
      const start = d.lines[first].start;
      const end = d.lines[Math.min(d.lines.length - 1, first + 29)].end;
      assert.deepEqual(inRange(analyzeWindow(crlf, start, end).analysis, start, end), inRange(f, start, end));
    }
  });

  it('stays bounded on a hostile 100 KB line and never throws on NUL bytes or unclosed quotes', () => {
    const hostile = `Titre\n\n${'« x » a déclaré selon 1 000 '.repeat(4_000)}\n\0\0« pas fermé\n`;
    const w = analyzeWindow(hostile, hostile.length - 20, hostile.length);
    assert.ok(w.from <= hostile.length - 20);
    const small = analyzeWindow(hostile, 0, 5);
    assert.equal(small.from, 0);
    assert.ok(small.analysis.quotes.every((q) => q.start < 5));
  });
});
