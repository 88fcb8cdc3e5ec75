import assert from 'node:assert/strict';
import type { ClaimGroup, DumpMeta, NumberClaim, Quote } from '../../src/core/types';
import { claimsAt } from '../../src/extension/hover/claimAt';
import { hoverMarkdown } from '../../src/extension/hover/hoverMarkdown';
import { clip, commandLink, escapeMarkdown } from '../../src/extension/hover/markdownText';

const meta: DumpMeta = { outlet: 'L’Express', title: null, url: null, author: null, published: '2024-11-13T13:48:11' };
const quote = (over: Partial<Quote> = {}): Quote => ({
  start: 10, end: 40, text: 'Je peux confirmer', speaker: 'Vedant Patel', speakerRole: 'porte-parole', cue: 'a déclaré', fragment: false, ...over,
});
const number = (over: Partial<NumberClaim> = {}): NumberClaim => ({
  start: 20, end: 35, text: 'plus de 10 000 soldats', value: 10000, qualifier: 'more-than', unit: 'soldats', percent: false, source: 'Kiev', ...over,
});

/** The only links a hover may contain: this extension's openLocation command. */
function linkTargets(md: string): string[] {
  return [...md.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
}

describe('hover Markdown escaping', () => {
  it('renders command links, HTML and javascript: URLs from a dump as text', () => {
    const hostile = '[x](command:workbench.action.quit) <script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) **b**';
    const out = escapeMarkdown(hostile);
    assert.ok(!out.includes('<'), out);
    assert.ok(!/\]\(/.test(out), out);
    assert.ok(!/(^|[^\\])javascript:/.test(out), out);
    assert.ok(!/(^|[^\\])\*\*/.test(out), out);
    assert.match(out, /command\\:workbench\\\.action\\\.quit/);
  });

  it('flattens line breaks and control characters and clips long text', () => {
    assert.ok(!/[\n\r\u0000]/.test(escapeMarkdown('a\nb\r\nc\u0000d')));
    assert.equal(clip('abcdef', 3), 'abc…');
    assert.equal(clip('a😀b', 2), 'a…', 'never splits a surrogate pair');
    assert.ok(escapeMarkdown('x'.repeat(10_000)).length < 400);
  });

  it('builds command links whose arguments cannot break out of the link', () => {
    const link = commandLink('a](evil) file', 'provenanceLens.openLocation', [{ uri: 'file:///x/(y)/\'z\'.txt', start: 1, end: 2 }]);
    const targets = linkTargets(link);
    assert.equal(targets.length, 1, link);
    assert.match(targets[0], /^command:provenanceLens\.openLocation\?[^()'\s]+$/);
    const args = JSON.parse(decodeURIComponent(targets[0].split('?')[1])) as Array<{ uri: string }>;
    assert.equal(args[0].uri, "file:///x/(y)/'z'.txt");
  });
});

describe('hoverMarkdown', () => {
  const group: ClaimGroup = {
    id: 'g1', kind: 'quote', status: 'agree', label: 'Je peux confirmer',
    members: [
      { path: 'a.txt', start: 10, end: 40, text: 'Je peux confirmer', speaker: 'Vedant Patel' },
      { path: 'b.txt', start: 5, end: 30, text: 'Je peux confirmer', speaker: 'Vedant Patel' },
    ],
  };
  const base = { meta, path: 'a.txt', openCommand: 'provenanceLens.openLocation', uriOf: (p: string) => `file:///w/${p}` };

  it('describes a quote and links the other files', () => {
    const md = hoverMarkdown({ ...base, quote: quote(), groups: [group] });
    assert.match(md, /Speaker: Vedant Patel/);
    assert.match(md, /Role: porte\\-parole/);
    assert.match(md, /Cue: a déclaré/);
    assert.match(md, /Outlet: L’Express/);
    assert.match(md, /Published: 2024\\-11\\-13 13\\:48\\:11/);
    assert.match(md, /Also in 1 file:/);
    const targets = linkTargets(md);
    assert.equal(targets.length, 1);
    assert.ok(decodeURIComponent(targets[0]).includes('file:///w/b.txt'));
  });

  it('escapes a hostile speaker, role and outlet and keeps only openLocation links', () => {
    const evil = '[x](command:workbench.action.quit)<script>';
    const md = hoverMarkdown({ ...base, meta: { ...meta, outlet: evil }, quote: quote({ speaker: evil, speakerRole: evil, cue: evil, text: evil }), groups: [] });
    assert.ok(!md.includes('<script>'));
    for (const t of linkTargets(md)) assert.match(t, /^command:provenanceLens\.openLocation\?/);
  });

  it('describes a number and marks the other files agree or conflict', () => {
    const numberGroup: ClaimGroup = {
      id: 'n1', kind: 'number', status: 'conflict', label: 'soldats',
      members: [
        { path: 'a.txt', start: 20, end: 35, text: 'plus de 10 000 soldats', value: 10000, qualifier: 'more-than', speaker: null },
        { path: 'b.txt', start: 1, end: 9, text: 'quelque 11 000 soldats', value: 11000, qualifier: 'about', speaker: null },
        { path: 'c.txt', start: 1, end: 9, text: '5 000 soldats', value: 5000, qualifier: null, speaker: null },
      ],
    };
    const md = hoverMarkdown({ ...base, number: number(), groups: [numberGroup] });
    assert.match(md, /Numeric claim/);
    assert.match(md, /Qualifier: more than/);
    assert.match(md, /Counts: soldats/);
    assert.match(md, /Source: Kiev/);
    assert.match(md, /Same quantity in 2 other files/);
    assert.match(md, /✓ agrees[^\n]*b\\?\.txt/);
    assert.match(md, /✗ conflicts[^\n]*c\\?\.txt/);
  });

  it('is empty when nothing is under the cursor', () => {
    assert.equal(hoverMarkdown({ ...base, groups: [] }), '');
  });
});

describe('claimsAt', () => {
  const analysis = {
    language: 'fr' as const, meta, boilerplate: [{ line: 5, start: 100, end: 120, reason: 'metadata' }],
    quotes: [quote({ start: 0, end: 10 }), quote({ start: 10, end: 40 }), quote({ start: 50, end: 60 })],
    numbers: [number({ start: 20, end: 35 })],
  };

  it('finds the quote and number covering an offset (end exclusive)', () => {
    assert.equal(claimsAt(analysis, 25).quote?.start, 10);
    assert.equal(claimsAt(analysis, 25).number?.start, 20);
    assert.equal(claimsAt(analysis, 10).quote?.start, 10);
    assert.equal(claimsAt(analysis, 40).quote, undefined);
    assert.equal(claimsAt(analysis, 105).boilerplate?.line, 5);
    assert.deepEqual(claimsAt(analysis, 45), {});
  });
});
