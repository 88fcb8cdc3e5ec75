import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeDoc } from '../../src/core/document';
import type { FileAnalysis } from '../../src/core/types';
import { type DecorationToggles, layoutDecorations, planDecorations } from '../../src/extension/decorations/decorationPlan';
import { ForwardPositions, type LinePosition } from '../../src/extension/decorations/positions';

/** Reference: VS Code's positionAt semantics via the core line model (binary search per offset). */
function reference(text: string, offset: number): LinePosition {
  const doc = makeDoc(text);
  const o = Math.max(0, Math.min(text.length, offset));
  const line = doc.lineAt(o);
  return { line, character: Math.min(o, doc.lines[line].end) - doc.lines[line].start };
}

describe('ForwardPositions', () => {
  it('maps offsets like a per-offset search, over LF, CRLF and lone CR', () => {
    const text = 'ab\ncd\r\nef\rgh\n\nij';
    const p = new ForwardPositions(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue; // inside a CRLF pair: not a position
      assert.deepEqual(p.at(o), reference(text, o), `offset ${o}`);
    }
  });

  it('agrees with the reference on random texts and random (also unsorted) offsets', () => {
    const chars = fc.constantFrom('a', 'é', ' ', '\n', '\r\n', '\r', '«', '😀');
    fc.assert(fc.property(fc.array(chars, { maxLength: 200 }), fc.array(fc.integer({ min: -5, max: 800 }), { maxLength: 40 }), fc.boolean(), (parts, raw, sorted) => {
      const text = parts.join('');
      const offsets = sorted ? [...raw].sort((a, b) => a - b) : raw;
      const p = new ForwardPositions(text);
      for (const o of offsets) {
        const inCrlf = text[o - 1] === '\r' && text[o] === '\n';
        const want = inCrlf ? reference(text, o - 1) : reference(text, o);
        assert.deepEqual(p.peek(o), want, `peek ${o}`);
        assert.deepEqual(p.at(o), want, `at ${o}`);
      }
    }), { numRuns: 300, seed: 11 });
  });

  it('peek leaves the cursor where it was', () => {
    const text = 'one\ntwo\nthree\nfour';
    const p = new ForwardPositions(text);
    assert.deepEqual(p.at(5), { line: 1, character: 1 });
    assert.deepEqual(p.peek(15), { line: 3, character: 1 });
    assert.deepEqual(p.peek(0), { line: 0, character: 0 });
    assert.deepEqual(p.at(6), { line: 1, character: 2 });
  });

  it('works on a slice that starts at a document offset and line', () => {
    const p = new ForwardPositions('xy\nzw', 1000, 40);
    assert.deepEqual(p.at(1000), { line: 40, character: 0 });
    assert.deepEqual(p.at(1004), { line: 41, character: 1 });
    assert.deepEqual(p.at(5), { line: 40, character: 0 }, 'clamped to the slice');
    assert.deepEqual(p.at(99_999), { line: 41, character: 2 });
  });

  it('visits each line break once for sorted offsets (one pass over a large text)', () => {
    const text = 'abc\n'.repeat(100_000);
    const p = new ForwardPositions(text);
    let steps = 0;
    const step = (p as unknown as { stepLine(): void }).stepLine.bind(p);
    (p as unknown as { stepLine(): void }).stepLine = () => {
      steps++;
      step();
    };
    for (let o = 0; o < text.length; o += 40) p.at(o);
    assert.ok(steps < 100_000, `${steps} line steps`);
  });
});

describe('layoutDecorations', () => {
  const text = 'Titre\nSource link : x\n« Bonjour à tous », a dit Marie Lambert. Plus de 3 000 personnes.\n« Oui »\n';
  const analysis: FileAnalysis = {
    language: 'fr',
    meta: { outlet: null, title: null, url: null, author: null, published: null },
    boilerplate: [{ line: 2, start: 6, end: 21, reason: 'metadata' }],
    quotes: [
      { start: 22, end: 40, text: 'Bonjour à tous', speaker: 'Marie Lambert', speakerRole: null, cue: 'a dit', fragment: false },
      { start: 88, end: 95, text: 'Oui', speaker: null, speakerRole: null, cue: null, fragment: false },
    ],
    numbers: [{ start: 62, end: 86, text: 'Plus de 3 000 personnes', value: 3000, qualifier: 'more-than', unit: 'personnes', percent: false }],
  };
  const all: DecorationToggles = { quotes: true, numbers: true, boilerplate: true, speakerNames: true };

  it('gives the same spans per kind as planDecorations, with positions from the forward walk', () => {
    for (const toggles of [all, { ...all, numbers: false, speakerNames: false }, { quotes: false, numbers: true, boilerplate: false, speakerNames: true }]) {
      const laid = layoutDecorations(analysis, toggles, new ForwardPositions(text), (s, e, after) => ({ s, e, after }));
      const plan = planDecorations(analysis, toggles);
      for (const kind of Object.keys(plan) as (keyof typeof plan)[]) {
        assert.deepEqual(
          laid[kind].map((d) => ({ s: d.s, e: d.e, after: d.after })),
          plan[kind].map((x) => ({ s: reference(text, x.start), e: reference(text, x.end), after: x.after })),
          kind,
        );
      }
    }
  });
});
