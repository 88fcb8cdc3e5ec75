import { strict as assert } from 'node:assert';
import {
  claimAt, clusterPairs, lineSpan, locateOnLine, parseGoldGroups, scoreDuplicates, scorePairs, statusAccuracy,
} from '../../scripts/eval/groups';

describe('group eval scoring', () => {
  it('locates a line with \\n, \\r\\n and lone \\r terminators', () => {
    const text = 'un\r\ndeux\rtrois\nquatre';
    assert.deepEqual(lineSpan(text, 1), { start: 0, end: 2 });
    assert.equal(text.slice(lineSpan(text, 2)!.start, lineSpan(text, 2)!.end), 'deux');
    assert.equal(text.slice(lineSpan(text, 4)!.start, lineSpan(text, 4)!.end), 'quatre');
    assert.equal(lineSpan(text, 5), null);
  });

  it('finds the n-th occurrence on a line, folding no-break spaces', () => {
    const text = 'titre\n« ferme » puis « ferme » et 10\u202f000 soldats';
    const second = locateOnLine(text, 2, 'ferme', 2)!;
    assert.equal(second.start, text.lastIndexOf('ferme'));
    const n = locateOnLine(text, 2, '10 000 soldats')!;
    assert.equal(text.slice(n.start, n.end), '10\u202f000 soldats');
    assert.equal(locateOnLine(text, 2, 'ferme', 3), null);
  });

  it('maps a quote only to a claim containing it, a number to any overlapping claim', () => {
    const claims = [{ id: 'a', start: 0, end: 10 }, { id: 'b', start: 12, end: 20 }];
    assert.equal(claimAt(claims, { start: 2, end: 8 }, 'quote'), 'a');
    assert.equal(claimAt(claims, { start: 8, end: 14 }, 'quote'), null);
    assert.equal(claimAt(claims, { start: 8, end: 15 }, 'number'), 'b');
    assert.equal(claimAt(claims, { start: 10, end: 12 }, 'number'), null);
  });

  it('counts pairs within clusters, once, restricted to the universe', () => {
    assert.equal(clusterPairs([['a', 'b', 'c']]).size, 3);
    assert.equal(clusterPairs([['a', 'a', 'b']]).size, 1);
    assert.equal(clusterPairs([['a', 'b', 'x']], new Set(['a', 'b'])).size, 1);
  });

  it('scores predicted pairs against gold pairs over the universe', () => {
    const universe = new Set(['a', 'b', 'c', 'd']);
    const s = scorePairs([['a', 'b', 'c']], [['a', 'b'], ['c', 'd', 'zz']], universe);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 2]);
    assert.equal(s.precision, 0.5);
    assert.equal(s.recall, 1 / 3);
  });

  it('judges agree/conflict on the predicted group sharing most of a gold group', () => {
    const gold = [{ ids: ['a', 'b', 'c'], status: 'conflict' as const }, { ids: ['x', 'y'], status: 'agree' as const }, { ids: ['m'], status: 'agree' as const }];
    const predicted = [{ ids: ['a', 'b'], status: 'agree' as const }, { ids: ['a', 'b', 'c'], status: 'conflict' as const }, { ids: ['x', 'q'], status: 'agree' as const }];
    assert.deepEqual(statusAccuracy(gold, predicted), { matched: 1, correct: 1, unlinked: 1 });
  });

  it('scores duplicate pairs regardless of order, ignoring files outside the universe', () => {
    const files = new Set(['a', 'b', 'c']);
    const s = scoreDuplicates([['a', 'b']], [['b', 'a'], ['a', 'c'], ['a', 'zz']], files);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 0]);
  });

  it('parses the gold file format and rejects malformed groups', () => {
    const g = parseGoldGroups({
      files: ['s/a.txt', 's/b.txt'],
      groups: [{ kind: 'number', status: 'conflict', note: 'n', members: [{ path: 's/a.txt', line: 1, text: '10' }, { path: 's/b.txt', line: 2, text: '12', occurrence: 2 }] }],
      duplicates: [{ paths: ['s/a.txt', 's/b.txt'], note: '' }],
    });
    assert.equal(g.groups[0].members[0].occurrence, 1);
    assert.equal(g.groups[0].members[1].occurrence, 2);
    assert.throws(() => parseGoldGroups({ files: [], groups: [{ kind: 'quote', status: 'maybe', members: [] }], duplicates: [] }), /status/);
    assert.throws(() => parseGoldGroups({ files: [], groups: [{ kind: 'quote', status: 'agree', members: [{ path: 'a', line: 0, text: 'x' }, { path: 'b', line: 1, text: 'y' }] }], duplicates: [] }), /line/);
  });
});
