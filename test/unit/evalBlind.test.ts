/**
 * The blind-sample scoring of `npm run eval`: named speakers, "no speaker" and our precision are
 * counted as the labelled sets count speakers, articles are checked by sha256, and a second judge is
 * scored against the first both ways.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBlind, scoreBlind, type BlindSample } from '../../scripts/eval/blind';

describe('eval: blind speaker samples', () => {
  it('counts named-speaker, no-speaker and precision the way the labelled sets score speakers', () => {
    const quotes = [
      { file: 'a.txt', start: 0, speaker: ['Emmanuel Macron'] }, // right (Mr Macron → honorific aside)
      { file: 'a.txt', start: 10, speaker: ['Marine Le Pen'] }, // wrong name
      { file: 'a.txt', start: 20, speaker: ['la police'] }, // missed (null)
      { file: 'b.txt', start: 0, speaker: ['null'] }, // right: no speaker
      { file: 'b.txt', start: 5, speaker: ['Jean Dupont', 'null'] }, // either: not in named or no-speaker counts
      { file: 'b.txt', start: 9, speaker: ['Paul Martin'] }, // our analysis found no quote there: wrong
    ];
    const ours: Record<string, string | null | undefined> = { 'a.txt|0': 'Mr Emmanuel Macron', 'a.txt|10': 'Jordan Bardella', 'a.txt|20': null, 'b.txt|0': null, 'b.txt|5': 'Jean Dupont', 'b.txt|9': undefined };
    const s = scoreBlind({ quotes }, (q) => ours[`${q.file}|${q.start}`], (f) => f === 'a.txt');
    assert.deepEqual(s.named, [1, 4]);
    assert.deepEqual(s.namedFr, [1, 3]);
    assert.deepEqual(s.namedEn, [0, 1]);
    assert.deepEqual(s.none, [1, 1]);
    assert.deepEqual(s.precision, [2, 3], 'our three named answers, two right');
  });

  it('reads articles by sha256, scores every sample and the second judge against the first both ways', () => {
    const root = mkdtempSync(join(tmpdir(), 'pl-blind-'));
    try {
      mkdirSync(join(root, 'news-fr'));
      const text = '« Nous resterons », a déclaré Marie Dupont. « Jamais », a dit Paul Martin.';
      writeFileSync(join(root, 'news-fr', 'x.txt'), text);
      const sha256 = createHash('sha256').update(text).digest('hex');
      const articles = { 'x.txt': { corpusPath: 'news-fr/x.txt', sha256 } };
      const second = text.indexOf('« Jamais');
      const first: BlindSample = { sample: 'A', status: 'untouched', judge: '1', articles, quotes: [{ file: 'x.txt', start: 0, speaker: ['Marie Dupont'] }, { file: 'x.txt', start: second, speaker: ['Paul Martin'] }] };
      const judge2: BlindSample = { sample: 'A-2', status: 'untouched', judge: '2', secondJudgeOf: ['A'], articles, quotes: [{ file: 'x.txt', start: 0, speaker: ['Marie Dupont'] }, { file: 'x.txt', start: second, speaker: ['null'] }] };
      const changed: BlindSample = { sample: 'B', status: 'studied', judge: '1', articles: { 'x.txt': { corpusPath: 'news-fr/x.txt', sha256: '0'.repeat(64) } }, quotes: [{ file: 'x.txt', start: 0, speaker: ['Marie Dupont'] }] };
      const speakerAt = (t: string, start: number): string | null | undefined => (start === 0 ? 'Marie Dupont' : start === t.indexOf('« Jamais') ? 'Paul Martin' : undefined);
      const { rows, agreement, missing } = runBlind([changed, judge2, first], root, speakerAt);
      assert.deepEqual(rows.map((r) => r.sample.sample), ['A', 'B', 'A-2'], 'untouched, studied, then second judges');
      assert.deepEqual(rows[0].score.named, [2, 2]);
      assert.deepEqual(rows[1].score.named, [0, 1], 'a changed article counts as wrong');
      assert.deepEqual(missing, ['news-fr/x.txt']);
      assert.deepEqual(rows[2].score.named, [1, 1]);
      assert.deepEqual(rows[2].score.none, [0, 1]);
      assert.deepEqual(agreement.map((a) => a.score.named), [[1, 2], [1, 1]]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
