import * as assert from 'node:assert/strict';
import { ClaimIndex, type LinkFeatures } from '../../src/core/link/index';
import type { ClaimGroup } from '../../src/core/types';
import { generatedFeatures } from './linkFixtures';

/** A group as content (kind + members), independent of ids given in insertion order. */
function signature(groups: readonly ClaimGroup[]): string[] {
  return groups.map((g) => `${g.kind}:${g.members.map((m) => `${m.path}@${m.start}`).sort().join(',')}`).sort();
}

/** Runs `buildGroupsStep(0)` to completion (`between` runs after each unfinished step); the number of steps. */
function stepAll(index: ClaimIndex, between?: (step: number) => void): number {
  for (let steps = 1; ; steps++) {
    if (index.buildGroupsStep(0)) return steps;
    between?.(steps);
    assert.ok(steps < 1_000_000, 'buildGroupsStep never finished');
  }
}

describe('ClaimIndex.buildGroupsStep: the final group build in slices', function () {
  this.timeout(120_000);
  let features: Array<[string, LinkFeatures]> = [];

  before(() => {
    features = generatedFeatures(400, 11);
  });

  const build = (upTo = features.length): ClaimIndex => {
    const index = new ClaimIndex();
    for (const [p, f] of features.slice(0, upTo)) index.upsertFeatures(p, f);
    return index;
  };

  it('with no budget, works in many short steps and ends with exactly the order of groups()', () => {
    const sliced = build();
    const steps = stepAll(sliced);
    const reference = build().groups();
    assert.ok(reference.length > 100, `the corpus forms groups (${reference.length})`);
    assert.ok(steps > 10, `a zero budget must split the work (${steps} steps)`);
    const after = sliced.groups();
    assert.deepEqual(after.map((g) => g.id), reference.map((g) => g.id));
    assert.equal(sliced.groups(), after, 'groups() afterwards returns the list built in steps');
    assert.equal(sliced.buildGroupsStep(0), true, 'nothing left to do');
  });

  it('stays correct when files are added and removed between steps', () => {
    const sliced = build(300);
    let changed = 0;
    stepAll(sliced, (step) => {
      if (step % 3 !== 0) return;
      const next = 300 + changed;
      if (next < features.length) sliced.upsertFeatures(...features[next]);
      if (changed < 20) sliced.remove(features[changed * 7][0]);
      changed++;
    });
    assert.ok(changed > 5, `changes were interleaved (${changed})`);
    const reference = new ClaimIndex();
    const removed = new Set(Array.from({ length: Math.min(changed, 20) }, (_, i) => features[i * 7][0]));
    for (const [p, f] of features.slice(0, Math.min(features.length, 300 + changed))) if (!removed.has(p)) reference.upsertFeatures(p, f);
    assert.deepEqual(signature(sliced.groups()), signature(reference.groups()));
  });

  it('a large budget finishes in one step', () => {
    const index = build(100);
    assert.equal(index.buildGroupsStep(60_000), true);
    assert.deepEqual(signature(index.groups()), signature(build(100).groups()));
  });
});
