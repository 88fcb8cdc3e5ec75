import assert from 'node:assert/strict';
import type { FileAnalysis } from '../../src/core/types';
import { planDecorations, speakerLabel } from '../../src/extension/decorations/decorationPlan';
import { compileGlob, compileGlobs } from '../../src/extension/globMatch';
import { parseWebviewMessage } from '../../src/extension/report/reportMessages';

describe('compileGlob', () => {
  const match = (glob: string, path: string): boolean => {
    const g = compileGlob(glob);
    assert.ok(g.ok, `${glob} should compile`);
    return g.test(path);
  };

  it('matches VS Code style globs against workspace-relative paths', () => {
    assert.ok(match('**/*.txt', 'a.txt'));
    assert.ok(match('**/*.txt', 'dir/sub/a.txt'));
    assert.ok(!match('**/*.txt', 'a.txt.bak'));
    assert.ok(match('**/node_modules/**', 'x/node_modules/y/z.txt'));
    assert.ok(!match('**/node_modules/**', 'x/node_modulesy/z.txt'));
    assert.ok(match('dumps/{fr,en}/*.txt', 'dumps/en/a.txt'));
    assert.ok(!match('dumps/{fr,en}/*.txt', 'dumps/de/a.txt'));
    assert.ok(match('data/[0-9]*.txt', 'data/000_a.txt'));
    assert.ok(!match('data/[!0-9]*.txt', 'data/000_a.txt'));
    assert.ok(match('a?.txt', 'ab.txt'));
    assert.ok(match('**/*.txt', 'dir\\win\\a.txt'), 'backslashes are path separators');
    assert.ok(!match('*.txt', 'dir/a.txt'), '* does not cross folders');
  });

  it('reports malformed patterns instead of throwing', () => {
    for (const bad of ['', '   ', '**/{a,b', 'a/[bc', 'a}', '{a,{b,c}}', 'a**b', 'x'.repeat(600)]) {
      const g = compileGlob(bad);
      assert.equal(g.ok, false, `${JSON.stringify(bad.slice(0, 20))} should be rejected`);
    }
    const { matchers, invalid } = compileGlobs(['**/*.txt', '**/{a', 42]);
    assert.equal(matchers.length, 1);
    assert.equal(invalid.length, 2);
    assert.match(invalid[0].error, /unclosed "\{"/);
  });

  it('treats regex metacharacters in globs literally', () => {
    assert.ok(match('a+b(1).txt', 'a+b(1).txt'));
    assert.ok(!match('a.txt', 'abtxt'));
  });
});

describe('planDecorations', () => {
  const analysis: FileAnalysis = {
    language: 'fr',
    meta: { outlet: null, title: null, url: null, author: null, published: null },
    boilerplate: [{ line: 1, start: 0, end: 5, reason: 'separator' }],
    quotes: [
      { start: 10, end: 20, text: 'a', speaker: 'Vedant Patel', speakerRole: null, cue: 'a déclaré', fragment: false },
      { start: 30, end: 40, text: 'b', speaker: null, speakerRole: null, cue: null, fragment: false },
      { start: 50, end: 55, text: 'c', speaker: 'X', speakerRole: null, cue: null, fragment: true },
    ],
    numbers: [{ start: 60, end: 70, text: '10 000', value: 10000, qualifier: null, unit: null, percent: false }],
  };
  const all = { quotes: true, numbers: true, boilerplate: true, speakerNames: true };

  it('splits claims by kind with the speaker after attributed quotes', () => {
    const plan = planDecorations(analysis, all);
    assert.deepEqual(plan.attributedQuote, [{ start: 10, end: 20, after: ' — Vedant Patel' }]);
    assert.deepEqual(plan.unattributedQuote, [{ start: 30, end: 40 }]);
    assert.deepEqual(plan.fragment, [{ start: 50, end: 55 }]);
    assert.deepEqual(plan.number, [{ start: 60, end: 70 }]);
    assert.deepEqual(plan.boilerplate, [{ start: 0, end: 5 }]);
  });

  it('honours the per-kind settings', () => {
    const plan = planDecorations(analysis, { quotes: false, numbers: true, boilerplate: false, speakerNames: false });
    assert.equal(plan.attributedQuote.length + plan.unattributedQuote.length + plan.fragment.length + plan.boilerplate.length, 0);
    assert.equal(plan.number.length, 1);
    assert.equal(planDecorations(analysis, { ...all, speakerNames: false }).attributedQuote[0].after, undefined);
  });

  it('keeps speaker labels on one short line', () => {
    assert.equal(speakerLabel('A\nB'), ' — A B');
    assert.ok(speakerLabel('x'.repeat(500)).length <= 64);
  });
});

describe('parseWebviewMessage', () => {
  it('accepts the known messages and rejects anything else', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'open', path: 'a.txt', start: 1, end: 2, extra: 1 }), { type: 'open', path: 'a.txt', start: 1, end: 2 });
    for (const bad of [null, 'open', { type: 'open', path: 1, start: 1, end: 2 }, { type: 'open', path: 'a', start: -1, end: 2 }, { type: 'open', path: 'a', start: 1.5, end: 2 }, { type: 'run', command: 'x' }]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
